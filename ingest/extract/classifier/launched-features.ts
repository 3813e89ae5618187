// Features of a LAUNCHED candidate, each a readable name (verb=开通, last=诊, end-tag=vn, …): what the object
// ends with says most about whether it names a measure (档案, 门诊, 会诊) or a task or a body (解决, 指导组).
import { bucket } from './features.ts';
import type { LaunchedObject } from './launched-objects.ts';

const COUNT = /[一二三四五六七八九十两百千\d]+(?:个|项|条|支|场|次|家|所|座|份|类|批|余|多)/;

export function launchedFeatures(c: LaunchedObject): string[] {
  const o = c.object;
  const tokens = c.sentence.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  const last = tokens[tokens.length - 1];
  const first = tokens[0];
  const f: string[] = ['bias', `verb=${c.verb}`, `last=${o.slice(-1)}`, `last2=${o.slice(-2)}`, `first=${o.slice(0, 1)}`];
  if (last) f.push(`end-word=${last.word}`, `end-tag=${last.tag}`, `verb+end=${c.verb}+${last.word}`);
  if (first) f.push(`first-tag=${first.tag}`);
  f.push(`tokens=${bucket(tokens.length, [1, 2, 3, 5])}`, `len=${bucket(o.length, [2, 4, 6, 10, 16])}`);
  if (tokens.some((t, i) => i > 0 && /^v/.test(t.tag) && t.tag !== 'vn')) f.push('verb-inside');
  if (/[“《]/.test(o)) f.push('quote');
  if (COUNT.test(o)) f.push('count');
  if (/、|和|及/.test(o)) f.push('coordinated');
  if (/的/.test(o)) f.push('de');
  if (/^的/.test(o)) f.push('starts-de');
  if (/组$|专班$|小组$/.test(o)) f.push('group-like');
  if (/等/.test(o)) f.push('deng');
  f.push(`after=${c.after === '' ? 'none' : 'words'}`);
  f.push(`source=${c.sources[0]?.type ?? 'none'}`, `written=${c.sourceWritten ? 'yes' : 'no'}`, `sources=${bucket(c.sources.length, [1, 2])}`);
  if (c.rulesInClause) f.push('rules-in-clause');
  const before = c.sentence.text.slice(Math.max(0, c.verbAt - 2), c.verbAt);
  if (/要|将|拟|计划/.test(before)) f.push('intended');
  return f;
}
