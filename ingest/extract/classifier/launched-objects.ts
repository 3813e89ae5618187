// Permissive LAUNCHED candidates (issue #12, second approach, for the relation with the lowest recall): the
// object of every launch verb whose clause has a launcher, read up to the clause's punctuation, where the rules
// read no measure. The rules ask for a head noun or a quote (isMeasureName); a learned filter (launched-filter.ts)
// keeps headless objects readers still call measures (开通远程会诊, 建立随访档案) and leaves the rest
// (组建4个指导组, 开展研讨).
import { NOT_MEASURE, VERB_MODIFIERS } from '../lexicon.ts';
import type { Mention } from '../mentions/mention.ts';
import { asksOthers, isVerbAt, launchers, VERB, WAY_OF_WORKING } from '../relations/launched.ts';
import type { ClauseView, Found } from '../sentence-view.ts';
import type { Token } from '../../segment/segmenter.ts';
import { insideQuotes, quotedRanges } from '../text-units.ts';

export interface LaunchedObject {
  /** The sentence, its offset in the document and its tokens. */
  sentence: { text: string; start: number; tokens: Token[] };
  verb: string;
  /** Sentence offsets of the verb and of the object read after it. */
  verbAt: number;
  start: number;
  end: number;
  object: string;
  sources: Mention[];
  /** The clause's launcher is written in it (not carried from before). */
  sourceWritten: boolean;
  /** The rest of the clause after the object. */
  after: string;
  /** The rules read some measure in this clause (after another verb). */
  rulesInClause: boolean;
}

/** The object runs to the clause's first punctuation. */
const OBJECT_STOP = /[，；。：！？,;]/;
const MAX_OBJECT = 24;

/** Objects of a clause's launch verbs that the rules' findings so far in its sentence (`found`) leave unread. */
export function unreadObjects(c: ClauseView, found: readonly Found[]): LaunchedObject[] {
  // What a clause asks or urges of others (要求各地…, 督促…) is theirs to launch.
  if (asksOthers(c)) return [];
  const sources = launchers(c);
  if (sources.length === 0) return [];
  const s = c.sentence;
  const launched = found.filter((f) => f.type === 'LAUNCHED');
  const rulesInClause = launched.some((f) => f.target.start >= c.start && f.target.start < c.end);
  const body = c.text.slice(c.subjectEnd);
  const quotes = quotedRanges(body);
  const out: LaunchedObject[] = [];
  const verbs = new RegExp(VERB.source, 'g');
  for (let v = verbs.exec(body); v; v = verbs.exec(body)) {
    if (insideQuotes(quotes, v.index)) continue;
    const at = c.start + c.subjectEnd + v.index;
    // 印发实施方案: a verb inside a measure the rules read (实施方案) is part of its name, not a verb of its own.
    if (launched.some((f) => f.target.start <= at && at < f.target.end)) continue;
    if (!isVerbAt(s.tokens, at, v[0].length, c.subjectEnd > 0 ? c.start + c.subjectEnd : -1)) continue;
    let from = at + v[0].length;
    from += VERB_MODIFIERS.exec(s.text.slice(from, c.end))?.[0].length ?? 0;
    const rest = s.text.slice(from, c.end);
    // 采取“四不两直”方式深入…: how the work is done, as the rules read it (annotation notes, w7).
    if (v[0] === '采取' && WAY_OF_WORKING.test(rest)) continue;
    const stop = OBJECT_STOP.exec(rest);
    const object = (stop ? rest.slice(0, stop.index) : rest).replace(/(?<=.{2})工作$/, '');
    if (object.length < 2 || object.length > MAX_OBJECT) continue;
    // 以“抓学习、比思路…: an object cut inside a quote, or a preposition's phrase (以…, 对…, 把…), is no object read whole.
    if ((object.match(/“/g) ?? []).length !== (object.match(/”/g) ?? []).length || /^[以对把将在向为与从]/.test(object)) continue;
    // 开展监督检查、明察暗访: a list left whole, unquoted, is work of several kinds, as the rules read it (isMeasureName).
    if (/、/.test(object) && !/[“《]/.test(object)) continue;
    // 开展深入贯彻中央八项规定精神学习教育: the campaign itself, a meeting or generic work is never a measure (ontology).
    if (NOT_MEASURE.test(object)) continue;
    const end = from + object.length;
    if (launched.some((f) => f.target.start >= from && f.target.start < end)) continue;
    out.push({
      sentence: { text: s.text, start: s.start, tokens: s.tokens },
      verb: v[0],
      verbAt: at,
      start: from,
      end,
      object,
      sources,
      sourceWritten: c.subjectEnd > 0,
      after: s.text.slice(end, c.end),
      rulesInClause,
    });
  }
  return out;
}

/** The relations an accepted object makes: each launcher launches it, one measure node per first launcher and name. */
export function launchedFindings(o: LaunchedObject, rule: string): Found[] {
  return measureFindings(o.sources, { start: o.start, end: o.end, name: o.object }, rule);
}

/** Each source launches the measure named `name` at sentence offsets start–end, one node per first source and name. */
export function measureFindings(sources: readonly Mention[], m: { start: number; end: number; name: string }, rule: string): Found[] {
  const owner = sources[0];
  if (!owner) return [];
  const target: Mention = {
    type: 'Measure',
    start: m.start,
    end: m.end,
    surface: m.name,
    name: m.name,
    aliases: [],
    key: `Measure:${owner.key}:${m.name.replace(/[“”"《》\s]/g, '')}`,
  };
  return sources.map((source) => ({ type: 'LAUNCHED' as const, source, target, rule }));
}
