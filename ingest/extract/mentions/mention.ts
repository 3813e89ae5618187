// What a recogniser found in a sentence: a typed span and what it names.
import type { EntityType } from '../../../schema/graph.ts';
import type { Division } from '../../gazetteer/divisions.ts';

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'zone' | 'township' | 'village' | 'group';

export interface Mention {
  type: EntityType;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  surface: string;
  name: string;
  aliases: string[];
  /** Identity in the entity store; same key, same node. */
  key: string;
  level?: RegionLevel;
  division?: Division;
  count?: number;
  /** For a region: the region the text writes it under (宜宾市兴文县), when it does. */
  writtenUnder?: Mention;
  /** For a group: its kind (督导组), the owner words before it (市委, 党工委) and a region named in it. */
  groupKind?: string;
  ownerWords?: string;
  ownerRegion?: Mention;
  /** For a group: a unit named right before it that owns it (国家税务总局党委主题教育领导小组). */
  ownerUnit?: Mention;
  /** For a group resolved to its node: the region or unit it belongs to, written or understood. */
  owner?: Mention;
  /** For a unit: the set of bodies inspected so far (被巡察党组织), which the discourse resolves to its members. */
  inspectedSet?: true;
}

export const LEVEL_RANK: Record<RegionLevel, number> = {
  province: 0,
  prefecture: 1,
  county: 2,
  zone: 2.5,
  township: 3,
  village: 4,
  group: 5,
};
