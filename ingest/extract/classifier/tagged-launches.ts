// The measure tagger as the extractor runs it: after the rules and the LAUNCHED filter of a clause, each measure name
// the committed model (measure-tagger-weights.json, made from the dev part of the corpus by train-measure-tagger.ts)
// reads in the clause, and nothing found so far in the sentence names, is launched by the clause's launchers as the
// rules read them. What it adds names `launched.tagger` as its rule.
import fs from 'node:fs';
import path from 'node:path';
import { NOT_MEASURE } from '../lexicon.ts';
import { isGenericName } from '../measures.ts';
import { insideQuotes, quotedRanges } from '../text-units.ts';
import type { Token } from '../../segment/segmenter.ts';
import { asksOthers, JOINED_FRAME, launchers, WAY_AFTER } from '../relations/launched.ts';
import type { ClauseView, Found, SentenceView } from '../sentence-view.ts';
import { measureFindings } from './launched-objects.ts';
import { modelScorer, readTaggerModel, tagMeasures, type Scorer, type TaggedSpan } from './measure-tagger.ts';

export const LAUNCHED_TAGGER_RULE = 'launched.tagger';
/** A sentence of the dev part (w5-001) whose measure only the tagger reads: a counted quote after a list it sums up. */
export const LAUNCHED_TAGGER_EXAMPLE = '沁源县委梳理出检视问题清单、整改落实清单和制度建设清单“三张清单”';

export const TAGGER_WEIGHTS_FILE = path.join(import.meta.dirname, 'measure-tagger-weights.json');

let committed: Scorer | undefined;
function loaded(): Scorer {
  committed ??= modelScorer(readTaggerModel(fs.readFileSync(TAGGER_WEIGHTS_FILE, 'utf8'), TAGGER_WEIGHTS_FILE));
  return committed;
}

const unquoted = (s: string): string => s.replace(/[“”"《》\s]/g, '');
const balanced = (s: string, open: string, close: string): boolean => s.split(open).length === s.split(close).length;
/** 42项, 三个: a count alone names nothing. */
const COUNT_ONLY = /^[\d一二三四五六七八九十百千两]+[项个条件类批]$/;
/**
 * “校园餐”专项整治工作专班, “六清”任务: a quote and the head after it are what the rules read (isMeasureName); one they
 * leave, they leave for a reason (a group, a counted set, a figure of speech). On the dev part, out of fold, the tagger
 * read 17 such names and 3 were right.
 */
const QUOTE_AND_HEAD = /^[“《][^”》]+[”》]./;

/** 主题教育的重点任务, 窗口工作人员围绕…项目: a 的 or a preposition makes a phrase, not a name (out of fold on dev: 0 of 4 right). */
const PHRASE_WORD = (t: Token): boolean => t.word === '的' || t.tag === 'p';
/** 指导各市细化完善实施方案: what a clause guides, urges or asks others to do is theirs to launch, as the rules read it. */
const GUIDES_OTHERS = /指导|督促|要求|引导|鼓励|动员/;
/** 逐条逐项进行“体检”: 进行 launches only what 对 names it on, which the rules read (launched.ts); after it is a way of working. */
const LIGHT_VERB_BEFORE = /进行$/;

/**
 * Whether a tagged name can stand as a measure's name: whole quotes, more than a count, no phrase, not a piece of a
 * quoted name (用好“八张问题清单” names no 问题清单), not what the ontology excludes.
 */
function nameable(span: TaggedSpan, s: SentenceView, quotes: Array<[number, number]>): boolean {
  const t = span.text;
  if (t.length < 2 || !balanced(t, '“', '”') || !balanced(t, '《', '》')) return false;
  if (COUNT_ONLY.test(t) || QUOTE_AND_HEAD.test(t) || NOT_MEASURE.test(t) || isGenericName(t)) return false;
  if (insideQuotes(quotes, span.start) || insideQuotes(quotes, span.end)) return false;
  return !s.tokens.some((w) => w.start >= span.start && w.end <= span.end && PHRASE_WORD(w));
}

/** The tagger's findings for a clause, given a scorer (the committed model by default; a fold's model in training). */
export function taggedLaunchesWith(scorer: Scorer): (c: ClauseView, found: readonly Found[]) => Found[] {
  // One decoding a sentence, and one reading of its quotes, shared by its clauses.
  const bySentence = new WeakMap<SentenceView, { read: TaggedSpan[]; quotes: Array<[number, number]> }>();
  return (c, found) => {
    const sources = asksOthers(c) ? [] : launchers(c);
    if (sources.length === 0) return [];
    const s = c.sentence;
    let seen = bySentence.get(s);
    if (!seen) {
      seen = { read: tagMeasures(scorer, s.text, s.tokens), quotes: quotedRanges(s.text) };
      bySentence.set(s, seen);
    }
    const { read, quotes } = seen;
    // A name the rules read, or one inside it or around it, is theirs (实施方案 beside 《…实施方案》).
    const named = found.filter((f) => f.type === 'LAUNCHED').map((f) => unquoted(f.target.name));
    return read
      .filter((span) => span.start >= c.start && span.start < c.end && nameable(span, s, quotes))
      .filter((span) => {
        const before = s.text.slice(c.start + c.subjectEnd, span.start);
        if (GUIDES_OTHERS.test(before) || LIGHT_VERB_BEFORE.test(before)) return false;
        // 通过走访农户、设置意见箱等方式, 把解决具体问题与完善制度机制结合起来: a way of doing something else, or a generic
        // thing a frame joins, is no measure, as the rules read it (launched.ts); a quoted one still is.
        if (WAY_AFTER.test(s.text.slice(span.end, c.end))) return false;
        return !(JOINED_FRAME.test(c.text) && !/[“《]/.test(span.text));
      })
      .filter((span) => {
        const name = unquoted(span.text);
        return !named.some((n) => n.includes(name) || name.includes(n));
      })
      .flatMap((span) => measureFindings(sources, { start: span.start, end: span.end, name: span.text }, LAUNCHED_TAGGER_RULE));
  };
}

let committedHook: ((c: ClauseView, found: readonly Found[]) => Found[]) | undefined;
export function taggedLaunches(c: ClauseView, found: readonly Found[]): Found[] {
  committedHook ??= taggedLaunchesWith(loaded());
  return committedHook(c, found);
}
