// jieba's own dictionary, read once: the part of speech of every word (what nodejieba.tag looks
// up) and how many words use each character (how common it is).
import fs from 'node:fs';
import nodejieba from 'nodejieba';

export interface JiebaDictionary {
  tags: Map<string, string>;
  charCounts: Map<string, number>;
}

let cached: JiebaDictionary | undefined;

/**
 * One pass over the file by index rather than split lines and words, and characters counted without a Set per word:
 * every worker of the extraction pool reads this at start-up, so its cost is paid once per core.
 */
export function jiebaDictionary(): JiebaDictionary {
  if (cached) return cached;
  const dictPath = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  const text = fs.readFileSync(dictPath, 'utf8');
  const tags = new Map<string, string>();
  const charCounts = new Map<string, number>();
  for (let at = 0; at < text.length; ) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const sp1 = text.indexOf(' ', at);
    if (sp1 > at && sp1 < eol) {
      const word = text.slice(at, sp1);
      const sp2 = text.indexOf(' ', sp1 + 1);
      const tagEnd = text[eol - 1] === '\r' ? eol - 1 : eol;
      if (sp2 > 0 && sp2 < tagEnd) tags.set(word, text.slice(sp2 + 1, tagEnd));
      for (let i = 0; i < word.length; i++) {
        const ch = word[i] as string;
        // Each character once per word: a repeat (哈哈) is counted at its first place only.
        if (word.indexOf(ch) !== i) continue;
        charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
      }
    }
    at = eol + 1;
  }
  cached = { tags, charCounts };
  return cached;
}
