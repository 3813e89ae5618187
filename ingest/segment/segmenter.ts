// nodejieba, loaded once with a user dictionary of every division name and the domain terms,
// so 黔南布依族苗族自治州 or 巡回指导组 come out as one token. Words are cut by nodejieba and
// tagged from the same dictionaries nodejieba.tag reads, the same way it does, which is
// several times cheaper than asking it to tag.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import nodejieba from 'nodejieba';
import { gazetteer } from '../gazetteer/divisions.ts';
import { DOMAIN_TERMS } from './domain-terms.ts';
import { jiebaDictionary } from './jieba-dictionary.ts';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let tags: Map<string, string> | undefined;

export function userDictionaryLines(): string[] {
  const lines = new Set<string>();
  for (const d of gazetteer().all) {
    lines.add(`${d.name} 50000 ns`);
    // Short forms of counties (资源, 新建) are ordinary words too often to be given to the segmenter.
    // Those that keep their 区 or 县 (管城区) are not.
    for (const s of d.shortForms) if (d.level !== 'county' || /[县区旗]$/.test(s)) lines.add(`${s} 20000 ns`);
  }
  for (const [word, tag] of DOMAIN_TERMS) lines.add(`${word} 30000 ${tag}`);
  return [...lines];
}

/** A file of `content` in the temporary folder, named by its hash: written once, shared by every thread and run. */
function dictionaryFile(kind: string, content: string): string {
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 12);
  const file = path.join(os.tmpdir(), `kg-${kind}-${hash}.utf8`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  }
  return file;
}

function ensureLoaded(): Map<string, string> {
  if (tags) return tags;
  const lines = userDictionaryLines();
  // Only cut is used: keyword extraction's idf table (6 MB of text, about 25 MiB loaded in every thread) and stop
  // words are given one line each, which is all cppjieba asks of them. Cutting reads neither.
  nodejieba.load({
    userDict: dictionaryFile('user-dict', lines.join('\n') + '\n'),
    idfDict: dictionaryFile('unused-idf', '的 1.0\n'),
    stopWordDict: dictionaryFile('unused-stop-words', '的\n'),
  });
  // User words are inserted after the main dictionary, so their tag wins, as in cppjieba's trie. Into the dictionary's
  // own map, not a copy: only this tagger reads it, and a copy of 350k words costs each worker a quarter second.
  tags = jiebaDictionary().tags;
  for (const line of lines) {
    const [word, , tag] = line.split(' ');
    if (word && tag) tags.set(word, tag);
  }
  return tags;
}

/** cppjieba's PosTagger for a word no dictionary tags: x, or m for digits, eng for other ASCII. */
function specialTag(word: string): string {
  let ascii = 0;
  let digits = 0;
  // Integer halving, as in cppjieba: a one-character word is never inspected and stays x.
  for (let i = 0; i < word.length && ascii < Math.floor(word.length / 2); i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      ascii++;
      if (c >= 48 && c <= 57) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/**
 * Tags of the words seen so far, a small table in front of the dictionary's 350,000 entries: the
 * few thousand words a corpus repeats are looked up where the processor's cache has them.
 */
const seenTags = new Map<string, string>();
const SEEN_LIMIT = 50_000;

function tagOf(dict: Map<string, string>, word: string): string {
  const seen = seenTags.get(word);
  if (seen !== undefined) return seen;
  const tag = dict.get(word) ?? specialTag(word);
  if (seenTags.size < SEEN_LIMIT) seenTags.set(word, tag);
  return tag;
}

/** A body's or place's last character, then only function words: 委则把, 局还将. */
const GLUED_SUFFIX = /^[委局厅部办院省市县区镇乡村司处所站队校][则把将还也又已并对在就便均]{1,3}$/;

/** Tokens with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  const dict = ensureLoaded();
  const out: Token[] = [];
  let pos = 0;
  // The second argument turns on the HMM for unknown words, as nodejieba.tag segments.
  for (const word of nodejieba.cut(text, true)) {
    const tag = tagOf(dict, word);
    // Words come back in order and cover the text; look further only if one did not (a dropped space).
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    const start = at < 0 ? pos : at;
    // 国家卫生健康/委则把: the HMM may glue a body's last character to the function words after it.
    if (tag === 'x' && GLUED_SUFFIX.test(word)) {
      out.push({ word: word[0] as string, tag: 'n', start, end: start + 1 });
      out.push({ word: word.slice(1), tag: tagOf(dict, word.slice(1)), start: start + 1, end: start + word.length });
    } else {
      out.push({ word, tag, start, end: start + word.length });
    }
    pos = start + word.length;
  }
  return out;
}
