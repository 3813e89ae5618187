// Everything the rules read about one sentence and one clause of it, and what they return.
import type { RelationType } from '../../schema/graph.ts';
import type { Token } from '../segment/segmenter.ts';
import type { Mention } from './mentions/mention.ts';

export interface SentenceView {
  text: string;
  /** Offset of the sentence in the document's normalised text. */
  start: number;
  tokens: Token[];
  /** Regions, counted mentions and groups, by start. */
  mentions: Mention[];
}

export interface ClauseView {
  sentence: SentenceView;
  /** Sentence-relative span of the clause. */
  start: number;
  end: number;
  text: string;
  /** Who the clause is about: explicit, inherited or resolved from 当地/市委 …; empty when generic. */
  subjects: Mention[];
  /** Where the subject ends in the clause (0 when inherited). */
  subjectEnd: number;
  /** True when the subject was written as a generic (各地, 各单位): it names no entity. */
  genericSubject: string | undefined;
  /** Resolves a group mention to its node, given who forms it (undefined: look back). */
  group(m: Mention, formedBy?: Mention | string): Mention;
  /** The region this clause is in, for groups whose owner is not written. */
  topic: Mention | undefined;
  /** The place an earlier clause of the sentence put us in (在贵州省委党校，…; 来到遵义市，…). */
  location: Mention | undefined;
  /**
   * The unit a reference written at `at` in the sentence (该院, 该集团, 学校) means, with the reference's
   * length: the latest unit named before it that the word can mean.
   */
  unitReferredAt(at: number): { unit: Mention; length: number } | undefined;
  /** The region a self-reference (县里, 该市, 镇党委) means at this clause, as a subject written so would be read. */
  regionReferredTo(word: string): Mention | undefined;
  /** Groups named in the sentence's earlier clauses: 组建8个巡回指导组，对88个县开展巡回指导. */
  earlierGroups: Mention[];
  /** What the rules found in the sentence's earlier clauses: 建立三项机制：一是…机制 reads its items after the whole. */
  earlierFindings: readonly Found[];
  /** A clause with no verb after a visit (…先后来到夷陵区，深入小溪塔街道、乐天溪镇，秭归县茅坪镇): the list going on. */
  listOnly?: boolean;
}

export interface Found {
  type: RelationType;
  source: Mention;
  target: Mention;
  count?: number;
  rule: string;
}

export interface Rule {
  name: string;
  relation: RelationType;
  /** The sentence the rule was written for. */
  example: string;
  apply(clause: ClauseView): Found[];
}

export function mentionsIn(s: SentenceView, from: number, to: number): Mention[] {
  return s.mentions.filter((m) => m.start >= from && m.end <= to);
}
