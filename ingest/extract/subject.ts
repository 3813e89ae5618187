// Who a clause is about: mentions at its start (coordinated, chained), a self-reference such as
// 当地 or 市委 resolved to the region in context, a group's work standing for the group (督查在…),
// a generic subject (各地), or nothing (inherit).
import { ancestors, isWithin, type Division } from '../gazetteer/divisions.ts';
import { GENERIC_SUBJECT, GROUP_ACTIVITY_SUBJECT, SELF_REFERENCE, UNIT_REFERENCES, UNIT_SUFFIXES } from './lexicon.ts';
import { divisionMention } from './mentions/regions.ts';
import { readSiblingUnit, readUnitAt, unit } from './mentions/units.ts';
import type { Mention } from './mentions/mention.ts';
import type { SentenceView } from './sentence-view.ts';

/** Words before a subject that say when, how or where it stands (位于焦作市的河南理工大学), or that it answers (答：): not the subject. */
// ——德源街道实行…: a list item's dash or bullet opens no subject of its own.
const LEAD = /^(?:——|—|●|■|◆|·|答[：:]|而|则|还|也|又|同时|此外|另外|其中|与此同时|因此|为此|目前|近日|近期|随后|此前|这是|这也是|位于[^，。的]{2,12}的)*/;
const COORD = /^(?:、|和|及|与|以及)/;

export type SubjectReading =
  | { kind: 'explicit'; subjects: Mention[]; end: number }
  | { kind: 'location'; place: Mention }
  | { kind: 'self'; word: string; end: number }
  | { kind: 'unit'; ends: readonly RegExp[]; end: number; orNone?: boolean; abbreviation?: string; committee?: boolean }
  | { kind: 'activity'; end: number }
  | { kind: 'frame' }
  | { kind: 'generic'; words: string; end?: number }
  | { kind: 'none' };

/** The mention read at `at`: the longest of a unit name or a recognised mention, chains followed. */
/** The count written before a counted group's name (4个, 十二个). */
const COUNT_WORD = /^(?:[\d]+|[一二三四五六七八九十两]+)个$/;

function readAt(s: SentenceView, at: number, clauseEnd: number): Mention | undefined {
  // 4个巡察组向…反馈: a group counted before its name is read from its count.
  const m = s.mentions.find((x) => x.start === at) ?? s.mentions.find((x) => x.type === 'Group' && x.count !== undefined && COUNT_WORD.test(s.text.slice(at, x.start)));
  const unit = readUnitAt(s.text, s.tokens, at);
  let chosen = unit && unit.end <= clauseEnd && (!m || unit.end > m.end) ? unit : m;
  while (chosen && chosen.type === 'Region') {
    const end: number = chosen.end;
    const next = s.mentions.find((x) => x.start === end && x.type === 'Region' && x.level !== 'group');
    const longerUnit = readUnitAt(s.text, s.tokens, chosen.start);
    if (longerUnit && longerUnit.end > chosen.end && longerUnit.end <= clauseEnd) return longerUnit;
    if (!next) break;
    chosen = next;
  }
  return chosen;
}

/** A body's short name, then its committee (中国一汽党委): an abbreviation of a body named before in full. */
const ABBREVIATED_UNIT = /^(?![各全该本每])([\u4e00-\u9fff]{2,6}?)(?:党委|党组)(?!书记|副书记|成员|委员)/;
/** 各子企业党委, 各学院党委: every body of a kind, which names no one. */
const EACH_BODY = /^各[\u4e00-\u9fff]{1,6}?(?:党委|党组|党组织|党总支)/;
/** Commissions and departments named by their head alone, then their committee: 国资委党委, 卫健委党组, 教育厅党组. */
const BARE_UNIT = new RegExp(`^(${UNIT_SUFFIXES.filter((x) => x.length >= 3 && /[委厅局部署]$/.test(x)).join('|')})(?:党委|党组)`);

