// Bench section: Neo4j load throughput, batched UNWIND against one transaction per row, on one synthetic corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createDriver, readNeo4jConfig, type Neo4jConfig } from '../graph/config.ts';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../graph/db/local-neo4j.ts';
import { countGraph, DEFAULT_BATCH_SIZE, loadGraph } from '../graph/write/load-graph.ts';
import { KnowledgeGraph, type Entity, type KnowledgeGraph as Graph, type Relation } from '../schema/graph.ts';
import { createOnly } from './ceiling.ts';
import { say, seconds, type BenchOptions } from './measure.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const DOCUMENTS = 1000;
const FACTS_PER_DOCUMENT = 104;
const MIN_RELATIONS = 100_000;
/** One transaction per row is slow by design: it runs on this many documents' worth of facts and is extrapolated. */
const PER_ROW_DOCUMENTS = 20;
/** Documents per loader call, as `kg ingest` batches them. */
const STEP_DOCUMENTS = 200;
const TARGET_RATIO = 20;
/** The loader should stay within this factor of plain UNWIND … CREATE on the same rows. */
const CEILING_FACTOR = 3;

/** A small deterministic PRNG (mulberry32), so every run loads the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Reports shaped like the seeds: regions in a province → prefecture → county chain (gazetteer PART_OF edges),
 * groups, units, measures; each fact read from one sentence, a few repeated across reports.
 */
