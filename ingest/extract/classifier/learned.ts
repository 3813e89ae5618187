// What the extractor runs after the rules of each clause: the learned LAUNCHED filter over the objects the rules left
// unread, then the measure tagger over names neither of them read.
import type { ClauseView, Found } from '../sentence-view.ts';
import { learnedLaunches } from './launched-filter.ts';
import { taggedLaunches } from './tagged-launches.ts';

export type AfterRules = (c: ClauseView, found: readonly Found[]) => Found[];

/** The learned readers in order, each given what the ones before it found; `tagged` is a fold's tagger in training. */
export function learnedReaders(tagged: AfterRules = taggedLaunches): AfterRules {
  return (c, found) => {
    const kept = learnedLaunches(c, found);
    return [...kept, ...tagged(c, [...found, ...kept])];
  };
}
