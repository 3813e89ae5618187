// Features of a SUPERVISES candidate, each a readable name (verb=走访, dist=6-10, punct-comma=1, …): binary
// indicators, so a weight says how much one reading of the sentence counts for or against the pair.
import { ESTABLISH_VERBS, GROUP_KINDS, SUPERVISE_VERBS, SUPERVISION_ACTS } from '../lexicon.ts';
import type { Candidate } from './candidates.ts';

const VERBS = new RegExp(SUPERVISE_VERBS.source.slice(4, -1), 'g');
const ACTS = new RegExp(SUPERVISION_ACTS.source.slice(3, -1), 'g');
/** Other words that link a group and what it acts on (对X开展, 向X派出, 与X座谈, 在X…期间, X向组汇报). */
const LINKS = /对|向|与|在|派出|派驻|选派|汇报|报告|座谈|负责|进驻|指导下|的联系|所属|包括|其中|分别/g;
const LIST_SEPARATOR = /^(?:、|和|及|以及|与|等)$/;

/** Characters around a target that are read as themselves (punctuation, function words); any other Han character is just `han`. */
const CUE_CHARACTERS = new Set('，、；：。和及与等的在对向到赴了进联是');
function charClass(ch: string | undefined): string {
  if (ch === undefined) return 'edge';
  if (CUE_CHARACTERS.has(ch)) return ch;
  return /[\u4e00-\u9fff]/.test(ch) ? 'han' : 'other';
}

/** Mentions that name a part of a place or an unnamed one (门诊大厅, 住院部, 部分学院, 一个村, 个别学校). */
const UNNAMED_TARGET = /^(?:门诊|急诊|住院部|病房|村部|部分|个别|一些|有关|相关|[一两几多][处个家所间村])/;

/** The bucket a number falls in, named by its edges (0, 1-2, 3-5, 41+). */
export function bucket(n: number, edges: readonly number[]): string {
  let lo = 0;
  for (const e of edges) {
    if (n <= e) return lo === e ? `${e}` : `${lo}-${e}`;
    lo = e + 1;
  }
  return `${lo}+`;
}

const kindOf = (g: Candidate['source']): string => GROUP_KINDS.find((k) => (g.groupKind ?? g.name).endsWith(k)) ?? 'other';

function ownerOf(g: Candidate['source']): string {
  const words = g.ownerWords ?? '';
  if (/^中央/.test(words) || /^中央/.test(g.name)) return 'central';
  if (g.ownerRegion) return 'region';
  const m = /^(省委|市委|区委|县委|州委|党工委|党委|省政府|市政府|县政府|区政府|政府)/.exec(words);
  return m?.[1] ?? (words ? 'other' : 'none');
}

function targetType(c: Candidate): string {
  const t = c.target;
  if (t.type === 'Region') return t.level === 'group' ? 'Region:counted' : `Region:${t.level ?? 'place'}`;
  return t.count !== undefined ? `${t.type}:counted` : t.type;
}

/** Index of the clause holding `at`, -1 if none was observed. */
function clauseAt(c: Candidate, at: number): number {
  return c.clauses.findIndex((cl) => at >= cl.start && at < Math.max(cl.end, cl.start + 1));
}

/** The target's place in a coordinated list (、, 和, 及 between consecutive targets): 0 when first or alone. */
function listPosition(c: Candidate): number {
  const text = c.view.text;
  const before = c.targets.filter((t) => t.end <= c.target.start).sort((a, b) => b.end - a.end);
  let pos = 0;
  let at = c.target.start;
  for (const t of before) {
    if (t.end > at) continue;
    const gap = text.slice(t.end, at);
    if (!LIST_SEPARATOR.test(gap)) break;
    pos++;
    at = t.start;
  }
  return pos;
}

