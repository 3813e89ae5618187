// Trains and measures the SUPERVISES candidate classifier on the development part of the corpus only
// (test/data/corpus, split "dev"; the held-out part is never read here).
//   node cli/run-ts.mjs ingest/extract/classifier/train.ts --cv   5-fold cross-validation by document: rules only,
//                                                                 rules ∪ classifier, classifier only
//   node cli/run-ts.mjs ingest/extract/classifier/train.ts        trains on every dev document and writes
//                                                                 supervises-weights.json beside this file
import fs from 'node:fs';
import path from 'node:path';
import type { GoldFile, GoldEntity } from '../../eval/gold.ts';
import { loadGoldFile } from '../../eval/gold.ts';
import { namesMatch, scoreExtraction, type Counts } from '../../eval/score.ts';
import { documentMeta, type ExtractedFile } from '../../extract-file.ts';
import { addToStore, extractGraph } from '../../pipeline.ts';
import { loadDocument } from '../../read/load-document.ts';
import { EntityStore } from '../../resolve/entity-store.ts';
import type { Document } from '../../../schema/graph.ts';
import type { Mention } from '../mentions/mention.ts';
import { candidateFact, documentCandidates, type Candidate } from './candidates.ts';
import { candidateFeatures } from './features.ts';
import {
  ZERO,
  addCounts,
  bestThreshold as bestThresholdOf,
  countsAt as countsAtThreshold,
  examplesOf,
  folds,
  outOfFold,
  predict,
  rates,
  row,
  topFeatures,
} from './cross-validation.ts';
import { DEFAULT_OPTIONS, train } from './logistic.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../test/data/corpus');
const WEIGHTS_FILE = path.join(import.meta.dirname, 'supervises-weights.json');
const SEED = 12;
const FOLDS = 5;
const INNER_FOLDS = 4;
export const CLASSIFIER_RULE = 'supervises.classifier';

interface ManifestEntry {
  id: string;
  file: string;
  split: 'dev' | 'heldout';
}

interface DevDocument {
  id: string;
  doc: Document;
  text: string;
  gold: GoldFile;
  ruleFacts: ExtractedFile['facts'];
  candidates: Array<{ c: Candidate; features: string[]; label: 0 | 1 }>;
}

const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

function names(m: Mention): string[] {
  return [...new Set([m.name, ...m.aliases, m.surface])].filter(Boolean);
}

function entityMatches(gold: GoldEntity, m: Mention): boolean {
  const goldNames = [gold.name, ...(gold.aliases ?? [])];
  return names(m).some((p) => goldNames.some((g) => namesMatch(gold.type, g, p)));
}

/** Positive when the pair matches a gold SUPERVISES of its document by the scorer's lenient names. */
function label(gold: GoldFile, c: Candidate): 0 | 1 {
  return gold.relations.some((r) => r.type === 'SUPERVISES' && entityMatches(r.source, c.source) && entityMatches(r.target, c.target)) ? 1 : 0;
}

async function loadDev(): Promise<DevDocument[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const dev = manifest.filter((m) => m.split === 'dev').sort((a, b) => a.id.localeCompare(b.id));
  if (dev.some((m) => m.id.startsWith('w4'))) throw new Error('batch w4 is held out');
  const out: DevDocument[] = [];
  for (const m of dev) {
    const file = path.join(CORPUS, m.file);
    const { doc, body } = loadDocument(file, fs.readFileSync(file));
    const gold = await loadGoldFile(path.join(CORPUS, 'gold', `${m.id}.json`));
    const { ruleFacts, candidates } = documentCandidates(doc.id, body.text, documentMeta(doc));
    out.push({
      id: m.id,
      doc,
      text: body.text,
      gold,
      ruleFacts,
      candidates: candidates.map((c) => ({ c, features: candidateFeatures(c), label: label(gold, c) })),
    });
  }
  return out;
}

type Mode = 'rules' | 'union' | 'classifier';

