// Every extraction rule, in the order they run on each clause.
import { launchedByAgents, launchedByVerb, launchedIntoCampaign, launchedThrough } from './relations/launched.ts';
import { establishedGroup } from './relations/established.ts';
import { partOfWrittenTogether } from './relations/part-of.ts';
import {
  supervisesAtPlace,
  supervisesByVerb,
  supervisesMeetsWith,
  supervisesOnTarget,
  supervisesReportedTo,
  supervisesSentTo,
  supervisesUnderGuidance,
  supervisesVisitedPlace,
} from './relations/supervises.ts';
import { ESTABLISH_VERBS, LAUNCH_VERBS } from './lexicon.ts';
import type { Rule } from './sentence-view.ts';

export const RULES: readonly Rule[] = [
  partOfWrittenTogether,
  establishedGroup,
  supervisesSentTo,
  supervisesByVerb,
  supervisesOnTarget,
  supervisesAtPlace,
  supervisesVisitedPlace,
  supervisesReportedTo,
  supervisesUnderGuidance,
  supervisesMeetsWith,
  launchedByVerb,
  launchedThrough,
  launchedIntoCampaign,
  launchedByAgents,
];

/**
 * Words without which no rule can fire in a clause (apart from PART_OF, which needs two regions):
 * clauses without them skip the rules, which keeps extraction close to the segmenter's speed.
 */
export const TRIGGER = new RegExp(
  [...LAUNCH_VERBS, ESTABLISH_VERBS.source.slice(1, -1), '指导|督导|暗访|检查|督查|调研|走访|深入|前往|来到|走进|赴|到|向|对|通过|以|纳入|由|组|汇报|报告|座谈|交流'].join('|'),
);
