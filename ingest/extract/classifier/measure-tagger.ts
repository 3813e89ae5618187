// A learned reader of measure names (issue #12, a second approach for the relation with the lowest recall): each word
// of a sentence is tagged B (begins a measure's name), I (inside one) or O, by an averaged perceptron over readable
// features of the words around it (w=推出, t-1=v, pv=开设, q=true), decoded with Viterbi over the sentence. It reads
// names the rules have no pattern for (机电工程学院推出“实训室夜间开放”, 开通两条晚自习专线公交); which region or unit
// launched them is still the rules' reading of the clause (tagged-launches.ts).
import { z } from 'zod';
import { LAUNCH_VERBS } from '../lexicon.ts';
import type { Token } from '../../segment/segmenter.ts';

export const LABELS = ['O', 'B', 'I'] as const;
export type Label = (typeof LABELS)[number];

export const TaggerModel = z.object({
  /** `${label}:${feature}` for a word's features, `T:${from}>${to}` for a step between labels. */
  weights: z.record(z.string(), z.number()),
});
export type TaggerModel = z.infer<typeof TaggerModel>;

const VERBS = new Set<string>(LAUNCH_VERBS);
const CLAUSE_END = /^[，。；：！？,;:]$/;
const OPENS = /[“《]/;
const CLOSES = /[”》]/;

const distance = (n: number): string => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : '7+');

/**
 * The features of each word of a sentence: the word and its tag, its neighbours', its first and last characters,
 * whether it is inside quotes, and the last verb before it in its clause (a launch verb by name) with its distance.
 */
export function wordFeatures(tokens: readonly Token[]): string[][] {
  const word = (i: number): string => tokens[i]?.word ?? (i < 0 ? '<s>' : '</s>');
  const tag = (i: number): string => tokens[i]?.tag ?? (i < 0 ? '<s>' : '</s>');
  let quoted = 0;
  let verbAt = -1;
  let verb = 'none';
  return tokens.map((t, i) => {
    if (CLAUSE_END.test(t.word)) {
      verbAt = -1;
      verb = 'none';
    }
    const f = [
      `w=${t.word}`, `t=${t.tag}`, `w-1=${word(i - 1)}`, `w+1=${word(i + 1)}`, `w-2=${word(i - 2)}`, `w+2=${word(i + 2)}`,
      `t-1=${tag(i - 1)}`, `t+1=${tag(i + 1)}`, `t-2=${tag(i - 2)}`, `t+2=${tag(i + 2)}`,
      `tt=${tag(i - 1)}|${t.tag}`, `tt+=${t.tag}|${tag(i + 1)}`, `ww=${word(i - 1)}|${t.word}`, `ww+=${t.word}|${word(i + 1)}`,
      `last=${t.word.slice(-1)}`, `first=${t.word.slice(0, 1)}`, `suf2=${t.word.slice(-2)}`,
      `q=${quoted > 0}`, `pv=${verb}`, `pvd=${verbAt < 0 ? 'none' : distance(i - verbAt)}`,
    ];
    if (OPENS.test(t.word)) quoted += 1;
    if (CLOSES.test(t.word)) quoted = Math.max(0, quoted - 1);
    if (VERBS.has(t.word) || t.tag.startsWith('v')) {
      verbAt = i;
      verb = VERBS.has(t.word) ? t.word : 'v';
    }
    return f;
  });
}

/** What a word's features give each label, and what a step from one label to the next gives. */
export interface Scorer {
  weight(key: string): number;
}

export const modelScorer = (m: TaggerModel): Scorer => ({ weight: (key) => m.weights[key] ?? 0 });

const IMPOSSIBLE = -1e9;

/** The best labels for the sentence's words; I never follows O (nor starts a sentence). */
export function decode(scorer: Scorer, features: readonly string[][]): Label[] {
  const n = features.length;
  if (n === 0) return [];
  const emission = features.map((fs) => LABELS.map((l) => fs.reduce((sum, f) => sum + scorer.weight(`${l}:${f}`), 0)));
  const step = (a: Label, b: Label): number => (a === 'O' && b === 'I' ? IMPOSSIBLE : scorer.weight(`T:${a}>${b}`));
  let best = LABELS.map((l, j) => (l === 'I' ? IMPOSSIBLE : 0) + (emission[0]?.[j] ?? 0));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const prev = best;
    const from: number[] = [];
    best = LABELS.map((b, j) => {
      let top = -Infinity;
      let arg = 0;
      LABELS.forEach((a, k) => {
        const v = (prev[k] ?? 0) + step(a, b);
        if (v > top) {
          top = v;
          arg = k;
        }
      });
      from.push(arg);
      return top + (emission[i]?.[j] ?? 0);
    });
    back.push(from);
  }
  let j = best.indexOf(Math.max(...best));
  const out: Label[] = [];
  for (let i = n - 1; i >= 0; i--) {
    out.push(LABELS[j] as Label);
    if (i > 0) j = back[i - 1]?.[j] ?? 0;
  }
  return out.reverse();
}

export interface TaggedSpan {
  /** Sentence offsets. */
  start: number;
  end: number;
  text: string;
}

/** The names the labels mark in the sentence: a B and the I's after it. */
export function spansOf(text: string, tokens: readonly Token[], labels: readonly Label[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 'B') continue;
    let j = i;
    while (labels[j + 1] === 'I') j++;
    const start = (tokens[i] as Token).start;
    const end = (tokens[j] as Token).end;
    out.push({ start, end, text: text.slice(start, end) });
    i = j;
  }
  return out;
}

/** The measure names the model reads in a sentence. */
export function tagMeasures(scorer: Scorer, text: string, tokens: readonly Token[]): TaggedSpan[] {
  return spansOf(text, tokens, decode(scorer, wordFeatures(tokens)));
}