/** SUPERVISES counts of one document's graph: the rules' facts, with or without the accepted candidates. */
function scoreDocument(d: DevDocument, mode: Mode, accepted: (i: number) => boolean): Counts {
  const facts = mode === 'classifier' ? d.ruleFacts.filter((f) => f.type !== 'SUPERVISES') : [...d.ruleFacts];
  if (mode !== 'rules') d.candidates.forEach(({ c }, i) => accepted(i) && facts.push(candidateFact(d.doc.id, d.text, c, CLASSIFIER_RULE)));
  const store = new EntityStore();
  addToStore(store, { doc: d.doc, facts });
  const graph = { documents: [d.doc], ...store.snapshot() };
  const { tp, fp, fn } = scoreExtraction(graph, [d.gold], { types: ['SUPERVISES'] }).overall;
  return { tp, fp, fn };
}

/** Counts of one document in a mode, as the shared cross-validation scores it. */
const scorer =
  (mode: Mode) =>
  (d: DevDocument, accepted: (i: number) => boolean): Counts =>
    scoreDocument(d, mode, accepted);

function countsAt(docs: readonly DevDocument[], mode: Mode, probs: Map<DevDocument, number[]>, threshold: number): Counts {
  return countsAtThreshold(docs, probs, threshold, scorer(mode));
}

function bestThreshold(docs: readonly DevDocument[], mode: Mode, probs: Map<DevDocument, number[]>): number {
  return bestThresholdOf(docs, probs, scorer(mode));
}

/** The same documents with the rules' features taken out: what candidates and classifier do without the dev-tuned rules. */
const withoutRuleFeatures = (docs: readonly DevDocument[]): DevDocument[] =>
  docs.map((d) => ({ ...d, candidates: d.candidates.map((c) => ({ ...c, features: c.features.filter((f) => !f.startsWith('rule')) })) }));

/** Out-of-fold probabilities of the candidates, listed for reading errors (dev part only). */
function listErrors(docs: DevDocument[]): void {
  const oof = outOfFold(docs, FOLDS, SEED);
  for (const d of docs) {
    const p = oof.get(d) ?? [];
    d.candidates.forEach(({ c, label, features }, i) => {
      const pr = p[i] ?? 0;
      const rule = c.ruleNames.length > 0;
      if ((label === 1 && !rule) || (label === 0 && pr >= 0.3) || (label === 0 && rule)) {
        const tag = label ? (rule ? 'TP-rule' : 'MISS') : rule ? 'FP-rule' : 'FP-cand';
        print(`${tag} ${pr.toFixed(2)} ${d.id} ${c.source.name} -> ${c.target.name} | ${c.view.text.slice(0, 140)}`);
        print(`     ${features.join(' ')}`);
      }
    });
  }
}

