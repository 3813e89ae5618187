// nodejieba, loaded once with a user dictionary of every division name and the domain terms,
// so 黔南布依族苗族自治州 or 巡回指导组 come out as one token.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import nodejieba from 'nodejieba';
import { gazetteer } from '../gazetteer/divisions.ts';
import { DOMAIN_TERMS } from './domain-terms.ts';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let loaded = false;

export function userDictionaryLines(): string[] {
  const lines = new Set<string>();
  for (const d of gazetteer().all) {
    lines.add(`${d.name} 50000 ns`);
    // Short forms of counties (资源, 新建) are ordinary words too often to be given to the segmenter.
    if (d.level !== 'county') for (const s of d.shortForms) lines.add(`${s} 20000 ns`);
  }
  for (const [word, tag] of DOMAIN_TERMS) lines.add(`${word} 30000 ${tag}`);
  return [...lines];
}

function ensureLoaded(): void {
  if (loaded) return;
  const content = userDictionaryLines().join('\n') + '\n';
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 12);
  const file = path.join(os.tmpdir(), `kg-user-dict-${hash}.utf8`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  }
  nodejieba.load({ userDict: file });
  loaded = true;
}

/** Tokens with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  ensureLoaded();
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const at = text.indexOf(word, pos);
    const start = at < 0 ? pos : at;
    out.push({ word, tag, start, end: start + word.length });
    pos = start + word.length;
  }
  return out;
}
