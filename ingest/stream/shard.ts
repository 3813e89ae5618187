// `--shard i/N`: which files one of N independent processes takes. By path, so a file that changes stays in its
// shard, and the process that loads its new version is the one that removes the old.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new Error(`--shard must be i/N with 0 <= i < N (e.g. 0/4), got "${text}"`);
  }
  return { index, count };
}

/** Stable across processes and machines: the first 6 bytes of the path's SHA-1. */
export function shardOf(path: string, count: number): number {
  const h = createHash('sha1').update(path).digest();
  return h.readUIntBE(0, 6) % count;
}

export function inShard(path: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(path, shard.count) === shard.index;
}
