// A learned reader of measure names (issue #12, a second approach for the relation with the lowest recall): each word
// of a sentence is tagged B (begins a measure's name), I (inside one) or O, by an averaged perceptron over readable
// features of the words around it (w=推出, t-1=v, pv=开设, q=true), decoded with Viterbi over the sentence. It reads
// names the rules have no pattern for (梳理出检视问题清单、整改落实清单和制度建设清单“三张清单”, 开通两条晚自习专线公交); which region or unit
// launched them is still the rules' reading of the clause (tagged-launches.ts).
import { LAUNCH_VERBS } from '../lexicon.ts';
import type { Token } from '../../segment/segmenter.ts';

export const LABELS = ['O', 'B', 'I'] as const;
export type Label = (typeof LABELS)[number];

export interface TaggerModel {
  /** `${label}:${feature}` for a word's features, `T:${from}>${to}` for a step between labels. */
  weights: Record<string, number>;
}

/**
 * The weights file read as a model. Its shape is checked in place rather than by a zod schema, which would copy its
 * 50,000 weights once more in every extractor thread and raise the ingest's peak memory for nothing.
 */
export function readTaggerModel(json: string, file: string): TaggerModel {
  const raw: unknown = JSON.parse(json);
  const weights = typeof raw === 'object' && raw !== null && 'weights' in raw ? raw.weights : undefined;
  if (typeof weights !== 'object' || weights === null) throw new Error(`${file}: no "weights" object`);
  for (const key in weights) {
    if (typeof (weights as Record<string, unknown>)[key] !== 'number') throw new Error(`${file}: weight "${key}" is not a number`);
  }
  return { weights: weights as Record<string, number> };
}

const VERBS = new Set<string>(LAUNCH_VERBS);
const CLAUSE_END = /^[，。；：！？,;:]$/;
const OPENS = /[“《]/;
const CLOSES = /[”》]/;

const distance = (n: number): string => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : '7+');

/** A feature of word `i`: its template (w-1, tt, pv …) and its value, or two values joined (ww=组织|开展). */
type Visit = (i: number, template: string, value: string, second?: string) => void;

/**
 * The features of each word of a sentence: the word and its tag, its next neighbours' (words two away added nothing
 * in cross-validation and cost a tenth of the time), its first and last characters, whether it is inside quotes, and
 * the last verb before it in its clause (a launch verb by name) with its distance.
 */
function visitFeatures(tokens: readonly Token[], visit: Visit, contextOnly = false): void {
  const word = (i: number): string => tokens[i]?.word ?? (i < 0 ? '<s>' : '</s>');
  const tag = (i: number): string => tokens[i]?.tag ?? (i < 0 ? '<s>' : '</s>');
  let quoted = 0;
  let verbAt = -1;
  let verb = 'none';
  tokens.forEach((t, i) => {
    if (CLAUSE_END.test(t.word)) {
      verbAt = -1;
      verb = 'none';
    }
    if (!contextOnly) visitOwnFeatures(t, (template, value) => visit(i, template, value));
    visit(i, 'w-1', word(i - 1));
    visit(i, 'w+1', word(i + 1));
    visit(i, 't-1', tag(i - 1));
    visit(i, 't+1', tag(i + 1));
    visit(i, 'tt', tag(i - 1), t.tag);
    visit(i, 'tt+', t.tag, tag(i + 1));
    visit(i, 'ww', word(i - 1), t.word);
    visit(i, 'ww+', t.word, word(i + 1));
    visit(i, 'q', quoted > 0 ? 'true' : 'false');
    visit(i, 'pv', verb);
    visit(i, 'pvd', verbAt < 0 ? 'none' : distance(i - verbAt));
    if (OPENS.test(t.word)) quoted += 1;
    if (CLOSES.test(t.word)) quoted = Math.max(0, quoted - 1);
    if (VERBS.has(t.word) || t.tag.startsWith('v')) {
      verbAt = i;
      verb = VERBS.has(t.word) ? t.word : 'v';
    }
  });
}

/** The features a word has whatever its neighbours: the word, its tag, its first and last characters. */
function visitOwnFeatures(t: Token, visit: (template: string, value: string) => void): void {
  visit('w', t.word);
  visit('t', t.tag);
  visit('last', t.word.slice(-1));
  visit('first', t.word.slice(0, 1));
  visit('suf2', t.word.slice(-2));
}

/** Each word's features as readable names (w=推出, ww=组织|开展): what training counts and weighs. */
export function wordFeatures(tokens: readonly Token[]): string[][] {
  const out: string[][] = tokens.map(() => []);
  visitFeatures(tokens, (i, template, value, second) => out[i]?.push(second === undefined ? `${template}=${value}` : `${template}=${value}|${second}`));
  return out;
}

/** What each label gets at each word, in LABELS order, and what a step from one label to the next gets. */
export interface Scores {
  emissions: number[][];
  transition(from: Label, to: Label): number;
}