export function readSubject(s: SentenceView, start: number, end: number): SubjectReading {
  const text = s.text.slice(start, end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  const generic = GENERIC_SUBJECT.exec(body);
  if (generic) return { kind: 'generic', words: /^[\u4e00-\u9fff]*?(?:党委|政府)?(?=选派|派出|组建|成立|[^\u4e00-\u9fff]|$)/.exec(body)?.[0] ?? generic[0] };
  // …第一巡察组进驻埇桥区，对区农业农村局、区水利局和符离镇开展“回头看”: what 对 opens is acted on, never the subject.
  if (/^对(?!口|此|于)/.test(body)) return { kind: 'none' };
  // 在X， and 来到X， set the scene for the clauses after them.
  const scene = /^(?:在|来到|走进)/.exec(body)?.[0];
  if (scene) {
    const place = readAt(s, start + lead + scene.length, end);
    if (place && end - place.end <= 1 && place.type !== 'Group') return { kind: 'location', place };
    // 在教育领域，…: a frame that names no one starts over from whom the paragraph is about.
    if (scene === '在' && !place && !/[的中下]$/.test(body)) return { kind: 'frame' };
  }
  // 由省委办公厅、省政府办公厅牵头，…组成督查组: the ones 由 names lead what follows.
  if (body.startsWith('由')) {
    const led = readLed(s, start + lead + 1, end);
    if (led) return { kind: 'explicit', subjects: led.subjects, end: led.end - start };
  }
  // 负责联系广东片区的第七巡回指导组，…先后到…: a group named after what it is charged with is the subject.
  const charged = CHARGED_WITH.exec(body)?.[0].length;
  const chargedGroup = charged ? readCoordinated(s, start + lead + charged, end) : undefined;
  if (chargedGroup?.subjects.every((m) => m.type === 'Group')) return { kind: 'explicit', subjects: chargedGroup.subjects, end: chargedGroup.end - start };
  const read = readCoordinated(s, start + lead, end);
  // 赣州市于都县由县纪委监委牵头组建…: the ones 由 names after the region lead what follows, beside it.
  const ledAfter = read && s.text[read.end] === '由' ? readLed(s, read.end + 1, end) : undefined;
  if (read && ledAfter) return { kind: 'explicit', subjects: [...read.subjects, ...ledAfter.subjects], end: ledAfter.end - start };
  // 攀钢/v 集团出台…, 高速/d 运营/vn 集团针对…: a company opening the clause, however its name's words were tagged.
  const company = read ? null : COMPANY_OPENING.exec(body);
  if (company?.[1] && !NOT_A_COMPANY_NAME.test(company[1])) {
    return { kind: 'explicit', subjects: [unit(company[1], start + lead)], end: lead + company[1].length };
  }
  // 第四指导组与河南省教育厅、省市场监管局座谈: a group "with" bodies meets them; they are not its fellow subjects.
  const leadingGroups = read ? read.subjects.findIndex((m) => m.type !== 'Group') : -1;
  if (read && leadingGroups > 0 && /^(?:与|同|和)/.test(s.text.slice(read.subjects[leadingGroups - 1]?.end ?? 0))) {
    const groups = read.subjects.slice(0, leadingGroups);
    return { kind: 'explicit', subjects: groups, end: (groups[groups.length - 1]?.end ?? start) - start };
  }
  if (read) {
    // 柳州市工人医院党委研究制定…: a unit's own committee acts for it, and is part of the subject.
    const committee = read.subjects.every((m) => m.type === 'Unit') ? (/^(?:党委|党组|党工委|党总支)/.exec(s.text.slice(read.end, end))?.[0].length ?? 0) : 0;
    const pos = read.end + committee;
    const etc = /^等(?:地|地方|单位)?/.exec(s.text.slice(pos, end));
    // 第二巡回指导组的3名成员走访…: a group's members act as the group.
    const members = read.subjects.every((m) => m.type === 'Group') ? (GROUP_MEMBERS.exec(s.text.slice(pos, end))?.[0].length ?? 0) : 0;
    return { kind: 'explicit', subjects: read.subjects, end: pos - start + (etc?.[0].length ?? 0) + members };
  }
  for (const [word, ends] of UNIT_REFERENCES) {
    const ref = word.exec(body);
    if (ref) return { kind: 'unit', ends, end: lead + ref[0].length, ...(/党组|党委/.test(ref[0]) ? { committee: true } : {}) };
  }
  // 国资委党委还印发…, after 国务院国资委党委组建…: a body's own name without the prefix it was first written with.
  const bare = BARE_UNIT.exec(body);
  if (bare?.[1]) return { kind: 'unit', ends: [new RegExp(`${bare[1]}$`)], end: lead + bare[0].length };
  const self = SELF_REFERENCE.exec(body);
  // 中国一汽党委, 湖北交投集团党委: a body named before by its full name, now by an abbreviation of it (its characters
  // in order); when no body named before fits, the clause reads as if it named no one.
  const each = self ? null : EACH_BODY.exec(body);
  if (each) return { kind: 'generic', words: each[0], end: lead + each[0].length };
  const abbr = self ? null : ABBREVIATED_UNIT.exec(body);
  if (abbr?.[1] && !UNIT_SUFFIXES.includes(abbr[1] as (typeof UNIT_SUFFIXES)[number])) {
    return { kind: 'unit', ends: [new RegExp(`^${[...abbr[1]].join('.*')}`)], end: lead + abbr[0].length, orNone: true, abbreviation: abbr[1] };
  }
  if (self) {
    // 全区28个党（工）委、800余个党支部: a scope word before counted bodies names only them.
    const counted = /^全/.test(self[0]) ? readCoordinated(s, start + lead + self[0].length, end) : undefined;
    if (counted?.subjects.every((m) => m.count !== undefined)) return { kind: 'explicit', subjects: counted.subjects, end: counted.end - start };
    // 全区各单位已检视问题…，建立台账: every body of the district, which names no one (the seed's gold, 000).
    const each = /^全/.test(self[0]) ? /^各(?:单位|部门)/.exec(body.slice(self[0].length)) : null;
    if (each) return { kind: 'generic', words: self[0] + each[0] };
    return { kind: 'self', word: self[0], end: lead + self[0].length };
  }
  const activity = GROUP_ACTIVITY_SUBJECT.exec(body);
  if (activity) return { kind: 'activity', end: lead + activity[0].length };
  return { kind: 'none' };
}

/** The ones 由 names, when a verb of leading follows them: 由省委办公厅、省政府办公厅牵头. */
function readLed(s: SentenceView, at: number, end: number): { subjects: Mention[]; end: number } | undefined {
  const led = readCoordinated(s, at, end);
  const verb = led && /^(?:牵头|负责|统筹|组织|会同)/.exec(s.text.slice(led.end, end));
  return led && verb ? { subjects: led.subjects, end: led.end + verb[0].length } : undefined;
}

/** A company's name at a clause's opening, up to its suffix, before what it does. */
const COMPANY_OPENING = /^([\u4e00-\u9fff]{2,6}?(?:集团|公司|股份))(?:党委|党组)?(?=针对|围绕|结合|出台|制定|推行|建立|开展|推出|实施|启动|组建|成立|设立|印发|在|对|将|把|还|也|则|率先|同步)/;
/** Words that open a clause as its verb or frame, not a company's name: 推动集团…, 督促公司…. */
const NOT_A_COMPANY_NAME = /^(?:推动|组织|督促|要求|指导|协调|帮助|支持|引导|带领|依托|围绕|结合|针对|通过|对|在|把|将|由|为|各|全|该|子|分|下属|所属|二级|其他|有关|相关)/;

/** What a group is charged with, written before it as its attribute: 负责联系上述部门的. */
const CHARGED_WITH = /^(?:负责|分片|对口)?(?:联系|指导|督导|督促|联络)[^，。；的]{1,24}的/;

/** Who of a group is written acting for it: 的3名成员, 的组长, 成员们. */
const GROUP_MEMBERS = /^(?:(?:的(?:[一二三四五六七八九十两几\d]+名)?|[一二三四五六七八九十两几\d]+名)(?:全体)?(?:成员|组员|同志|负责同志|组长|副组长|工作人员)们?|(?:组长|副组长)(?=在|到|来到|深入|走访|先后|一行|带队))/;

/** Mentions written at `at` and coordinated with it (重庆、四川、云南), up to where they end. */
export function readCoordinated(s: SentenceView, at: number, end: number): { subjects: Mention[]; end: number } | undefined {
  const first = readAt(s, at, end);
  if (!first) return undefined;
  const subjects = [first];
  let pos = first.end;
  for (;;) {
    // 贵州省88个县（市、区）、55所高等学校: a region followed by its counted parts names them all.
    const counted = s.mentions.find((x) => x.start === pos && x.level === 'group');
    if (counted) {
      subjects.push(counted);
      pos = counted.end;
      continue;
    }
    const sep = COORD.exec(s.text.slice(pos, end));
    if (!sep) break;
    const last = subjects[subjects.length - 1];
    // 中车长春…有限公司、中车唐山机车车辆有限公司: a listed unit named up to the suffix of the one before it.
    const next = readAt(s, pos + sep[0].length, end) ?? (last?.type === 'Unit' ? readSiblingUnit(s.text, s.tokens, pos + sep[0].length, last) : undefined);
    if (!next) break;
    subjects.push(next);
    pos = next.end;
  }
  return { subjects, end: pos };
}

/** The level a self-reference names: 市委 a city, 县里 a county, 镇党委 a town, 社区党委 a community. */
function wantedLevel(word: string): 'province' | 'city' | 'prefecture' | 'county' | 'township' | 'village' | undefined {
  if (/^(?:我|该|全)?(?:省|自治区)|^省/.test(word)) return 'province';
  if (/^(?:我|该|全)?[州盟]/.test(word)) return 'prefecture';
  if (/^(?:我|该|全)?市|^市/.test(word)) return 'city';
  if (/^(?:我|该|全)?[县区旗]/.test(word)) return 'county';
  if (/^(?:该)?(?:镇|乡|街道)/.test(word)) return 'township';
  if (/^(?:村|社区)/.test(word)) return 'village';
  return undefined;
}

const isCity = (d: Division): boolean => d.level === 'prefecture' || d.name.endsWith('市');

/**
 * The region a self-reference means: 市委 in a district's paragraph is the district's city; in a
 * province's, the city the text named last (安徽省…合肥…市委制定… → 合肥市). `recent` holds the
 * regions named so far, latest first.
 */
export function resolveSelf(word: string, topic: Mention | undefined, recent: readonly Mention[] = [], documentCity?: Division): Mention | undefined {
  const want = wantedLevel(word);
  const d = topic?.division;
  const chain = d ? [d, ...ancestors(d)] : [];
  // 韶关市委…督导组 in the title: 市委 in a paragraph about one of its counties or county-level cities (乐昌市)
  // is still the city the document is about, and so it is where only the province was named.
  if (want === 'city' && documentCity && (!d || (d.level !== 'prefecture' && (isWithin(d, documentCity) || isWithin(documentCity, d))))) {
    return divisionMention(documentCity, topic?.start ?? 0, documentCity.name);
  }
  if (want === 'province') {
    const p = chain.find((x) => x.level === 'province');
    return p && p !== d ? divisionMention(p, topic?.start ?? 0, p.name) : topic;
  }
  if (want === 'city') {
    if (d && d.name.endsWith('市')) return topic;
    const city = chain.find(isCity);
    if (city) return divisionMention(city, topic?.start ?? 0, city.name);
    return recent.find((m) => m.division && isCity(m.division) && (!d || isWithin(m.division, d))) ?? topic;
  }
  // 州委, 该州, 州里: the autonomous prefecture (红河哈尼族彝族自治州) the text is in, or named last.
  if (want === 'prefecture') {
    const pref = chain.find((x) => x.level === 'prefecture');
    if (pref) return pref === d ? topic : divisionMention(pref, topic?.start ?? 0, pref.name);
    if (documentCity) return divisionMention(documentCity, topic?.start ?? 0, documentCity.name);
    return recent.find((m) => m.level === 'prefecture' && (!d || !m.division || isWithin(m.division, d))) ?? topic;
  }
  if (want === 'county') {
    if (topic && (topic.level === 'county' || topic.level === 'zone')) return topic;
    return recent.find((m) => (m.level === 'county' || m.level === 'zone') && (!d || !m.division || isWithin(m.division, d))) ?? topic;
  }
  if (want === 'township' || want === 'village') {
    if (topic?.level === want) return topic;
    return recent.find((m) => m.level === want) ?? undefined;
  }
  return topic;
}
