// The segmenter tags words from nodejieba's dictionaries itself; it must agree with nodejieba.tag.
import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../ingest/read/load-document.ts';
import { tokenize } from '../../ingest/segment/segmenter.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');

describe('tokenize', () => {
  it('gives the same words and parts of speech as nodejieba.tag on every line of the seeds', () => {
    let compared = 0;
    for (const f of fs.readdirSync(seeds)) {
      const { doc } = loadDocument(f, fs.readFileSync(path.join(seeds, f)));
      for (const line of doc.text.split('\n')) {
        const ours = tokenize(line).map((t) => `${t.word}/${t.tag}`);
        expect(ours).toEqual(nodejieba.tag(line).map((t) => `${t.word}/${t.tag}`));
        compared += ours.length;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('keeps division names and domain terms whole, with offsets into the text', () => {
    const text = '万盛经开区党工委督导组指导黔南布依族苗族自治州';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toContain('督导组');
    expect(tokens.map((t) => t.word)).toContain('黔南布依族苗族自治州');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('tags numbers the way cppjieba does: one digit x, a decimal m, letters eng', () => {
    const tags = new Map(tokenize('共9个，8.8万名，APP').map((t) => [t.word, t.tag]));
    expect(tags.get('9')).toBe(nodejieba.tag('9')[0]?.tag);
    expect(tags.get('8.8')).toBe('m');
    expect(tags.get('APP')).toBe('eng');
  });
});