export function candidateFeatures(c: Candidate): string[] {
  const f: string[] = ['bias'];
  const text = c.view.text;
  const t = c.target;
  const groupStart = c.groupSpan?.[0] ?? c.anchor;
  const groupEnd = c.groupSpan?.[1] ?? c.anchor;
  const groupFirst = groupEnd <= t.start;
  const [from, to] = groupFirst ? [groupEnd, t.start] : [t.end, groupStart];
  const between = text.slice(from, Math.max(from, to));

  f.push(`src=${c.sourceKind}`, `kind=${kindOf(c.source)}`, `owner=${ownerOf(c.source)}`, `ttype=${targetType(c)}`);
  f.push(`order=${groupFirst ? 'group-first' : 'target-first'}`);
  f.push(`dist=${bucket(between.length, [0, 2, 5, 10, 20, 40])}`);
  const tokens = c.view.tokens.filter((k) => k.start >= from && k.end <= to).length;
  f.push(`tokdist=${bucket(tokens, [0, 1, 3, 6, 12])}`);

  const commas = (between.match(/[，,]/g) ?? []).length;
  f.push(`punct-comma=${bucket(commas, [0, 1, 2])}`);
  if (/[；;]/.test(between)) f.push('punct-semicolon');
  if (/[：:]/.test(between)) f.push('punct-colon');
  if (/、/.test(between)) f.push('punct-dunhao');
  if (/[“《]/.test(between)) f.push('punct-quote');

  const gc = clauseAt(c, groupFirst ? Math.max(groupStart, groupEnd - 1) : groupStart);
  const tc = clauseAt(c, t.start);
  f.push(`clause-gap=${gc < 0 || tc < 0 ? 'unknown' : bucket(Math.abs(tc - gc), [0, 1, 2])}`);
  const tClause = c.clauses[tc];
  if (tClause) f.push(`reading=${tClause.reading}`);
  if (tClause && tClause.subjectEnd > 0 && t.start <= tClause.start + tClause.subjectEnd && t.end > tClause.start) f.push('target-is-subject');

  // Verbs and links between the two (group first: what the group does; target first: 向组汇报, 在组指导下).
  const verbs = [...between.matchAll(VERBS)].map((m) => m[0]);
  if (verbs.length === 0) f.push('verb=none');
  const firstVerb = verbs[0];
  const lastVerb = verbs[verbs.length - 1];
  if (firstVerb) f.push(`first-verb=${firstVerb}`);
  if (lastVerb) f.push(`last-verb=${lastVerb}`, `${groupFirst ? 'gf' : 'tf'}-verb=${lastVerb}`);
  for (const w of new Set([...between.matchAll(LINKS)].map((m) => m[0]))) f.push(`link=${w}`);
  if (ESTABLISH_VERBS.test(between)) f.push('establish-between');

  // Right around the target: the cue before it and what follows it in its clause.
  f.push(`prev=${charClass(text[t.start - 1])}`, `next=${charClass(text[t.end])}`);
  const clauseEnd = tClause?.end ?? text.length;
  const after = text.slice(t.end, Math.max(t.end, clauseEnd));
  const act = [...after.matchAll(ACTS)][0]?.[0];
  f.push(`act-after=${act ?? 'none'}`);

  // Others in the way: another group closer to the target, other targets between.
  const others = c.groups.filter((g) => g.start >= from && g.end <= to && !(c.groupSpan && g.start === c.groupSpan[0]));
  if (others.length) f.push('group-between');
  const nTargets = c.targets.filter((x) => x.start >= from && x.end <= to).length;
  f.push(`targets-between=${bucket(nTargets, [0, 1, 3])}`);
  f.push(`list-pos=${bucket(listPosition(c), [0, 1])}`);
  if (t.type === 'Region' && c.targets.some((x) => x.start === t.end && x.type === 'Region')) f.push('chain-head');
  if (c.targets.some((x) => x !== t && x.start <= t.start && x.end >= t.end && x.end - x.start > t.end - t.start)) f.push('inside-longer');
  if (c.source.ownerRegion?.key === t.key) f.push('target-owns-group');
  if (UNNAMED_TARGET.test(t.surface)) f.push('target-unnamed');

  // What the rules said.
  if (c.ruleNames.length) {
    f.push('rule=pair');
    for (const r of new Set(c.ruleNames)) f.push(`rule-name=${r}`);
  } else f.push('rule=none');
  if (c.ruleTargetOther) f.push('rule=target-other-group');
  if (c.ruleGroupOther) f.push('rule=group-other-target');
  if (c.rulePairElsewhere) f.push('rule=pair-elsewhere');
  return f;
}
