// The set of document ids an ingest keeps to its end: the same answers as a Set of strings, in 64-bit slots.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../ingest/read/load-document.ts';
import { IdSet } from '../../ingest/stream/id-set.ts';

describe('IdSet', () => {
  it('answers as a Set of strings does, across many growths, for content hashes and any other id', () => {
    const ids = new IdSet();
    const reference = new Set<string>();
    const hashes = Array.from({ length: 20_000 }, (_, i) => contentHash(Buffer.from(`报告${i}`)));
    const odd = ['0000000000000000', 'ABCDEF0123456789', 'short', ''];
    for (const id of [...hashes.filter((_, i) => i % 2 === 0), ...odd]) {
      ids.add(id);
      reference.add(id);
    }
    // Added again: no second entry.
    ids.add(hashes[0] as string);
    expect(ids.size).toBe(reference.size);
    for (const id of [...hashes, ...odd, 'ffffffffffffffff']) expect(ids.has(id)).toBe(reference.has(id));
  });

  it('tells apart ids that share their low bits', () => {
    const ids = new IdSet();
    const base = createHash('sha256').update('x').digest().toString('hex', 0, 8);
    const sameLow = `${(parseInt(base.slice(0, 4), 16) ^ 0x1).toString(16).padStart(4, '0')}${base.slice(4)}`;
    ids.add(base);
    expect(ids.has(base)).toBe(true);
    expect(ids.has(sameLow)).toBe(false);
    ids.add(sameLow);
    expect(ids.has(sameLow)).toBe(true);
    expect(ids.size).toBe(2);
  });
});
