// Training and measuring the LAUNCHED filter (launched-objects.ts, launched-features.ts) on the corpus: labels from
// the gold, cross-validation by document on the dev part, one scoring of the held-out part (totals, never its errors),
// and the weights file. The command line is train-launched.ts.
import type { GoldFile } from '../../eval/gold.ts';
import { namesMatch, scoreExtraction, type Counts } from '../../eval/score.ts';
import { documentMeta, type Fact } from '../../extract-file.ts';
import { addToStore } from '../../pipeline.ts';
import { EntityStore } from '../../resolve/entity-store.ts';
import type { Mention } from '../mentions/mention.ts';
import { factOf } from './candidates.ts';
import { loadCorpusSplit, print, type CorpusEntry, type Split } from './corpus.ts';
import { ZERO, addCounts, bestThreshold, countsAt, examplesOf, folds, outOfFold, predict, row, topFeatures } from './cross-validation.ts';
import { extractDocument } from '../extract-document.ts';
import type { Found } from '../sentence-view.ts';
import { LAUNCHED_CLASSIFIER_RULE } from './launched-filter.ts';
import { launchedFeatures } from './launched-features.ts';
import { launchedFindings, unreadObjects, type LaunchedObject } from './launched-objects.ts';
import { DEFAULT_OPTIONS, train } from './logistic.ts';

const SEED = 12;
const FOLDS = 5;
const INNER_FOLDS = 4;

export interface CorpusDocument extends CorpusEntry {
  ruleFacts: Fact[];
  candidates: Array<{ c: LaunchedObject; features: string[]; label: 0 | 1 }>;
}

const namesOf = (m: Mention): string[] => [...new Set([m.name, ...m.aliases, m.surface])].filter(Boolean);

/** Positive when a gold LAUNCHED of the document has one of the candidate's launchers and names its object. */
function label(gold: GoldFile, c: LaunchedObject): 0 | 1 {
  return gold.relations.some(
    (r) =>
      r.type === 'LAUNCHED' &&
      namesMatch('Measure', r.target.name, c.object) &&
      c.sources.some((s) => namesOf(s).some((n) => [r.source.name, ...(r.source.aliases ?? [])].some((g) => namesMatch(r.source.type, g, n)))),
  )
    ? 1
    : 0;
}

export async function loadSplit(split: Split): Promise<CorpusDocument[]> {
  return (await loadCorpusSplit(split)).map((d) => {
    // The rules alone, with every object they leave unread collected where the filter would look at it.
    const objects: LaunchedObject[] = [];
    const collect = (c: Parameters<typeof unreadObjects>[0], found: readonly Found[]): Found[] => {
      objects.push(...unreadObjects(c, found));
      return [];
    };
    const findings = extractDocument(d.doc.id, d.text, documentMeta(d.doc), { afterRules: collect });
    return {
      ...d,
      ruleFacts: findings.map((f) => factOf(d.doc.id, d.text, f)),
      candidates: objects.map((c) => ({ c, features: launchedFeatures(c), label: label(d.gold, c) })),
    };
  });
}

/** LAUNCHED counts of one document: the rules' facts and the accepted candidates. */
function scoreDocument(d: CorpusDocument, accepted: (i: number) => boolean): Counts {
  const facts = [...d.ruleFacts];
  d.candidates.forEach(({ c }, i) => {
    if (!accepted(i)) return;
    const sentence = { text: c.sentence.text, start: c.sentence.start, end: c.sentence.start + c.sentence.text.length };
    for (const f of launchedFindings(c, LAUNCHED_CLASSIFIER_RULE)) facts.push(factOf(d.doc.id, d.text, { ...f, sentence }));
  });
  const store = new EntityStore();
  addToStore(store, { doc: d.doc, facts });
  const { tp, fp, fn } = scoreExtraction({ documents: [d.doc], ...store.snapshot() }, [d.gold], { types: ['LAUNCHED'] }).overall;
  return { tp, fp, fn };
}

const NONE = (): boolean => false;

