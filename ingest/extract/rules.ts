// Every extraction rule, in the order they run on each clause.
import { launchedByAgents, launchedByVerb, launchedIntoCampaign, launchedThrough } from './relations/launched.ts';
import { establishedGroup } from './relations/established.ts';
import { partOfWrittenTogether } from './relations/part-of.ts';
import { supervisesByVerb, supervisesOnTarget, supervisesSentTo } from './relations/supervises.ts';
import type { Rule } from './sentence-view.ts';

export const RULES: readonly Rule[] = [
  partOfWrittenTogether,
  establishedGroup,
  supervisesSentTo,
  supervisesByVerb,
  supervisesOnTarget,
  launchedByVerb,
  launchedThrough,
  launchedIntoCampaign,
  launchedByAgents,
];
