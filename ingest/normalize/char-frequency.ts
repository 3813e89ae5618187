// How common a Han character is, read from jieba's own dictionary (the number of words using it).
import fs from 'node:fs';
import nodejieba from 'nodejieba';
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
let counts: Map<string, number> | undefined;
const memo = new Map<string, number>();

function load(): Map<string, number> {
  const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const map = new Map<string, number>();
  for (const line of fs.readFileSync(dictPath, 'utf8').split('\n')) {
    const word = line.slice(0, line.indexOf(' '));
    for (const ch of new Set(word)) map.set(ch, (map.get(ch) ?? 0) + 1);
  }
  return map;
}

/** Number of dictionary words that use the character (Traditional characters count as Simplified). */
export function charCommonness(ch: string): number {
  const known = memo.get(ch);
  if (known !== undefined) return known;
  counts ??= load();
  const value = Math.max(counts.get(ch) ?? 0, counts.get(t2s(ch)) ?? 0);
  memo.set(ch, value);
  return value;
}
