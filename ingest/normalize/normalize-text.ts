// The normalisation chain, in the order that keeps each step's input clean for the next.
import { fromSource, replaceMapped, type MappedText } from './mapped-text.ts';
import { unifyPunctuation, trimLines } from './punctuation.ts';
import { repairGbkShift } from './repair-gbk-shift.ts';
import { looksLikeHtml, stripHtml } from './strip-html.ts';
import { stripPinyin } from './strip-pinyin.ts';
import { toSimplified, type Script } from './to-simplified.ts';

export interface NormalizeOptions {
  script: Script;
}

/**
 * source → HTML dropped → pinyin stripped → GBK-shift repaired (needs the characters as read,
 * before conversion) → Simplified → one punctuation style → tidy lines.
 */
export function normalizeText(source: string, opts: NormalizeOptions): MappedText {
  let t = fromSource(source);
  t = replaceMapped(t, /\r\n?/g, '\n');
  if (looksLikeHtml(source)) t = stripHtml(t);
  // Tag debris whose `<` was lost with a garbled character (蟆?/p>) is markup, not text.
  t = replaceMapped(t, /<?\/(p|div|span|br)>/g, '');
  // Pinyin goes first: annotations sit inside garbled spans and would break their byte runs.
  t = stripPinyin(t);
  t = repairGbkShift(t);
  if (opts.script === 'traditional') t = toSimplified(t);
  t = unifyPunctuation(t);
  return trimLines(t);
}
