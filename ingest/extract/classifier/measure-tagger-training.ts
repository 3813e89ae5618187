// Training and measuring the measure tagger (measure-tagger.ts, tagged-launches.ts) on the corpus: words labelled from
// the gold's LAUNCHED targets, cross-validation by document on the dev part (the extractor with and without the
// fold's tagger), one scoring of the held-out part (totals, never its errors), and the weights file. The command line
// is train-measure-tagger.ts.
import type { GoldFile } from '../../eval/gold.ts';
import { scoreExtraction, type Counts } from '../../eval/score.ts';
import { documentMeta } from '../../extract-file.ts';
import { addToStore } from '../../pipeline.ts';
import { EntityStore } from '../../resolve/entity-store.ts';
import { tokenize } from '../../segment/segmenter.ts';
import { extractDocument } from '../extract-document.ts';
import { paragraphs, sentences } from '../text-units.ts';
import { factOf } from './candidates.ts';
import { loadCorpusSplit, print, type CorpusEntry, type Split } from './corpus.ts';
import { ZERO, addCounts, folds, row } from './cross-validation.ts';
import { learnedLaunches } from './launched-filter.ts';
import { learnedReaders } from './learned.ts';
import { modelScorer, wordFeatures, type Label, type TaggerModel } from './measure-tagger.ts';
import { DEFAULT_PERCEPTRON, trainPerceptron, type TaggedSentence } from './perceptron.ts';
import { taggedLaunchesWith } from './tagged-launches.ts';

const SEED = 12;
const FOLDS = 5;

export interface TaggerDocument extends CorpusEntry {
  sentences: TaggedSentence[];
}

const unquoted = (s: string): string => s.replace(/[“”"《》\s]/g, '');

/**
 * The words of a sentence labelled B/I where a gold LAUNCHED target of the sentence is written (its name or an alias,
 * first occurrence), O elsewhere. A gold relation is the sentence's when their texts share their first characters
 * (the gold's sentence may be cut a little differently).
 */
export function labelWords(text: string, tokens: ReturnType<typeof tokenize>, gold: GoldFile): Label[] {
  const mine = unquoted(text);
  const spans: Array<[number, number]> = [];
  for (const r of gold.relations) {
    if (r.type !== 'LAUNCHED') continue;
    const theirs = unquoted(r.sentence ?? '');
    if (!theirs || !(theirs.includes(mine.slice(0, 12)) || mine.includes(theirs.slice(0, 12)))) continue;
    for (const name of [r.target.name, ...(r.target.aliases ?? [])]) {
      const at = text.indexOf(name);
      if (at >= 0) {
        spans.push([at, at + name.length]);
        break;
      }
    }
  }
  return tokens.map((t) => {
    const span = spans.find(([a, b]) => t.start >= a && t.end <= b);
    if (!span) return 'O';
    return t.start === span[0] ? 'B' : 'I';
  });
}

export async function loadTaggerSplit(split: Split): Promise<TaggerDocument[]> {
  return (await loadCorpusSplit(split)).map((d) => ({
    ...d,
    // The sentences as extract-document cuts and segments them.
    sentences: paragraphs(d.text).flatMap((p) =>
      sentences(p).map((s) => {
        const tokens = tokenize(s.text);
        return { features: wordFeatures(tokens), labels: labelWords(s.text, tokens, d.gold) };
      }),
    ),
  }));
}

export const trainTagger = (docs: readonly TaggerDocument[]): TaggerModel => trainPerceptron(docs.flatMap((d) => d.sentences));

/** LAUNCHED counts of the extractor on one document, with the given tagger after the rules and the filter (or none). */
function launchedCounts(d: TaggerDocument, model: TaggerModel | undefined): Counts {
  const afterRules = model ? learnedReaders(taggedLaunchesWith(modelScorer(model))) : learnedLaunches;
  const facts = extractDocument(d.doc.id, d.text, documentMeta(d.doc), { afterRules }).map((f) => factOf(d.doc.id, d.text, f));
  const store = new EntityStore();
  addToStore(store, { doc: d.doc, facts });
  const { tp, fp, fn } = scoreExtraction({ documents: [d.doc], ...store.snapshot() }, [d.gold], { types: ['LAUNCHED'] }).overall;
  return { tp, fp, fn };
}

function table(without: Counts, withTagger: Counts, note: string): void {
  print('| approach | P | R | F1 | tp | fp | fn | |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- |');
  print(row('rules ∪ filter', without));
  print(row('rules ∪ filter ∪ tagger', withTagger, note));
}

export function crossValidate(docs: readonly TaggerDocument[]): void {
  let without = ZERO;
  let withTagger = ZERO;
  folds(docs, FOLDS, SEED).forEach((test, k) => {
    const model = trainTagger(docs.filter((d) => !test.includes(d)));
    print(`fold ${k + 1}: ${test.length} docs, ${Object.keys(model.weights).length} weights`);
    for (const d of test) {
      without = addCounts(without, launchedCounts(d, undefined));
      withTagger = addCounts(withTagger, launchedCounts(d, model));
    }
  });
  print('');
  print(`LAUNCHED, ${FOLDS}-fold cross-validation by document on the dev part`);
  table(without, withTagger, 'tagger trained on the other folds');
}

/** Dev-trained tagger scored once on the held-out part: totals only, its errors are not read. */
export async function heldOut(dev: readonly TaggerDocument[]): Promise<void> {
  const model = trainTagger(dev);
  const held = await loadTaggerSplit('heldout');
  const without = held.reduce((acc, d) => addCounts(acc, launchedCounts(d, undefined)), ZERO);
  const withTagger = held.reduce((acc, d) => addCounts(acc, launchedCounts(d, model)), ZERO);
  print(`held-out part (${held.length} documents), tagger trained on ${dev.length} dev documents`);
  table(without, withTagger, 'tagger trained on the dev part');
}

/** The weights file's content as training on these documents makes it (deterministic: same documents, same file). */
export function trainedTaggerWeights(docs: readonly TaggerDocument[]): string {
  const out = {
    relation: 'LAUNCHED',
    about:
      'Averaged structured perceptron (summed weights) over the word features of ingest/extract/classifier/measure-tagger.ts; ' +
      'made by `node cli/run-ts.mjs ingest/extract/classifier/train-measure-tagger.ts` from the dev part of test/data/corpus only.',
    options: DEFAULT_PERCEPTRON,
    trainedOn: docs.map((d) => d.id),
    weights: trainTagger(docs).weights,
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}