async function crossValidate(docs: DevDocument[]): Promise<void> {
  const goldTotal = docs.reduce((n, d) => n + d.gold.relations.filter((r) => r.type === 'SUPERVISES').length, 0);
  const all = new Map(docs.map((d) => [d, d.candidates.map(() => 1)]));
  const ceiling = countsAt(docs, 'classifier', all, 0.5);
  const positives = docs.reduce((n, d) => n + d.candidates.filter((c) => c.label).length, 0);
  const nCandidates = docs.reduce((n, d) => n + d.candidates.length, 0);
  print(`dev documents ${docs.length}, gold SUPERVISES ${goldTotal}, candidates ${nCandidates} (${positives} positive)`);
  const { p: cp, r: cr } = rates(ceiling);
  print(`candidate ceiling (accept every candidate): P ${cp.toFixed(3)} R ${cr.toFixed(3)}`);

  // The whole dev part through the real pipeline (one entity store), as `kg eval` and the corpus test score it.
  const pipeline = extractGraph(docs.map((d) => ({ path: d.doc.path, bytes: fs.readFileSync(d.doc.path) })));
  const official = scoreExtraction(pipeline.graph, docs.map((d) => d.gold), { types: ['SUPERVISES'] }).overall;
  print(`rules through the pipeline (one store for all dev documents): P ${official.precision.toFixed(3)} R ${official.recall.toFixed(3)} F1 ${official.f1.toFixed(3)}`);
  print('');

  const totals: Record<string, Counts> = {};
  const bump = (k: string, c: Counts) => {
    totals[k] = addCounts(totals[k] ?? ZERO, c);
  };
  const chosen: string[] = [];
  const plain = withoutRuleFeatures(docs);
  folds(docs, FOLDS, SEED).forEach((test, k) => {
    const trainDocs = docs.filter((d) => !test.includes(d));
    const oof = outOfFold(trainDocs, INNER_FOLDS, SEED + k + 1);
    const tUnion = bestThreshold(trainDocs, 'union', oof);
    const tOnly = bestThreshold(trainDocs, 'classifier', oof);
    chosen.push(`fold ${k + 1}: ${test.length} docs, union t=${tUnion.toFixed(2)}, classifier-only t=${tOnly.toFixed(2)}`);
    const probs = predict(train(examplesOf(trainDocs)), test);
    bump('rules', countsAt(test, 'rules', probs, 1));
    bump('union', countsAt(test, 'union', probs, tUnion));
    bump('classifier', countsAt(test, 'classifier', probs, tOnly));
    bump('union@0.5', countsAt(test, 'union', probs, 0.5));
    bump('classifier@0.5', countsAt(test, 'classifier', probs, 0.5));
    // Without the rules' features: the permissive candidates and the classifier alone.
    const plainTest = plain.filter((d) => test.some((t) => t.id === d.id));
    const plainTrain = plain.filter((d) => !plainTest.includes(d));
    const plainOof = outOfFold(plainTrain, INNER_FOLDS, SEED + k + 1);
    const tPlain = bestThreshold(plainTrain, 'classifier', plainOof);
    chosen.push(`fold ${k + 1}: classifier without rule features t=${tPlain.toFixed(2)}`);
    bump('plain', countsAt(plainTest, 'classifier', predict(train(examplesOf(plainTrain)), plainTest), tPlain));
  });
  print(`SUPERVISES, ${FOLDS}-fold cross-validation by document on the dev part (threshold chosen inside each training fold by ${INNER_FOLDS}-fold out-of-fold F1)`);
  print('');
  print('| approach | P | R | F1 | tp | fp | fn | |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- |');
  print(row('rules only', totals['rules'] ?? ZERO, 'current extractor'));
  print(row('rules ∪ classifier', totals['union'] ?? ZERO, 'threshold from training fold'));
  print(row('classifier only', totals['classifier'] ?? ZERO, 'threshold from training fold'));
  print(row('classifier only, no rule features', totals['plain'] ?? ZERO, 'threshold from training fold'));
  print(row('rules ∪ classifier @0.5', totals['union@0.5'] ?? ZERO, 'fixed threshold'));
  print(row('classifier only @0.5', totals['classifier@0.5'] ?? ZERO, 'fixed threshold'));
  print('');
  for (const line of chosen) print(line);
  print('');
  print('heaviest features, model trained on every dev document:');
  for (const line of topFeatures(train(examplesOf(docs)), 15)) print(`  ${line}`);
}

function writeWeights(docs: DevDocument[]): void {
  const oof = outOfFold(docs, FOLDS, SEED);
  const thresholds = { union: bestThreshold(docs, 'union', oof), classifierOnly: bestThreshold(docs, 'classifier', oof) };
  const model = train(examplesOf(docs));
  const out = {
    relation: 'SUPERVISES',
    about:
      'Logistic regression over the candidate features of ingest/extract/classifier/features.ts; made by ' +
      '`node cli/run-ts.mjs ingest/extract/classifier/train.ts` from the dev part of test/data/corpus only.',
    options: DEFAULT_OPTIONS,
    thresholds,
    trainedOn: docs.map((d) => d.id),
    weights: model.weights,
  };
  fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(out, null, 2)}\n`);
  print(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)}: ${Object.keys(model.weights).length} features, thresholds ${JSON.stringify(thresholds)}`);
}

const docs = await loadDev();
if (process.argv.includes('--cv')) await crossValidate(docs);
else if (process.argv.includes('--list')) listErrors(docs);
else writeWeights(docs);
