// Recognises groups by their kind (指导组, 督导组, 工作专班 …) with the owner written before them:
// 省委指导组, 万盛经开区党工委督导组, 天津市委主题教育办公室, 6个督导组, 巡回指导组1225个.
import { CAMPAIGN_IN_GROUP_NAME, GROUP_KINDS, GROUP_OWNER_WORDS } from '../lexicon.ts';
import { NUMBER, parseCount } from '../numbers.ts';
import { insideQuotes, quotedRanges } from '../text-units.ts';
import type { Mention } from './mention.ts';

const KIND = new RegExp(GROUP_KINDS.join('|'), 'g');
const COUNT_BEFORE = new RegExp(`(${NUMBER})个$`);
const COUNT_AFTER = new RegExp(`^(${NUMBER})个`);

export function findGroups(sentence: string, regions: Mention[]): Mention[] {
  const quotes = quotedRanges(sentence);
  const out: Mention[] = [];
  KIND.lastIndex = 0;
  for (let m = KIND.exec(sentence); m; m = KIND.exec(sentence)) {
    // A group named inside a title (《…省委指导组组建方案》) is part of that title, not a mention.
    if (insideQuotes(quotes, m.index)) continue;
    const base = m[0];
    // Wide enough for the campaign's full name between an owner and the kind (龙岩市学习贯彻…主题教育第三巡回督导组).
    const window = sentence.slice(Math.max(0, m.index - 48), m.index);
    // 县委4个巡察组: a count between the owner and the kind; the owner is read before it, and the count kept.
    const between = COUNT_BEFORE.exec(window);
    const gap = between && /(?:委|政府|党组)$/.test(window.slice(0, -between[0].length)) ? between[0].length : 0;
    const before = window.slice(0, window.length - gap);
    const words = GROUP_OWNER_WORDS.exec(before);
    // A topic right before the kind is part of the kind (整改督查组, 医疗领域巡察整改督导专班), so that a
    // later 督导专班 or 督查组 finds it; before a number it stays with the owner (省委高校第二巡回指导组).
    const topicInKind = words?.groups?.['number'] || gap ? '' : (words?.groups?.['topic'] ?? '');
    const kind = topicInKind + base;
    let ownerWords = (words?.[0] ?? '').slice(0, (words?.[0].length ?? 0) - topicInKind.length);
    let start = m.index - gap - topicInKind.length - ownerWords.length;
    // 湖南省委督导组: the region's own 省 may be read as part of 省委; the region comes first.
    const ownerRegion = regions.find((r) => r.type === 'Region' && r.end >= start && r.end <= m.index - topicInKind.length && r.start < start + 1);
    if (ownerRegion) {
      ownerWords = sentence.slice(ownerRegion.end, m.index - topicInKind.length);
      start = ownerRegion.start;
    } else if (/^党委/.test(ownerWords) && sentence.slice(start - 3, start) === '自治区') {
      // 自治区党委第二巡回督导组: 自治区 is the owner's region as 省 is in 省委; the region comes from context.
      start -= 3;
    } else if (ownerWords.startsWith('委')) {
      // A bare 委 belongs to a region written before it; without one it is no owner.
      ownerWords = ownerWords.slice(1);
      start++;
    }
    // The group is named without the campaign's full name; the surface, with it, stays an alias.
    ownerWords = ownerWords.replace(CAMPAIGN_IN_GROUP_NAME, '');
    const end = m.index + base.length;
    const surface = sentence.slice(start, end);
    const countText = (gap ? between?.[1] : undefined) ?? COUNT_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[1] ?? COUNT_AFTER.exec(sentence.slice(end))?.[1];
    const count = countText ? parseCount(countText) : undefined;
    out.push({
      type: 'Group',
      start,
      end,
      surface,
      name: surface,
      aliases: [...new Set([kind, base])].filter((a) => a !== surface),
      key: '',
      groupKind: kind,
      ownerWords,
      ...(ownerRegion ? { ownerRegion } : {}),
      ...(count !== undefined ? { count } : {}),
    });
  }
  // …组成5个巡回督导组…：第一组联系市委办公室…；第二组联系…: the groups of a set, each named by its number alone.
  for (const m of sentence.matchAll(NUMBERED_ALONE)) {
    const start = m.index + (m[1]?.length ?? 0);
    const name = m[2] ?? '';
    if (insideQuotes(quotes, start) || out.some((g) => g.start < start + name.length && g.end > start)) continue;
    out.push({ type: 'Group', start, end: start + name.length, surface: name, name, aliases: [], key: '', groupKind: name, ownerWords: '' });
  }
  // 组建10个巡回指导组。…10个组已全部进驻: a counted set named again by its count and 组 alone.
  for (const m of sentence.matchAll(COUNTED_ALONE)) {
    const start = m.index + (m[1]?.length ?? 0);
    const surface = m[2] ?? '';
    const count = parseCount(m[3] ?? '');
    if (count === undefined || insideQuotes(quotes, start) || out.some((g) => g.start < start + surface.length && g.end > start)) continue;
    out.push({ type: 'Group', start, end: start + surface.length, surface, name: surface, aliases: [], key: '', groupKind: '组', ownerWords: '', count });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 10个组 opening a clause and acting (进驻, 深入, 分赴): the counted set of groups named before. */
const COUNTED_ALONE = new RegExp(`(^|[：:；;，,。])((${NUMBER})个组)(?=已|全部|均|分别|先后|深入|进驻|到|赴|分赴|前往|走进|对|围绕|采取)`, 'g');

/** 第一组 opening a clause of a list and acting (联系, 负责, 到): one of the groups the sentence or the text formed. */
const NUMBERED_ALONE = /(^|[：:；;，,。])(第[一二三四五六七八九十]+组)(?=联系|负责|到|赴|深入|走进|督导|进驻|分赴|前往)/g;

/** Between a unit and a group it owns: the rest of its name the unit reader left (公司), and its committee. */
const UNIT_END_BEFORE = /(?:[局委厅部院校司团署会办馆所行处室场厂田化业]|党委|党组|党工委)$/;
const UNIT_TO_GROUP = /^(?:公司|集团公司|有限公司)?(?:党委|党组|党工委)?$/;

/**
 * 中国石化集团公司党组主题教育领导小组组建15个巡回指导组: a group written right after a unit's name (and its
 * committee) is that unit's, named with it, as a region's is (市委主题教育领导小组).
 */
export function withUnitOwners(groups: Mention[], sentence: string, units: () => Mention[]): Mention[] {
  // Units are looked for only where a name could end right before the group (a hot path).
  // 邵阳市纪委监委第三督导组: the group's number may stand between the unit and the kind.
  const owned = (g: Mention) => !g.ownerRegion && /^(?:党委|党组|党工委)?(?:第[一二三四五六七八九十百\d]+)?$/.test(g.ownerWords ?? '') && UNIT_END_BEFORE.test(sentence.slice(Math.max(0, g.start - 4), g.start));
  if (!groups.some(owned)) return groups;
  return groups.map((g) => {
    if (!owned(g)) return g;
    const unit = units().find((u) => u.end <= g.start && UNIT_TO_GROUP.test(sentence.slice(u.end, g.start)));
    if (!unit) return g;
    const kind = g.groupKind ?? '';
    const surface = sentence.slice(unit.start, g.end);
    return { ...g, start: unit.start, surface, name: surface, ownerWords: sentence.slice(unit.start, g.end - kind.length).replace(CAMPAIGN_IN_GROUP_NAME, ''), ownerUnit: unit, aliases: [...new Set([g.surface, ...g.aliases])] };
  });
}
