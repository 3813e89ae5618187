// The averaged structured perceptron that trains the measure tagger (measure-tagger.ts), in plain TypeScript: fixed
// epochs over the sentences in the order given, no randomness, so the same data always gives the same weights.
// Weights are the sums of every weight over every step (the average times a constant, which leaves every decoding
// the same), kept as integers so the committed file is exact.
import { decode, namedFeatureScores, type Label, type TaggerModel } from './measure-tagger.ts';

export interface TaggedSentence {
  features: string[][];
  labels: Label[];
}

export interface PerceptronOptions {
  epochs: number;
  /** Features seen on fewer words of the training sentences are dropped (they would only memorise). */
  minCount: number;
}

export const DEFAULT_PERCEPTRON: PerceptronOptions = { epochs: 8, minCount: 1 };

export function trainPerceptron(sentences: readonly TaggedSentence[], opts: PerceptronOptions = DEFAULT_PERCEPTRON): TaggerModel {
  // Counting is only needed when rare features are dropped.
  const counts = new Map<string, number>();
  if (opts.minCount > 1) for (const s of sentences) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = opts.minCount > 1 ? sentences.map((s) => ({ labels: s.labels, features: s.features.map((fs) => fs.filter((f) => (counts.get(f) ?? 0) >= opts.minCount)) })) : sentences;

  const current = new Map<string, number>();
  const total = new Map<string, number>();
  const since = new Map<string, number>();
  let clock = 0;
  const weight = (key: string): number => current.get(key) ?? 0;
  const update = (key: string, delta: number): void => {
    const w = current.get(key) ?? 0;
    total.set(key, (total.get(key) ?? 0) + w * (clock - (since.get(key) ?? clock)));
    since.set(key, clock);
    current.set(key, w + delta);
  };

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const s of kept) {
      clock += 1;
      const guess = decode(namedFeatureScores(s.features, weight));
      s.features.forEach((fs, i) => {
        const gold = s.labels[i] as Label;
        const got = guess[i] as Label;
        if (got !== gold) {
          for (const f of fs) {
            update(`${gold}:${f}`, 1);
            update(`${got}:${f}`, -1);
          }
        }
        const goldBefore = s.labels[i - 1];
        const gotBefore = guess[i - 1];
        if (goldBefore !== undefined && gotBefore !== undefined && (gotBefore !== goldBefore || got !== gold)) {
          update(`T:${goldBefore}>${gold}`, 1);
          update(`T:${gotBefore}>${got}`, -1);
        }
      });
    }
  }
  clock += 1;
  const weights: Record<string, number> = {};
  for (const key of [...current.keys()].sort()) {
    const sum = (total.get(key) ?? 0) + (current.get(key) ?? 0) * (clock - (since.get(key) ?? clock));
    if (sum !== 0) weights[key] = sum;
  }
  return { weights };
}