/** Something that scores a sentence's words: the committed model, or the perceptron while it trains. */
export interface Scorer {
  score(tokens: readonly Token[]): Scores;
}

/** Scores from named features, for weights kept by feature name (the perceptron while it trains). */
export function namedFeatureScores(features: readonly string[][], weight: (key: string) => number): Scores {
  return {
    emissions: features.map((fs) => LABELS.map((l) => fs.reduce((sum, f) => sum + weight(`${l}:${f}`), 0))),
    transition: (a, b) => weight(`T:${a}>${b}`),
  };
}

/**
 * The committed model as a scorer. Its weights are indexed by template, then value (then second value), each entry
 * holding the three labels' weights, so scoring a word builds no feature names and looks each feature up once.
 */
export function modelScorer(m: TaggerModel): Scorer {
  const unary = new Map<string, Map<string, number[]>>();
  const pairs = new Map<string, Map<string, Map<string, number[]>>>();
  const steps = new Map<string, number>();
  for (const key in m.weights) {
    const w = m.weights[key] ?? 0;
    if (key.startsWith('T:')) {
      steps.set(key, w);
      continue;
    }
    const label = LABELS.indexOf(key.slice(0, 1) as Label);
    const eq = key.indexOf('=');
    if (label < 0 || key[1] !== ':' || eq < 0) continue;
    const template = key.slice(2, eq);
    const value = key.slice(eq + 1);
    let row: number[];
    if (PAIR_TEMPLATES.has(template)) {
      const bar = value.indexOf('|');
      const byFirst = pairs.get(template) ?? new Map<string, Map<string, number[]>>();
      pairs.set(template, byFirst);
      const bySecond = byFirst.get(value.slice(0, bar)) ?? new Map<string, number[]>();
      byFirst.set(value.slice(0, bar), bySecond);
      row = bySecond.get(value.slice(bar + 1)) ?? [0, 0, 0];
      bySecond.set(value.slice(bar + 1), row);
    } else {
      const byValue = unary.get(template) ?? new Map<string, number[]>();
      unary.set(template, byValue);
      row = byValue.get(value) ?? [0, 0, 0];
      byValue.set(value, row);
    }
    row[label] = w;
  }
  const transition = (a: Label, b: Label): number => steps.get(`T:${a}>${b}`) ?? 0;
  // A word's own features sum to the same weights wherever it stands: summed once a word (and tag), then reused.
  const own = new Map<string, { tag: string; row: number[] }>();
  const ownRow = (t: Token): number[] => {
    const known = own.get(t.word);
    if (known?.tag === t.tag) return known.row;
    const row = [0, 0, 0];
    visitOwnFeatures(t, (template, value) => {
      const w = unary.get(template)?.get(value);
      if (w) for (let k = 0; k < 3; k++) row[k] = (row[k] ?? 0) + (w[k] ?? 0);
    });
    if (own.size >= OWN_CACHE_LIMIT) own.clear();
    own.set(t.word, { tag: t.tag, row });
    return row;
  };
  return {
    score(tokens) {
      const emissions = tokens.map((t) => [...ownRow(t)]);
      visitFeatures(tokens, (i, template, value, second) => {
        const row = second === undefined ? unary.get(template)?.get(value) : pairs.get(template)?.get(value)?.get(second);
        const e = emissions[i];
        if (!row || !e) return;
        e[0] = (e[0] ?? 0) + (row[0] ?? 0);
        e[1] = (e[1] ?? 0) + (row[1] ?? 0);
        e[2] = (e[2] ?? 0) + (row[2] ?? 0);
      }, true);
      return { emissions, transition };
    },
  };
}

/** Words whose own weights are kept summed: a corpus's vocabulary, bounded so memory stays flat on any corpus. */
const OWN_CACHE_LIMIT = 50_000;
/** The templates whose value is two words or tags joined by |. */
const PAIR_TEMPLATES = new Set(['tt', 'tt+', 'ww', 'ww+']);

const IMPOSSIBLE = -1e9;

/** The best labels for the sentence's words; I never follows O (nor starts a sentence). */
export function decode({ emissions: emission, transition }: Scores): Label[] {
  const n = emission.length;
  if (n === 0) return [];
  const steps = LABELS.map((a) => LABELS.map((b) => (a === 'O' && b === 'I' ? IMPOSSIBLE : transition(a, b))));
  const step = (a: number, b: number): number => steps[a]?.[b] ?? 0;
  let best = LABELS.map((l, j) => (l === 'I' ? IMPOSSIBLE : 0) + (emission[0]?.[j] ?? 0));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const prev = best;
    const from: number[] = [];
    best = LABELS.map((_, j) => {
      let top = -Infinity;
      let arg = 0;
      LABELS.forEach((_, k) => {
        const v = (prev[k] ?? 0) + step(k, j);
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
  return spansOf(text, tokens, decode(scorer.score(tokens)));
}
