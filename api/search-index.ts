// Finds entities by what a user types: Simplified or Traditional characters, an alias, pinyin or pinyin initials.
// Ranked exact > prefix > contained > pinyin, then by degree (the better connected first).
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SearchEntry } from '../graph/read/explore.ts';

export type MatchKind = 'exact' | 'prefix' | 'contained' | 'pinyin';

export interface SearchHit extends SearchEntry {
  match: MatchKind;
  /** The name or alias that matched. */
  matched: string;
  /** For pinyin matches, how many letters of the spelling the query leaves over (0 for other matches). */
  closeness: number;
}

const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, contained: 2, pinyin: 3 };
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

interface Indexed {
  entry: SearchEntry;
  names: string[];
  /** Whole-syllable pinyin of each name without tones or spaces (chongqingshi), and its initials (cqs). */
  spellings: string[];
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s“”"'‘’《》〈〉「」『』()（）[\]【】·]/g, '');

function spell(name: string): string[] {
  if (!/[\u4e00-\u9fff]/.test(name)) return [];
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return [fold(full), fold(initials)];
}

export interface SearchIndex {
  size: number;
  search(query: string, opts?: { limit?: number; types?: string[] }): SearchHit[];
}

export function createSearchIndex(entries: SearchEntry[]): SearchIndex {
  const items: Indexed[] = entries.map((entry) => {
    const names = [...new Set([entry.name, ...entry.aliases].map(fold).filter((n) => n !== ''))];
    return { entry, names, spellings: names.flatMap(spell) };
  });
  return {
    size: items.length,
    search(query, opts = {}) {
      const limit = opts.limit ?? 20;
      const q = fold(toSimplified(query));
      if (q === '') return [];
      const latin = /^[a-z]+$/.test(q);
      const hits: SearchHit[] = [];
      for (const item of items) {
        if (opts.types !== undefined && opts.types.length > 0 && !opts.types.includes(item.entry.type)) continue;
        let best: { kind: MatchKind; name: string } | null = null;
        for (const name of item.names) {
          const kind: MatchKind | null = name === q ? 'exact' : name.startsWith(q) ? 'prefix' : name.includes(q) ? 'contained' : null;
          if (kind !== null && (best === null || RANK[kind] < RANK[best.kind])) best = { kind, name };
        }
        // Pinyin only for Latin input, and only from the start of a name: "cq" should not find every 市.
        let closeness = 0;
        if (best === null && latin && q.length >= 2) {
          const spelled = item.spellings.filter((s) => s.startsWith(q));
          if (spelled.length > 0) {
            best = { kind: 'pinyin', name: item.entry.name };
            // chongqing is closer to chongqingshi than to chongqingshidudaozu: fewer syllables left over rank higher.
            closeness = Math.min(...spelled.map((s) => s.length - q.length));
          }
        }
        if (best !== null) hits.push({ ...item.entry, match: best.kind, matched: best.name, closeness });
      }
      hits.sort((a, b) => RANK[a.match] - RANK[b.match] || a.closeness - b.closeness || b.degree - a.degree || a.name.length - b.name.length || a.name.localeCompare(b.name));
      return hits.slice(0, limit);
    },
  };
}
