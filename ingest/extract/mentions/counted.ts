// Recognises counted mentions of a named type, which are entities of their own (annotation
// rules): 驻昆24所高校, 16个州（市）, 88个县（市、区）, 480个单位, 22个区县和单位, 18个省辖市.
import { COUNTED_REGION_MODIFIERS, COUNTED_REGION_NOUNS, COUNTED_UNIT_NOUNS } from '../lexicon.ts';
import { NUMBER, parseCount } from '../numbers.ts';
import type { Mention } from './mention.ts';

const longestFirst = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[（）]/g, (c) => `\\${c}`)).join('|');
/** A counted unit's modifier (省属, 二级, 直属) is never a verb: 5个联系省属高校 counts groups, not schools. */
// 14个村（社区）党组织: a gloss may follow the modifier.
const UNIT_NOUN = `(?:(?!联系|负责|指导|督导|走访|深入|分别|前往)[\\u4e00-\\u9fff]){0,4}?(?:（[\\u4e00-\\u9fff、]{1,5}）)?(?:${longestFirst(COUNTED_UNIT_NOUNS)})`;
const REGION_NOUN = `(?:${longestFirst(COUNTED_REGION_MODIFIERS)})?(?:${longestFirst(COUNTED_REGION_NOUNS)})`;
/** 县（市、区）, 州（市）, 市（地）, 村（社区）: a gloss of other kinds of the same level. */
const GLOSS = '(?:（(?:[市区县州旗地盟、]{1,5}|社区|居|街道)）)?';
/** 3个市场, 2个县级: words that only start with a region noun. */
const NOT_REGION_AFTER = '(?![场民长级直域城属委干组庄党])';
// Units first, so that 22个区县和单位 is read whole rather than as 22个区县.
const COUNTED = new RegExp(
  `(驻[\\u4e00-\\u9fff])?(${NUMBER})(?:余|多)?(个|所|家)(?:(${UNIT_NOUN})|(${REGION_NOUN}${GLOSS})${NOT_REGION_AFTER})(?![\\u4e00-\\u9fff]*(?:领导班子|党员|干部|群众|问题))`,
  'g',
);

export function findCounted(sentence: string, docKey: string): Mention[] {
  const out: Mention[] = [];
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(sentence); m; m = COUNTED.exec(sentence)) {
    const noun = m[4] ?? m[5] ?? '';
    // 40余个社区: an approximate number stays in the name. The annotation notes store no count for it,
    // but readers (全区…800余个党支部 as subjects) still tell counted mentions by their count.
    const count = parseCount(m[2] ?? '');
    const type = m[5] ? 'Region' : 'Unit';
    out.push({
      type,
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      name: m[0],
      aliases: [noun],
      key: `${type}:counted:${docKey}:${m[0]}`,
      ...(type === 'Region' ? { level: 'group' as const } : {}),
      ...(count !== undefined ? { count } : {}),
    });
  }
  return out;
}

/**
 * 黄陵矿业、彬长矿业、澄合矿业、韩城矿业、北元化工5家子公司: a counted set of bodies right after a list of as many named
 * ones is those bodies; later 5家子公司党委均成立… means each of them. The last item may be written by a short name
 * without a suffix (北元化工). Returns the counted set's name and its members, for each such set in the sentence.
 */
export function countedMembers(text: string, mentions: readonly Mention[], units: () => Mention[]): Array<[string, Mention[]]> {
  const out: Array<[string, Mention[]]> = [];
  let named: Mention[] | undefined;
  for (const counted of mentions) {
    if (counted.type !== 'Unit' || counted.count === undefined || counted.count < 2 || counted.count > 12) continue;
    if (!text.slice(Math.max(0, counted.start - 60), counted.start).includes('、')) continue;
    named ??= units().filter((u) => u.count === undefined);
    const items: Mention[] = [];
    // 食品学院、…、商学院等5个被巡察学院: 等 before the count closes the list all the same.
    let end = text[counted.start - 1] === '等' ? counted.start - 1 : counted.start;
    for (;;) {
      let item = named.filter((u) => u.end === end).sort((a, b) => a.start - b.start)[0];
      if (!item && items.length === 0) {
        const short = /(?:^|[、，；：])([\u4e00-\u9fff]{2,6})$/.exec(text.slice(Math.max(0, end - 7), end))?.[1];
        if (short && !/[的和与及在到对为等各]/.test(short)) item = { type: 'Unit', start: end - short.length, end, surface: short, name: short, aliases: [], key: `Unit:${short}` };
      }
      if (!item) break;
      items.unshift(item);
      if (!/[、和及]/.test(text[item.start - 1] ?? '')) break;
      end = item.start - 1;
    }
    if (items.length === counted.count) out.push([counted.name, items]);
  }
  return out;
}

/** 被巡察党组织, 各被巡察单位: the bodies a 巡察 (or 巡视) visited, a set the document names one by one as it goes. */
const INSPECTED = /(?:各)?被巡[察视](?:的)?(?:党组织|单位|党委|党组)(?:党组织|党委)?/g;

/** Mentions of the set of bodies inspected so far; the discourse says which bodies they are (Discourse.membersOf). */
export function findInspectedSets(sentence: string, docKey: string): Mention[] {
  return [...sentence.matchAll(INSPECTED)].map((m) => ({
    type: 'Unit' as const,
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
    name: m[0].replace(/^各/, ''),
    aliases: [],
    key: `Unit:inspected:${docKey}`,
    inspectedSet: true,
  }));
}
