// The project's scorer: the gold matching rules on tiny hand-made cases, and agreement with shared/tools/score.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../cli/commands/eval.ts';
import { loadGoldDir, type GoldEntity, type GoldFile } from '../../ingest/eval/gold.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';
import {
  maximumMatching,
  namesMatch,
  scoreExtraction,
  type Counts,
  type ScorableGraph,
  type ScoreResult,
} from '../../ingest/eval/score.ts';
import { KnowledgeGraph, RELATION_TYPES, type Entity, type RelationType } from '../../schema/graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLD_DIR = path.join(ROOT, 'test/data/gold');
const REFERENCE_SCORER = path.resolve(ROOT, '../shared/tools/score.mjs');

// ---------------------------------------------------------------------------------------------
// Building tiny predictions and gold

/** A predicted name, or `[name, ...aliases]`. */
type Names = string | readonly string[];

interface Row {
  type: RelationType;
  source: Names;
  target: Names;
  /** file names of the documents the evidence cites */
  docs?: readonly string[];
}

const DOC = 'a.txt';

function predicted(...rows: readonly Row[]): ScorableGraph {
  const docNames = [...new Set(rows.flatMap((r) => r.docs ?? [DOC]))];
  const entities: ScorableGraph['entities'][number][] = [];
  const entity = (names: Names): string => {
    const [name = '', ...aliases] = typeof names === 'string' ? [names] : names;
    // A fresh entity per mention, so that deduplication has to work on names, not on ids.
    const id = `e${entities.length}`;
    entities.push({ id, name, aliases });
    return id;
  };
  return {
    documents: docNames.map((doc) => ({ id: `id-${doc}`, path: `seeds/${doc}` })),
    entities,
    relations: rows.map((r) => ({
      type: r.type,
      source: entity(r.source),
      target: entity(r.target),
      evidence: (r.docs ?? [DOC]).map((doc) => ({ docId: `id-${doc}` })),
    })),
  };
}

const named =
  (type: GoldEntity['type']) =>
  (name: string, ...aliases: string[]): GoldEntity => ({ type, name, aliases });
const region = named('Region');
const group = named('Group');
const unit = named('Unit');
const measure = named('Measure');

function gold(doc: string, ...relations: [RelationType, GoldEntity, GoldEntity][]): GoldFile {
  return { doc, relations: relations.map(([type, source, target]) => ({ type, source, target, sentence: '' })) };
}

const countsOf = (result: ScoreResult, type: RelationType): Counts | undefined => {
  const s = result.perType[type];
  return s && { tp: s.tp, fp: s.fp, fn: s.fn };
};

// ---------------------------------------------------------------------------------------------