function summary(docs: readonly CorpusDocument[]): void {
  const positives = docs.reduce((n, d) => n + d.candidates.filter((c) => c.label).length, 0);
  const all = docs.reduce((n, d) => n + d.candidates.length, 0);
  print(`documents ${docs.length}, candidates ${all} (${positives} positive)`);
  const rules = docs.reduce((acc, d) => addCounts(acc, scoreDocument(d, NONE)), ZERO);
  const every = docs.reduce((acc, d) => addCounts(acc, scoreDocument(d, () => true)), ZERO);
  print(row('rules only', rules));
  print(row('rules ∪ every candidate (ceiling of recall)', every));
}

export function crossValidate(docs: CorpusDocument[]): void {
  summary(docs);
  const totals: Record<string, Counts> = {};
  const bump = (k: string, c: Counts) => (totals[k] = addCounts(totals[k] ?? ZERO, c));
  folds(docs, FOLDS, SEED).forEach((test, k) => {
    const trainDocs = docs.filter((d) => !test.includes(d));
    const t = bestThreshold(trainDocs, outOfFold(trainDocs, INNER_FOLDS, SEED + k + 1), scoreDocument);
    const probs = predict(train(examplesOf(trainDocs)), test);
    print(`fold ${k + 1}: ${test.length} docs, threshold ${t.toFixed(2)}`);
    bump('rules', countsAt(test, probs, 2, scoreDocument));
    bump('union', countsAt(test, probs, t, scoreDocument));
    bump('union@0.5', countsAt(test, probs, 0.5, scoreDocument));
  });
  print('');
  print(`LAUNCHED, ${FOLDS}-fold cross-validation by document on the dev part`);
  print('| approach | P | R | F1 | tp | fp | fn | |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- |');
  print(row('rules only', totals['rules'] ?? ZERO, 'current extractor'));
  print(row('rules ∪ classifier', totals['union'] ?? ZERO, 'threshold from training fold'));
  print(row('rules ∪ classifier @0.5', totals['union@0.5'] ?? ZERO, 'fixed threshold'));
  print('');
  print('heaviest features, model trained on every dev document:');
  for (const line of topFeatures(train(examplesOf(docs)), 15)) print(`  ${line}`);
}

export function listErrors(docs: CorpusDocument[]): void {
  const oof = outOfFold(docs, FOLDS, SEED);
  for (const d of docs) {
    d.candidates.forEach(({ c, label: l }, i) => {
      const p = oof.get(d)?.[i] ?? 0;
      if (l === 1 || p >= 0.3) print(`${l ? '+' : '-'} ${p.toFixed(2)} ${d.id} ${c.verb}[${c.object}] ${c.sources.map((s) => s.name).join(',')}`);
    });
  }
}

/** Dev-trained model and threshold, scored once on the held-out part: totals only, its errors are not read. */
export async function heldOut(dev: CorpusDocument[]): Promise<void> {
  const t = bestThreshold(dev, outOfFold(dev, FOLDS, SEED), scoreDocument);
  const model = train(examplesOf(dev));
  const held = await loadSplit('heldout');
  const probs = predict(model, held);
  print(`held-out part, model trained on ${dev.length} dev documents, threshold ${t.toFixed(2)} chosen on dev`);
  print('| approach | P | R | F1 | tp | fp | fn | |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- |');
  print(row('rules only', countsAt(held, probs, 2, scoreDocument)));
  print(row('rules ∪ classifier', countsAt(held, probs, t, scoreDocument)));
}

/** The weights file's content as training on these documents makes it (deterministic: same documents, same file). */
export function trainedWeights(docs: CorpusDocument[]): string {
  const threshold = bestThreshold(docs, outOfFold(docs, FOLDS, SEED), scoreDocument);
  const model = train(examplesOf(docs));
  const out = {
    relation: 'LAUNCHED',
    about:
      'Logistic regression over the candidate features of ingest/extract/classifier/launched-features.ts; made by ' +
      '`node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts` from the dev part of test/data/corpus only.',
    options: DEFAULT_OPTIONS,
    threshold,
    trainedOn: docs.map((d) => d.id),
    weights: model.weights,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

