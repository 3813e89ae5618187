// jieba's own dictionary, read once: the part of speech of every word (what nodejieba.tag looks
// up) and how many words use each character (how common it is).
import fs from 'node:fs';
import nodejieba from 'nodejieba';

export interface JiebaDictionary {
  tags: Map<string, string>;
  charCounts: Map<string, number>;
}

let cached: JiebaDictionary | undefined;

export function jiebaDictionary(): JiebaDictionary {
  if (cached) return cached;
  const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const tags = new Map<string, string>();
  const charCounts = new Map<string, number>();
  for (const line of fs.readFileSync(dictPath, 'utf8').split('\n')) {
    const [word, , tag] = line.split(' ');
    if (!word) continue;
    if (tag) tags.set(word, tag);
    for (const ch of new Set(word)) charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
  }
  cached = { tags, charCounts };
  return cached;
}