describe('scoreExtraction on hand-made cases', () => {
  it('counts an exact match as a true positive and a wrong target as one false positive and one false negative', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'LAUNCHED', source: '重庆市', target: '“一个实施意见”' },
        { type: 'LAUNCHED', source: '重庆市', target: '主题教育' },
      ),
      [
        gold(
          DOC,
          ['LAUNCHED', region('重庆市'), measure('“一个实施意见”')],
          ['LAUNCHED', region('重庆市'), measure('三个具体工作方案')],
        ),
      ],
    );
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches a region with its short form: 重庆 ~ 重庆市 and 黔南州 ~ 黔南布依族苗族自治州', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'PART_OF', source: '北碚区', target: '重庆' },
        { type: 'PART_OF', source: '黔南州', target: '贵州省' },
      ),
      [
        gold(
          DOC,
          ['PART_OF', region('北碚区'), region('重庆市')],
          ['PART_OF', region('黔南布依族苗族自治州'), region('贵州省')],
        ),
      ],
    );
    expect(countsOf(result, 'PART_OF')).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('matches a region qualified by its province with its short form, but not the same names as units', () => {
    expect(namesMatch('Region', '四川省凉山彝族自治州', '凉山州')).toBe(true);
    expect(namesMatch('Unit', '四川省凉山彝族自治州', '凉山州')).toBe(false);
    // A stem must end the other one: 重庆 is not the stem of 重庆大学.
    expect(namesMatch('Region', '重庆大学城', '重庆市')).toBe(false);
  });

  it('ignores quotes, book-title marks, brackets, white space and full-width forms', () => {
    expect(namesMatch('Measure', '“三抓三比”活动', '三抓三比活动')).toBe(true);
    expect(namesMatch('Measure', '《 组建方案 》', '组建方案')).toBe(true);
    expect(namesMatch('Unit', '16个州（市）', '16个州(市)')).toBe(true);
    expect(namesMatch('Unit', 'ＡＢＣ学院', 'abc学院')).toBe(true);
    expect(namesMatch('Measure', '“”', '《》')).toBe(false);
  });

  it('matches a name contained in the other when it is at least 40% of its length', () => {
    // 三学机制 is 4 characters: inside 10 it is 40%, inside 11 it is less.
    expect(namesMatch('Measure', '三学机制', '党员干部三学机制建设')).toBe(true);
    expect(namesMatch('Measure', '三学机制', '党员干部三学机制建设中')).toBe(false);
    expect(namesMatch('Measure', '三抓三比', '“三抓三比”活动')).toBe(true);
    // One shared character is never enough, whatever the share.
    expect(namesMatch('Group', '组', '组组')).toBe(false);

    const result = scoreExtraction(predicted({ type: 'LAUNCHED', source: '重庆市', target: '党员干部三学机制建设中' }), [
      gold(DOC, ['LAUNCHED', region('重庆市'), measure('“三学”机制')]),
    ]);
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('lets gold aliases and predicted aliases both match', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'SUPERVISES', source: ['督导一组', '市委巡回指导组'], target: '武汉大学' },
        { type: 'LAUNCHED', source: '宜宾', target: '流动课堂' },
      ),
      [
        gold(
          DOC,
          ['SUPERVISES', group('第二巡回指导组', '市委巡回指导组'), unit('武汉大学')],
          ['LAUNCHED', region('宜宾市兴文县', '兴文县', '宜宾'), measure('14个流动课堂')],
        ),
      ],
    );
    expect(countsOf(result, 'SUPERVISES')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts repeats of a relation in one document once, and a relation cited in two documents in each', () => {
    const graph = predicted(
      { type: 'LAUNCHED', source: '重庆市', target: '“三抓三比”活动' },
      { type: 'LAUNCHED', source: '重庆市', target: '三抓三比活动' },
      { type: 'LAUNCHED', source: ' 重庆市', target: '《三抓三比》活动', docs: [DOC, 'b.txt'] },
    );
    const result = scoreExtraction(graph, [
      gold(DOC, ['LAUNCHED', region('重庆市'), measure('“三抓三比”活动')]),
      gold('b.txt', ['LAUNCHED', region('重庆'), measure('三抓三比活动')]),
    ]);
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('finds a maximum bipartite matching rather than matching first come first served', () => {
    // 具体实施方案 matches both gold measures, 实施方案 only the first (4 of 14 characters is too few);
    // taking them in order would leave 区县领导班子三个具体实施方案 unmatched.
    const result = scoreExtraction(
      predicted(
        { type: 'LAUNCHED', source: '重庆市', target: '具体实施方案' },
        { type: 'LAUNCHED', source: '重庆市', target: '实施方案' },
      ),
      [
        gold(
          DOC,
          ['LAUNCHED', region('重庆市'), measure('实施方案')],
          ['LAUNCHED', region('重庆市'), measure('区县领导班子三个具体实施方案')],
        ),
      ],
    );
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(maximumMatching([[0, 1], [0]])).toEqual(new Map([[0, 1], [1, 0]]));
  });

  it('does not count a second prediction of an already matched gold relation as a false positive', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'LAUNCHED', source: '重庆市', target: '实施方案' },
        { type: 'LAUNCHED', source: '重庆', target: '具体实施方案' },
      ),
      [gold(DOC, ['LAUNCHED', region('重庆市'), measure('实施方案')])],
    );
    expect(countsOf(result, 'LAUNCHED')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(result.errors).toEqual([]);
  });

  it('attributes predictions to documents by the base name of their path and ignores the rest', () => {
    const graph: ScorableGraph = {
      documents: [
        { id: 'h1', path: '/corpus/deep/dir/a.txt' },
        { id: 'h2', path: 'no-gold.txt' },
      ],
      entities: [
        { id: 's', name: '贵州省', aliases: [] },
        { id: 't', name: '巡回指导组', aliases: [] },
      ],
      relations: [
        { type: 'ESTABLISHED', source: 's', target: 't', evidence: [{ docId: 'h1' }] },
        // A document without a gold file, a document the graph does not list, no evidence at all.
        { type: 'ESTABLISHED', source: 's', target: 't', evidence: [{ docId: 'h2' }, { docId: 'missing' }] },
        { type: 'SUPERVISES', source: 't', target: 's', evidence: [] },
      ],
    };
    const result = scoreExtraction(graph, [gold('a.txt', ['ESTABLISHED', region('贵州省'), group('巡回指导组')])]);
    expect(countsOf(result, 'ESTABLISHED')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(countsOf(result, 'SUPERVISES')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('scores only the requested relation types', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'LAUNCHED', source: '重庆市', target: '主题教育' },
        { type: 'PART_OF', source: '北碚区', target: '重庆市' },
      ),
      [gold(DOC, ['PART_OF', region('北碚区'), region('重庆市')], ['SUPERVISES', group('督导组'), unit('武汉大学')])],
      { types: ['PART_OF'] },
    );
    expect(Object.keys(result.perType)).toEqual(['PART_OF']);
    expect(result.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it('computes precision, recall and F1 over all types, zero rather than NaN when there is nothing', () => {
    const result = scoreExtraction(
      predicted(
        { type: 'PART_OF', source: '北碚区', target: '重庆市' },
        { type: 'PART_OF', source: '兴文县', target: '宜宾市' },
        { type: 'LAUNCHED', source: '重庆市', target: '主题教育' },
      ),
      [
        gold(
          DOC,
          ['PART_OF', region('北碚区'), region('重庆市')],
          ['PART_OF', region('兴文县'), region('宜宾市')],
          ['SUPERVISES', group('督导组'), unit('武汉大学')],
        ),
      ],
    );
    expect(result.overall.tp).toBe(2);
    expect(result.overall.precision).toBeCloseTo(2 / 3);
    expect(result.overall.recall).toBeCloseTo(2 / 3);
    expect(result.overall.f1).toBeCloseTo(2 / 3);
    expect(scoreExtraction(predicted(), []).overall).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('lists each false positive and false negative with its document', () => {
    const result = scoreExtraction(predicted({ type: 'LAUNCHED', source: '重庆市', target: '主题教育' }), [
      gold(DOC, ['SUPERVISES', group('督导组'), unit('武汉大学')]),
    ]);
    expect(result.errors).toEqual([
      { kind: 'FP', doc: DOC, type: 'LAUNCHED', source: '重庆市', target: '主题教育' },
      { kind: 'FN', doc: DOC, type: 'SUPERVISES', source: '督导组', target: '武汉大学' },
    ]);
  });
});

describe('loadGoldDir', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every gold file of the project in file-name order', async () => {
    const files = await loadGoldDir(GOLD_DIR);
    expect(files.map((f) => f.doc)).toEqual([...files.map((f) => f.doc)].sort());
    expect(files.length).toBeGreaterThan(0);
  });

  it('names the file that is not valid JSON', async () => {
    writeFileSync(path.join(dir, 'broken.json'), '{"doc": ');
    await expect(loadGoldDir(dir)).rejects.toThrow(/broken\.json: not valid JSON/);
  });

  it('names the file that is not a gold file, and where', async () => {
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ doc: 'a.txt', relations: [{ type: 'OWNS' }] }));
    await expect(loadGoldDir(dir)).rejects.toThrow(/broken\.json: not a gold file: relations\.0\.type/);
  });
});