export function syntheticCorpus(documents = DOCUMENTS, factsPerDocument = FACTS_PER_DOCUMENT, firstDocument = 0): Graph {
  // Each slice of documents has its own stream of choices, so a corpus can be made (and loaded) a slice at a time.
  const rnd = random(20231027 + firstDocument);
  const pick = <T>(items: T[]): T => {
    const item = items[Math.floor(rnd() * items.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const entities: Entity[] = [];
  const relations = new Map<string, Relation>();
  const regions: Entity[] = [];
  for (let p = 0; p < 30; p++) {
    const province: Entity = { id: `Region:p${p}`, type: 'Region', name: `第${p}省`, aliases: [`${p}省`], level: 'province' };
    entities.push(province);
    regions.push(province);
    for (let c = 0; c < 10; c++) {
      const city: Entity = { id: `Region:p${p}c${c}`, type: 'Region', name: `第${p}省第${c}市`, aliases: [], level: 'prefecture' };
      entities.push(city);
      regions.push(city);
      relations.set(`PART_OF|${city.id}|${province.id}`, { type: 'PART_OF', source: city.id, target: province.id, rule: 'gazetteer', evidence: [] });
      for (let k = 0; k < 8; k++) {
        const county: Entity = { id: `Region:p${p}c${c}k${k}`, type: 'Region', name: `第${p}省第${c}市第${k}县`, aliases: [], level: 'county' };
        entities.push(county);
        regions.push(county);
        relations.set(`PART_OF|${county.id}|${city.id}`, { type: 'PART_OF', source: county.id, target: city.id, rule: 'gazetteer', evidence: [] });
      }
    }
  }
  const groups: Entity[] = Array.from({ length: 2000 }, (_, i) => ({ id: `Group:g${i}`, type: 'Group', name: `第${i}督导组`, aliases: [] }));
  const units: Entity[] = Array.from({ length: 5000 }, (_, i) => ({ id: `Unit:u${i}`, type: 'Unit', name: `第${i}单位`, aliases: [] }));
  entities.push(...groups, ...units);

  const docs: Graph['documents'] = [];
  for (let d = firstDocument; d < firstDocument + documents; d++) {
    const docId = `bench-doc-${String(d).padStart(5, '0')}`;
    let text = '';
    const fact = (type: Relation['type'], source: Entity, target: Entity, sentence: string, count?: number): void => {
      const start = text.length;
      text += sentence;
      const key = `${type}|${source.id}|${target.id}`;
      const rel = relations.get(key) ?? { type, source: source.id, target: target.id, rule: `${type.toLowerCase()}.bench`, evidence: [] };
      if (count !== undefined) rel.count = count;
      rel.evidence.push({ docId, sentence, start, end: text.length, rule: rel.rule });
      relations.set(key, rel);
    };
    for (let f = 0; f < factsPerDocument; f++) {
      const kind = f % 5;
      if (kind < 3) {
        const region = pick(regions);
        const measure: Entity = { id: `Measure:d${d}f${f}`, type: 'Measure', name: `第${d}号报告第${f}项工作方案`, aliases: [] };
        entities.push(measure);
        fact('LAUNCHED', region, measure, `${region.name}制定${measure.name}，推动主题教育走深走实。`);
      } else if (kind === 3) {
        const region = pick(regions);
        const group = pick(groups);
        fact('ESTABLISHED', region, group, `${region.name}派出${f + 1}个${group.name}。`, f + 1);
      } else {
        const group = pick(groups);
        const unit = pick(units);
        fact('SUPERVISES', group, unit, `${group.name}深入${unit.name}开展督导。`);
      }
    }
    docs.push({ id: docId, path: `bench/${docId}.txt`, title: `第${d}号报告`, script: 'simplified', encoding: 'utf-8', text });
  }
  return { documents: docs, entities, relations: [...relations.values()] };
}

/** Documents [from, to) with the facts they give, the entities those need and the gazetteer chain above them. */
export function subsetOf(graph: Graph, from: number, to: number): Graph {
  const keep = new Set(graph.documents.slice(from, to).map((d) => d.id));
  const relations = graph.relations
    .map((r) => ({ ...r, evidence: r.evidence.filter((e) => keep.has(e.docId)) }))
    .filter((r) => r.evidence.length > 0);
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const parent = new Map(graph.relations.filter((r) => r.type === 'PART_OF' && r.evidence.length === 0).map((r) => [r.source, r]));
  for (const id of [...used]) {
    for (let up = parent.get(id); up !== undefined && !relations.includes(up); up = parent.get(up.target)) {
      relations.push(up);
      used.add(up.target);
    }
  }
  return {
    documents: graph.documents.filter((d) => keep.has(d.id)),
    entities: graph.entities.filter((e) => used.has(e.id)),
    relations,
  };
}

// ---------------------------------------------------------------------------------------------------------------

interface BenchNeo4j {
  driver: Driver;
  config: Neo4jConfig;
  done(): Promise<void>;
}

/**
 * The bench empties its database, so it never uses the instance `kg` works with: NEO4J_BENCH_URI names one to
 * sacrifice (credentials from NEO4J_USERNAME / NEO4J_PASSWORD), else a second local Neo4j with its own port and data
 * dir (.data/neo4j-bench), private to the bench: started for the run and stopped after, even on Ctrl-C or `timeout`.
 */
export async function benchNeo4j(): Promise<BenchNeo4j> {
  const env = readNeo4jConfig();
  const uri = process.env['NEO4J_BENCH_URI'];
  if (uri !== undefined && uri !== '') {
    const config = { ...env, uri };
    const driver = createDriver(config);
    return { driver, config, done: () => driver.close() };
  }
  const opts: LocalNeo4jOptions = {
    projectRoot,
    port: Number(process.env['KG_BENCH_NEO4J_PORT'] ?? 7688),
    browserPort: 0,
    dataDir: path.join('.data', 'neo4j-bench'),
    heap: '2g',
    log: (msg) => say('neo4j', msg),
  };
  await acquireBenchLock();
  const onSignal = (signal: NodeJS.Signals): void => {
    void stopLocalNeo4j(opts).finally(() => {
      releaseBenchLock();
      process.kill(process.pid, signal);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const status = await startLocalNeo4j(opts);
  const config = { uri: status.uri, username: status.user, password: status.password, database: 'neo4j' };
  const driver = createDriver(config);
  return {
    driver,
    config,
    done: async () => {
      await driver.close();
      await stopLocalNeo4j(opts);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      releaseBenchLock();
    },
  };
}

// Two bench runs on one instance would empty each other's database mid-measurement.
const LOCK = path.join(projectRoot, '.data', 'neo4j-bench.lock');

function lockHolder(): number | null {
  try {
    const pid = Number(fs.readFileSync(LOCK, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquireBenchLock(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = lockHolder();
    if (pid === null || !alive(pid)) {
      fs.rmSync(LOCK, { force: true });
    } else {
      if (!told) say('neo4j', `waiting for another load bench (pid ${pid}) to finish`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function releaseBenchLock(): void {
  if (lockHolder() === process.pid) fs.rmSync(LOCK, { force: true });
}

export async function wipe(neo: BenchNeo4j): Promise<void> {
  const session = neo.driver.session({ database: neo.config.database });
  try {
    // Relationships first: detaching a hub with its support in one batch of nodes outgrows the transaction memory pool.
    // The outer statement lasts as long as all its batches: past a million relations that is longer than the
    // server's default transaction timeout, so it runs without one (0).
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS', {}, { timeout: 0 });
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, { timeout: 0 });
  } finally {
    await session.close();
  }
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export async function runLoadThroughput(): Promise<void> {
  const graph = syntheticCorpus();
  const evidence = graph.relations.reduce((n, r) => n + r.evidence.length, 0);
  if (graph.relations.length < MIN_RELATIONS) throw new Error(`synthetic corpus has only ${graph.relations.length} relations`);
  const validation = await seconds(() => KnowledgeGraph.parse(graph));
  say(
    'corpus',
    `synthetic: ${fmt(graph.documents.length)} documents, ${fmt(graph.entities.length)} entities, ` +
      `${fmt(graph.relations.length)} relations, ${fmt(evidence)} evidence sentences (zod check ${validation.toFixed(1)} s, not timed below)`,
  );

  const neo = await benchNeo4j();
  try {
    say('neo4j', `${neo.config.uri} (emptied before each run)`);
    const db = neo.config.database;

    // A fresh JVM runs its first minute interpreted; warm both paths on other documents so neither pays for it.
    const warm = await seconds(async () => {
      await wipe(neo);
      await loadGraph(neo.driver, subsetOf(graph, 500, 650), { database: db, validate: false });
      await loadGraph(neo.driver, subsetOf(graph, 650, 653), { database: db, validate: false, batchSize: 1 });
    });
    say('warm-up', `${warm.toFixed(1)} s on 153 other documents (not counted)`);

    await wipe(neo);
    // As `kg ingest` writes: a few hundred documents per call, each with its own support.
    const steps = Array.from({ length: Math.ceil(graph.documents.length / STEP_DOCUMENTS) }, (_, i) => subsetOf(graph, i * STEP_DOCUMENTS, (i + 1) * STEP_DOCUMENTS));
    const batched = await seconds(async () => {
      for (const step of steps) await loadGraph(neo.driver, step, { database: db, validate: false });
    });
    const loaded = await countGraph(neo.driver, db);
    if (loaded.relations !== graph.relations.length) throw new Error(`batched load wrote ${loaded.relations} of ${graph.relations.length} relations`);
    const batchedRate = graph.relations.length / batched;
    say('batched', `UNWIND, ${fmt(DEFAULT_BATCH_SIZE)} rows per transaction: ${fmt(graph.relations.length)} relations in ${batched.toFixed(1)} s = ${fmt(batchedRate)} relations/s`);

    // The ceiling: the same rows, plain CREATE into an empty database with the same schema.
    await wipe(neo);
    const ceiling = await seconds(() => createOnly(neo.driver, db, graph));
    const ceilingLoaded = await countGraph(neo.driver, db);
    if (ceilingLoaded.relations !== graph.relations.length) throw new Error(`UNWIND … CREATE wrote ${ceilingLoaded.relations} of ${graph.relations.length} relations`);
    await wipe(neo);
    const ceilingRate = graph.relations.length / ceiling;
    say('ceiling', `plain UNWIND … CREATE of the same rows into an empty database: ${ceiling.toFixed(1)} s = ${fmt(ceilingRate)} relations/s`);
    const factor = batched / ceiling;
    say('vs ceiling', `loader takes ${factor.toFixed(2)}x the ceiling's time (target <= ${CEILING_FACTOR}x: ${factor <= CEILING_FACTOR ? 'met' : 'NOT met'})`);

    const subset = subsetOf(graph, 0, PER_ROW_DOCUMENTS);
    await wipe(neo);
    const perRow = await seconds(() => loadGraph(neo.driver, subset, { database: db, validate: false, batchSize: 1 }));
    const perRowLoaded = await countGraph(neo.driver, db);
    if (perRowLoaded.relations !== subset.relations.length) throw new Error(`per-row load wrote ${perRowLoaded.relations} of ${subset.relations.length} relations`);
    const perRowRate = subset.relations.length / perRow;
    say(
      'per row',
      `one transaction per row (same loader, batch size 1) on the first ${PER_ROW_DOCUMENTS} documents: ` +
        `${fmt(subset.relations.length)} relations in ${perRow.toFixed(1)} s = ${fmt(perRowRate)} relations/s`,
    );
    say('', `extrapolated: the full ${fmt(graph.relations.length)} relations would take ${(graph.relations.length / perRowRate / 60).toFixed(1)} min one row per transaction`);

    const ratio = batchedRate / perRowRate;
    say('ratio', `batched / per row = ${ratio.toFixed(1)}x (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
    await wipe(neo);
  } finally {
    await neo.done();
  }
}

/** The entry bench/run.ts calls; the corpus size is fixed here, so BenchOptions (extraction corpus MiB) do not apply. */
export const run: (options: BenchOptions) => Promise<void> = () => runLoadThroughput();

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runLoadThroughput();
}
