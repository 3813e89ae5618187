// How common a Han character is, read from jieba's own dictionary (the number of words using it).
import * as OpenCC from 'opencc-js';
import { jiebaDictionary } from '../segment/jieba-dictionary.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const memo = new Map<string, number>();

/** Number of dictionary words that use the character (Traditional characters count as Simplified). */
export function charCommonness(ch: string): number {
  const known = memo.get(ch);
  if (known !== undefined) return known;
  const counts = jiebaDictionary().charCounts;
  const value = Math.max(counts.get(ch) ?? 0, counts.get(t2s(ch)) ?? 0);
  memo.set(ch, value);
  return value;
}