// ---------------------------------------------------------------------------------------------
// Agreement with the reference scorer

/** The gold annotations as an extract output: what a perfect extractor would print. */
function goldAsGraph(files: readonly GoldFile[]): KnowledgeGraph {
  const entities = new Map<string, Entity>();
  const entityId = (e: GoldEntity): string => {
    const key = `${e.type}|${e.name}`;
    let entity = entities.get(key);
    if (!entity) {
      entity = { id: `e${entities.size}`, type: e.type, name: e.name, aliases: e.aliases ?? [] };
      entities.set(key, entity);
    }
    return entity.id;
  };
  return {
    documents: files.map((f, i) => ({
      id: `d${i}`,
      path: `seeds/${f.doc}`,
      title: f.doc,
      script: 'simplified',
      encoding: 'utf-8',
      text: f.relations.map((r) => r.sentence).join('\n'),
    })),
    relations: files.flatMap((f, i) =>
      f.relations.map((r) => {
        const sentence = r.sentence || f.doc;
        return {
          type: r.type,
          source: entityId(r.source),
          target: entityId(r.target),
          ...(r.count === undefined ? {} : { count: r.count }),
          rule: 'gold',
          evidence: [{ docId: `d${i}`, sentence, start: 0, end: sentence.length, rule: 'gold' }],
        };
      }),
    ),
    entities: [...entities.values()],
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing perturbation can be replayed. */
function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const renamings: ((name: string, random: () => number) => string)[] = [
  (name) => name.replace(/(省|市|自治州|区|县|镇|村)$/, ''),
  (name) => `“${name}”`,
  (name, random) => name.slice(0, Math.max(1, Math.ceil(name.length * random()))),
  (name, random) => name.slice(Math.floor(name.length * random() * 0.8)),
  (name) => `重庆市${name}工作`,
  (name) => `无关${name.length}`,
];

/**
 * A copy of `graph` that an imperfect extractor might print: relations dropped, retyped, reversed,
 * repeated, cited in another document; names shortened, lengthened, quoted or replaced.
 */
function perturbed(graph: KnowledgeGraph, seed: number): KnowledgeGraph {
  const random = randomSource(seed);
  const pick = <T,>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const entities: Entity[] = graph.entities.map((e) => ({ ...e, aliases: random() < 0.3 ? [] : e.aliases }));
  const rename = (id: string): string => {
    const original = entities.find((e) => e.id === id);
    if (!original || random() < 0.6) return id;
    const name = pick(renamings)(original.name, random) || original.name;
    const copy = { ...original, id: `${id}-${entities.length}`, name };
    entities.push(copy);
    return copy.id;
  };
  const relations = graph.relations.flatMap((r) => {
    if (random() < 0.15) return [];
    const roll = random();
    const reversed = roll >= 0.1 && roll < 0.15;
    const changed = {
      ...r,
      type: roll < 0.1 ? pick(RELATION_TYPES) : r.type,
      ...(reversed ? { source: r.target, target: r.source } : { source: rename(r.source), target: rename(r.target) }),
      evidence: random() < 0.1 ? [...r.evidence, { ...pick(r.evidence), docId: pick(graph.documents).id }] : r.evidence,
    };
    // A repeat, sometimes under another name: a second, lenient prediction of the same gold relation.
    return random() < 0.15 ? [changed, { ...changed, target: rename(changed.target) }] : [changed];
  });
  return { documents: graph.documents, entities, relations };
}

interface ReferenceRun {
  stdout: string;
  counts: Partial<Record<string, Counts>>;
}

const TYPE_LINE = /^(\S+)\s+tp (\d+) fp (\d+) fn (\d+)\s/;

function runReference(graphFile: string, args: readonly string[]): ReferenceRun {
  const stdout = execFileSync(process.execPath, [REFERENCE_SCORER, graphFile, GOLD_DIR, ...args], { encoding: 'utf8' });
  const counts: Partial<Record<string, Counts>> = {};
  for (const line of stdout.split('\n')) {
    const m = TYPE_LINE.exec(line);
    if (m?.[1]) counts[m[1]] = { tp: Number(m[2]), fp: Number(m[3]), fn: Number(m[4]) };
  }
  return { stdout, counts };
}

/** Our per-type counts in the reference's shape: it prints only types that had something to count. */
function nonEmptyCounts(result: ScoreResult): Partial<Record<string, Counts>> {
  const counts: Partial<Record<string, Counts>> = {};
  for (const [type, s] of Object.entries(result.perType)) {
    if (s.tp + s.fp + s.fn > 0) counts[type] = { tp: s.tp, fp: s.fp, fn: s.fn };
  }
  return counts;
}

const goldFiles = await loadGoldDir(GOLD_DIR);

it('scores the gold itself, as an extract output, as perfect', () => {
  const { overall } = scoreExtraction(goldAsGraph(goldFiles), goldFiles);
  expect(overall).toMatchObject({ fp: 0, fn: 0, f1: 1 });
});

describe.skipIf(!existsSync(REFERENCE_SCORER))('scoreExtraction agrees with shared/tools/score.mjs', () => {
  const perfect = goldAsGraph(goldFiles);
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, KnowledgeGraph, RelationType[] | undefined][] = [
    ['the gold itself', perfect, undefined],
    ['nothing predicted', { documents: perfect.documents, entities: [], relations: [] }, undefined],
    ['the gold, scored on LAUNCHED and PART_OF only', perfect, ['LAUNCHED', 'PART_OF']],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, KnowledgeGraph, undefined] => [
      `a perturbed copy of the gold (seed ${seed})`,
      perturbed(perfect, seed),
      undefined,
    ]),
    ['a perturbed copy scored on SUPERVISES and ESTABLISHED', perturbed(perfect, 9), ['SUPERVISES', 'ESTABLISHED']],
  ];

  it('builds valid extract outputs to compare on', () => {
    for (const [, graph] of cases) expect(KnowledgeGraph.safeParse(graph).error).toBeUndefined();
  });

  const expectAgreement = (graph: KnowledgeGraph, types: RelationType[] | undefined): void => {
    const file = path.join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    const reference = runReference(file, types ? ['--types', types.join(','), '--verbose'] : ['--verbose']);
    const ours = scoreExtraction(graph, goldFiles, types ? { types } : {});
    expect(nonEmptyCounts(ours)).toEqual(reference.counts);
    // Line for line, errors included, so that `kg eval` and score.mjs can be diffed.
    expect(formatReport(ours, true)).toBe(reference.stdout);
  };

  it.each(cases)('gives the same true positives, false positives and false negatives per type on %s', (_, graph, types) => {
    expectAgreement(graph, types);
  });

  it('gives the same counts on what the extractor finds in the seeds', async () => {
    const { files } = await readInputs([path.join(ROOT, 'seeds')]);
    expectAgreement(extractGraph(files).graph, undefined);
  });
});
