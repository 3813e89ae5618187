// Cross-validation by document for the candidate classifiers (train.ts for SUPERVISES, train-launched.ts for
// LAUNCHED): deterministic folds, out-of-fold probabilities, a threshold chosen on training documents only.
import type { Counts } from '../../eval/score.ts';
import { probability, train, type Example, type LogisticModel } from './logistic.ts';

export const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);
export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };
export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function rates({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function row(name: string, c: Counts, note = ''): string {
  const { p, r, f } = rates(c);
  return `| ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${c.tp} | ${c.fp} | ${c.fn} | ${note} |`;
}

/** Deterministic shuffle (mulberry32), then documents dealt round-robin into k folds. */
export function folds<T>(items: readonly T[], k: number, seed: number): T[][] {
  let s = seed >>> 0;
  const random = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** A document as the classifiers see it: its candidates' features and labels. */
export interface Labelled {
  candidates: ReadonlyArray<{ features: readonly string[]; label: 0 | 1 }>;
}

export const examplesOf = (docs: readonly Labelled[]): Example[] => docs.flatMap((d) => d.candidates.map(({ features, label }) => ({ features, label })));

export const predict = <D extends Labelled>(model: LogisticModel, docs: readonly D[]): Map<D, number[]> =>
  new Map(docs.map((d) => [d, d.candidates.map(({ features }) => probability(model, features))]));

/** Probabilities of every candidate of `docs` from models that never saw its document. */
export function outOfFold<D extends Labelled>(docs: readonly D[], k: number, seed: number): Map<D, number[]> {
  const out = new Map<D, number[]>();
  for (const held of folds(docs, k, seed)) {
    const model = train(examplesOf(docs.filter((d) => !held.includes(d))));
    for (const [d, p] of predict(model, held)) out.set(d, p);
  }
  return out;
}

/** Counts over `docs` when candidates at or above `threshold` are accepted; `score` scores one document. */
export function countsAt<D>(docs: readonly D[], probs: Map<D, number[]>, threshold: number, score: (d: D, accepted: (i: number) => boolean) => Counts): Counts {
  return docs.reduce((acc, d) => addCounts(acc, score(d, (i) => (probs.get(d)?.[i] ?? 0) >= threshold)), ZERO);
}

/**
 * The threshold with the best F1 on these documents. F1 counts the rules' relations too, so one relation moves it by
 * a few ten-thousandths: thresholds within NEAR_TIE of the best count as ties, and the highest of them is taken, for
 * precision and so that retraining after a small rule change does not swing the threshold.
 */
export function bestThreshold<D>(docs: readonly D[], probs: Map<D, number[]>, score: (d: D, accepted: (i: number) => boolean) => Counts): number {
  const scored = THRESHOLDS.map((t) => ({ t, f: rates(countsAt(docs, probs, t, score)).f }));
  const top = Math.max(...scored.map((x) => x.f));
  return scored.filter((x) => x.f >= top - NEAR_TIE).reduce((a, b) => (b.t > a.t ? b : a), { t: 0.5, f: -1 }).t;
}
const NEAR_TIE = 0.001;

export function topFeatures(model: LogisticModel, n: number): string[] {
  const sorted = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  const fmt = ([f, w]: [string, number]) => `${w >= 0 ? '+' : ''}${w.toFixed(2)} ${f}`;
  return [...sorted.slice(0, n).map(fmt), '…', ...sorted.slice(-n).map(fmt)];
}
