// Every extraction rule, in the order they run on each clause.
import {
  launchedByAgents,
  launchedByVerb,
  launchedCountedProject,
  launchedTimeSetAside,
  launchedEnumeratedItem,
  launchedIncludedItem,
  launchedInRelativeClause,
  launchedIntoCampaign,
  launchedMadeInto,
  launchedThrough,
  PROJECT_VERB,
} from './relations/launched.ts';
import { establishedGroup } from './relations/established.ts';
import { partOfListedUnder, partOfWrittenTogether } from './relations/part-of.ts';
import {
  supervisesAtPlace,
  supervisesByVerb,
  supervisesCountedPart,
  supervisesListContinued,
  supervisesMeetsWith,
  supervisesOnTarget,
  supervisesRelativeClause,
  supervisesReportedTo,
  supervisesResponsibleFor,
  supervisesSentTo,
  supervisesUnderGuidance,
  supervisesVisitedPlace,
} from './relations/supervises.ts';
import type { RelationType } from '../../schema/graph.ts';
import { ESTABLISH_VERBS, HEADS, LAUNCH_VERBS, SUPERVISE_VERBS, SUPERVISION_ACTS } from './lexicon.ts';
import type { ClauseView, Rule } from './sentence-view.ts';
import { BEAT } from './measures.ts';

export const RULES: readonly Rule[] = [
  partOfWrittenTogether,
  partOfListedUnder,
  establishedGroup,
  supervisesSentTo,
  supervisesByVerb,
  supervisesOnTarget,
  supervisesAtPlace,
  supervisesVisitedPlace,
  supervisesReportedTo,
  supervisesUnderGuidance,
  supervisesMeetsWith,
  supervisesResponsibleFor,
  supervisesCountedPart,
  supervisesRelativeClause,
  supervisesListContinued,
  launchedByVerb,
  launchedThrough,
  launchedCountedProject,
  launchedTimeSetAside,
  launchedIntoCampaign,
  launchedMadeInto,
  launchedInRelativeClause,
  launchedByAgents,
  launchedEnumeratedItem,
  launchedIncludedItem,
];

/**
 * A head noun or a quote: without one a clause names no measure (isMeasureName needs one), unless it counts a project
 * (改造旅游公厕4座) or keeps a rhythm (实行月调度、季通报).
 */
const MEASURE_CUE = new RegExp(`${HEADS.join('|')}|“|《|${PROJECT_VERB}|${BEAT}`);

/**
 * What a clause must have for a rule of each relation to find anything, tested before the rule
 * runs: most clauses have no group and many no measure's head, and the rules need not look.
 */
export const PRECONDITION: Record<RelationType, (c: ClauseView) => boolean> = {
  LAUNCHED: (c) => MEASURE_CUE.test(c.text),
  SUPERVISES: (c) => c.earlierGroups.length > 0 || c.subjects.some((m) => m.type === 'Group') || c.sentence.mentions.some((m) => m.type === 'Group'),
  ESTABLISHED: () => true,
  PART_OF: () => true,
};

/**
 * Words without which no rule can fire in a clause (apart from PART_OF, which needs two regions):
 * clauses without them skip the rules, which keeps extraction close to the segmenter's speed.
 */
export const TRIGGER = new RegExp(
  [
    ...LAUNCH_VERBS,
    ESTABLISH_VERBS.source.slice(1, -1),
    SUPERVISE_VERBS.source.slice(4, -1),
    SUPERVISION_ACTS.source.slice(3, -1),
    // The other words the rules start from: 向X派出, 对X进行, 通过“…”, 纳入, 由X牵头, a group's name, 汇报, 座谈, 负责,
    // an enumerated item (一是…), the items a counted whole includes (其中包括…), a project counted after its work.
    PROJECT_VERB,
    '向|对|通过|以|纳入|作为|列入|写进|写入|列为|做成|定为|设为|[周月]为|由|组|汇报|报告|座谈|交流|负责|^[一二三四五六七八九十]是|^其[一二三四五六七八九十]|^第[一二三四五六七八九十]|^其中|^包括|^分别是|^主要有',
  ].join('|'),
);
