// SUPERVISES: a group guides, supervises or visits a unit or region (指导, 督导, 向 X 派出 … 组).
import { ESTABLISH_VERBS, GROUP_ACT_LEAD, GROUP_KINDS, SUPERVISE_VERBS, SUPERVISION_ACTS } from '../lexicon.ts';
import { NUMBER, parseCount } from '../numbers.ts';
import { readListedUnit, readSiblingUnit, readUnitAt, unit } from '../mentions/units.ts';
import type { Mention } from '../mentions/mention.ts';
import { mentionsIn, type ClauseView, type Found, type Rule } from '../sentence-view.ts';

const TARGET_SEPARATOR = /^(、|和|及|以及|与|等)/;
/** 全省18个省辖市: a scope word before a counted mention is not part of it. */
const SCOPE = /^(?:全省|全市|全区|全县|全州|全国|全校|全院|全系统)/;
/** 中国电气装备集团公司所属许继集团: the body they belong to is not what the group visits. */
const BELONGS_TO = /^[\u4e00-\u9fff]{0,16}?所属的?/;
/** A conjunct that names no entity (省（区、市）, 部分派出机构), skipped when an entity follows it. */
const UNNAMED_CONJUNCT = /^[\u4e00-\u9fff]{1,10}(?:（[^）]{1,8}）)?(?=、|和|及|以及)/;

/** Parts of a place (门诊大厅, 住院部, 村部) and things counted without a name (一处社区, 两家医院): no entity. */
const NOT_A_TARGET =
  /基层党组织$|^(?:(?:便民服务中心|党群服务中心|为民服务中心|卫生室|村委会|居委会|支局|分局|司局|部机关司局|处室)$|门诊|急诊|住院部|病房|村部|所辖|所属|部分|一些|若干|个别|[一两几多][处个家所间])|[^第][一两几][处个家所间座]|^(?:(?:区|省|市|县|州)[直属]|高校|公立|有关|相关|乡镇|县级|市级|村级|基层)[\u4e00-\u9fff]{0,4}(?:医院|卫生院|学校|单位|企业|部门|机关|高校|派出所|供电所|司法所|卫生所|财政所)$/;

/** The entity read at `pos`: the longest of a unit name or a mention; a chain (九龙坡区西彭镇) names its last region. */
function targetAt(c: ClauseView, pos: number, first = true): Mention | undefined {
  const s = c.sentence;
  const m = s.mentions.find((x) => x.start === pos && x.type !== 'Group');
  const unit = readUnitAt(s.text, s.tokens, pos);
  let chosen = unit && (!m || unit.end > m.end) ? unit : m;
  // 到该院门诊大厅暗访, 先后到该集团…察看, 联系指导该部的…组: a word referring back to a unit named before.
  // A bare 医院 or 学校 listed after others (市属企业、医院) is a kind of body, not the one named before.
  const ref = first || /^该/.test(s.text.slice(pos)) ? c.unitReferredAt(pos) : undefined;
  if (ref && (!chosen || chosen.end <= pos + ref.length)) return ref.unit;
  // 中央第九巡视组向省委反馈: the committee a group reports back to is its region.
  const self = !chosen ? SELF_COMMITTEE.exec(s.text.slice(pos)) : null;
  if (self) return c.regionReferredTo(self[0]);
  // 前往北京市西城区一处社区人社服务站: an unnamed body somewhere leaves the place it is in.
  if (chosen && chosen === unit && m && NOT_A_TARGET.test(chosen.surface)) chosen = m;
  if (chosen && NOT_A_TARGET.test(chosen.surface)) return undefined;
  while (chosen && chosen.type === 'Region') {
    const end: number = chosen.end;
    // 浠水县一个村: a counted mention after a region is no more specific place in the chain.
    const next = s.mentions.find((x) => x.start === end && x.type === 'Region' && x.level !== 'group');
    if (!next) break;
    chosen = next;
  }
  // 先后到广东省茂名市的茂名石化和…: a place before 的 only says where the body it visits is.
  if (chosen?.type === 'Region' && s.text[chosen.end] === '的') {
    const owned = readUnitAt(s.text, s.tokens, chosen.end + 1);
    if (owned && !NOT_A_TARGET.test(owned.surface)) return owned;
  }
  return chosen;
}

/** A region's own committee, written alone (省委, 县委), not one of its offices (省委办公厅, 市委巡察组). */
const SELF_COMMITTEE = /^(?:(?:省|市|县|区|州|旗)委(?!第|(?:办|组织|宣传|巡|政法|统战|教育|编|组|工委|党校|书记|常委))|我(?:省|市|县|区|州|旗)(?![\u4e00-\u9fff]*?(?:局|委|厅|办|院|校|中心)))/;

/** 盐城、淮安地区9所省属高校: regions that only say where counted units are give way to them. */
const WHERE_COUNTED = /^(?:地区|境内|辖区|的)?/;
/** 郑州、开封两地的多所高校: regions that only say where uncounted units are (named elsewhere) are no targets. */
const WHERE_UNCOUNTED = /^(?:[两三四五六七八九十]地|等地)的?(?:多|几|数|部分)(?:所|家|个)?(?:高校|学校|医院|企业|单位)/;

/**
 * Kinds of place or body counted after their noun (走访州直部门12个、乡镇9个、村（社区）17个): the noun is
 * the name, the number its count (annotation notes, counted mentions).
 */
const COUNTED_AFTER = new RegExp(
  `^((?:[\\u4e00-\\u9fff]{1,3}?(?:部门|单位|企业|学校|高校|医院))|(?:乡镇|街道|村（社区）|社区|村|县（市、区）|区县))(${NUMBER})(?:个|所|家)(?=[、，和及]|$)`,
);

function countedAfter(c: ClauseView, pos: number, by: Mention[]): Mention | undefined {
  const m = COUNTED_AFTER.exec(c.sentence.text.slice(pos, c.end));
  if (!m?.[1] || by.length === 0) return undefined;
  const noun = m[1];
  const type = /部门|单位|企业|学校|高校|医院$/.test(noun) ? ('Unit' as const) : ('Region' as const);
  const count = parseCount(m[2] ?? '');
  // A counted set is an entity of its own document: the group that visits it scopes its key.
  return {
    type,
    start: pos,
    end: pos + m[0].length,
    surface: m[0],
    name: noun,
    aliases: [m[0]],
    key: `${type}:counted:${by[0]?.key}:${noun}`,
    ...(type === 'Region' ? { level: 'group' as const } : {}),
    ...(count !== undefined ? { count } : {}),
  };
}

/** What a group is sent to or acts on, read at `at`: counted mentions, units, regions, coordinated. */
function targetsAt(c: ClauseView, at: number, by: Mention[] = []): Mention[] {
  const belongs = BELONGS_TO.exec(c.sentence.text.slice(at, c.end));
  if (!belongs) return withIncluded(c, listedTargets(c, at, by), by);
  const parts = listedTargets(c, at + belongs[0].length, by);
  if (parts.some((t) => t.type === 'Unit')) return parts;
  // 到集团所属钦州港区码头察看: what belongs to the body names nothing of its own, so the body is visited.
  const part = PLACE_PART.test(c.sentence.text.slice(at + belongs[0].length, c.end));
  const owner = part && belongs[0].length > 3 ? targetAt(c, at) : undefined;
  return owner && owner.type === 'Unit' && owner.end <= at + belongs[0].length - 2 ? [owner] : parts;
}

/** 9所省属高校，包括湖北大学、武汉科技大学…: the named members of a counted target are targets too. */
const INCLUDING = /^(?:等)?[，,](?:包括|其中有|分别是|即)/;

function withIncluded(c: ClauseView, targets: Mention[], by: Mention[]): Mention[] {
  const last = targets[targets.length - 1];
  if (!last || last.count === undefined) return targets;
  const inc = INCLUDING.exec(c.sentence.text.slice(last.end));
  if (!inc) return targets;
  const at = last.end + inc[0].length;
  const next = c.sentence.text.slice(at).search(/[，。；]/);
  const clause = { ...c, start: at, end: next < 0 ? c.sentence.text.length : at + next };
  clause.text = c.sentence.text.slice(clause.start, clause.end);
  return [...targets, ...listedTargets(clause, at, by).filter((t) => t.type === last.type)];
}

const SITE_OF_PLACE = /^(?:[\u4e00-\u9fff]{0,10}?(?:码头|车间|工地|一线|现场|网点|窗口|服务区|基地)|的?(?:部分|一些|多个|个别)[\u4e00-\u9fff]{1,4}?)(?=[、，；。和及]|以及|$)/;

/** 钦州港区码头, 生产一线: a part of a place, which names no entity of its own. */
const PLACE_PART = /^[^，。、]{0,12}?(?:码头|车间|工地|一线|现场|网点|窗口|服务区|基地|库点|库区)/;

/** A list item read to its unit suffix, unless it names a kind of body (乡镇卫生院, 高校附属医院). */
function listedUnit(text: string, pos: number, end: number): Mention | undefined {
  const u = readListedUnit(text, pos, end);
  return u && !NOT_A_TARGET.test(u.surface) ? u : undefined;
}

/**
 * 黄陵矿业、…、韩城矿业、北元化工5家子公司: the last item of a list of bodies, written by a short name without a suffix,
 * right before the count that numbers the list, is a body too (named as written).
 */
function shortNameBeforeCount(c: ClauseView, pos: number, before: readonly Mention[]): Mention | undefined {
  if (before.length < 2 || !before.every((x) => x.type === 'Unit')) return undefined;
  // …鞍钢矿业、鞍钢化学科技等12家子企业: with 等 the count says there are more of them, not how many are named.
  const m = /^([\u4e00-\u9fff]{2,6}?)(等)?(?=[一二三四五六七八九十两\d]+家)/.exec(c.sentence.text.slice(pos, c.end));
  const name = m?.[1];
  const etc = m?.[2]?.length ?? 0;
  const count = name ? c.sentence.mentions.find((x) => x.start === pos + name.length + etc && x.type === 'Unit' && x.count !== undefined) : undefined;
  const numbers = count?.count !== undefined && (etc ? count.count > before.length + 1 : count.count === before.length + 1);
  if (!name || !numbers || /[的和与及在到对为等各]/.test(name)) return undefined;
  return unit(name, pos);
}

const BARE_PLACE_COUNT = /^(?:\d+|[两三四五六七八九十]+)(?:县级市|县|市|区|乡|镇)(?=[、，；。和及]|以及|$)/;

/** Fields listed before 等 and a count: 高速公路运营、工程建设、物流贸易等板块 (22家子公司). */
const FIELDS_BEFORE_COUNTED = /^(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}等[\u4e00-\u9fff]{0,4}?(?=\d|[一二三四五六七八九十两]+[家个所])/;

/** Places named before 的 and a list of bodies: 京津冀地区的, 湖北、湖南、河南的, 总部在上海的. */
const LOCATED_BEFORE = /^(?:[\u4e00-\u9fff]{2,6}(?:地区|片区|一带)|(?:[\u4e00-\u9fff]{2,4}[、和])+[\u4e00-\u9fff]{2,4}|总部在[\u4e00-\u9fff]{2,4}|位于[\u4e00-\u9fff]{2,8})的(?=[\u4e00-\u9fff])/;

function listedTargets(c: ClauseView, at: number, by: Mention[]): Mention[] {
  const text = c.sentence.text;
  const out: Mention[] = [];
  let pos = at;
  let skipped = 0;
  // 联系京津冀地区的中建一局…, 负责湖北、湖南、河南的中建三局…: where the bodies are comes before them and 的.
  const located = LOCATED_BEFORE.exec(text.slice(pos, c.end));
  if (located) {
    const after = pos + located[0].length;
    const placesOnly = c.sentence.mentions.filter((m) => m.start >= pos && m.end < after).every((m) => m.type === 'Region');
    // …only before named bodies: 郑州市、周口市的6所中小学 visits the cities and the counted schools (w8 part 2).
    if (placesOnly && /^(?![一二三四五六七八九十两几多数])[\u4e00-\u9fff]/.test(text[after] ?? '') && readUnitAt(text, c.sentence.tokens, after)) pos = after;
  }
  for (;;) {
    pos += SCOPE.exec(text.slice(pos, c.end))?.[0].length ?? 0;
    // A group's own office (当涂县委党史学习教育领导小组办公室) is no target, though a region begins it.
    const group = c.sentence.mentions.find((x) => x.start === pos && x.type === 'Group');
    const before = out[out.length - 1];
    const sibling = () => (before?.type === 'Unit' ? readSiblingUnit(text, c.sentence.tokens, pos, before) : undefined);
    const chosen = group
      ? undefined
      : (targetAt(c, pos, pos === at) ?? sibling() ?? countedAfter(c, pos, by) ?? listedUnit(text, pos, c.end) ?? shortNameBeforeCount(c, pos, out));
    let end: number;
    // 贵州省组织系统、…: a name that goes on past the mention is something the mention does not name,
    // unless what follows only makes it the region's own committee (黔西南州委).
    const rest = chosen ? /^(?![和及与等])([\u4e00-\u9fff]{1,6})(?=、|和|及|$)/.exec(text.slice(chosen.end, c.end))?.[1] : undefined;
    // At the clause's end only a body's kind goes on past it (自治区国资委监管企业); a verb does not (深入X调研).
    // A reference (部党组会议, 该院门诊大厅) is never the start of a longer name.
    const referred = chosen !== undefined && text.slice(chosen.start, chosen.end) !== chosen.surface;
    // 走进崖下村猕猴桃冷库建设现场、横渠社区…, 城南庄镇的部分村和…: a site or some part of the place is the place, and
    // the list goes on after it.
    const site = chosen ? SITE_OF_PLACE.exec(text.slice(chosen.end, c.end))?.[0].length : undefined;
    const longer =
      chosen !== undefined && site === undefined && !referred && rest !== undefined && !/^(?:党?委|政府)$/.test(rest) && (chosen.end + rest.length < c.end || /(?:企业|单位|部门|高校|学校|医院)$/.test(rest));
    if (chosen && !longer) {
      out.push(chosen);
      end = chosen.end + (site ?? rest?.length ?? 0);
    } else {
      // 分赴高速公路运营、工程建设…等板块22家子公司: fields listed before 等 and a counted set of bodies name that set.
      const fields = out.length === 0 && !group ? FIELDS_BEFORE_COUNTED.exec(text.slice(pos, c.end)) : null;
      const countedSet = fields ? c.sentence.mentions.find((x) => x.start === pos + fields[0].length && x.type === 'Unit' && x.count !== undefined) : undefined;
      if (countedSet && !NOT_A_TARGET.test(countedSet.surface)) return [countedSet];
      const unnamed = skipped < 2 ? UNNAMED_CONJUNCT.exec(text.slice(group ? group.end : pos, c.end)) : null;
      if (!unnamed && !group) break;
      skipped++;
      end = (group ? group.end : pos) + (unnamed?.[0].length ?? 0);
    }
    // 牡丹区、定陶区…东明县9个县区以及X: a count right after a list of its own kind only restates it (no 等),
    // so it names nothing more, and the list may go on past it.
    // So does a count of bodies that numbers the listed ones (黄陵矿业、…、北元化工5家子公司).
    const restated = out.length >= 2 ? c.sentence.mentions.find((x) => x.start === end && x.count !== undefined && (x.type === 'Region' || x.count === out.length)) : undefined;
    // …黄金峡镇4个镇党委: a count that numbers the towns listed is theirs, though it counts their committees.
    if (restated && out.every((x) => (x.type === restated.type || restated.count === out.length) && x.level !== 'group')) end = restated.end;
    // …红河、绿春6县以及屏边苗族自治县: a bare count of the kind after places named short restates them too.
    const bare = !restated && out.length >= 2 && out.every((x) => x.type === 'Region') ? BARE_PLACE_COUNT.exec(text.slice(end, c.end)) : null;
    if (bare) end += bare[0].length;
    const sep = TARGET_SEPARATOR.exec(text.slice(end, c.end));
    if (!sep) {
      const where = end + (WHERE_COUNTED.exec(text.slice(end, c.end))?.[0].length ?? 0);
      const counted = c.sentence.mentions.find((x) => x.start === where && x.count !== undefined && x.type !== 'Group');
      if (counted && !NOT_A_TARGET.test(counted.surface) && out.every((x) => x.type === 'Region')) return [counted];
      if (out.every((x) => x.type === 'Region') && WHERE_UNCOUNTED.test(text.slice(end, c.end))) return [];
      break;
    }
    pos = end + sep[0].length;
  }
  return out;
}

/**
 * Whether a group of this sentence forms or sends other groups in it (领导小组组建6个巡回指导组，对X开展指导):
 * then the groups it formed, not the former, do the guiding the sentence goes on to tell.
 */
function formsGroups(c: ClauseView, g: Mention): boolean {
  const s = c.sentence;
  if (s.text.slice(g.start, g.end) !== g.surface) return false;
  const groups = s.mentions.filter((h) => h.type === 'Group' && h.start >= g.end);
  const next = groups[0];
  if (!next || /[。；]/.test(s.text.slice(g.end, next.start))) return false;
  const between = s.text.slice(g.end, next.start);
  // 领导小组组建6个巡回指导组; 领导小组从…抽调骨干，组成4个整改督查组.
  return (!/，/.test(between) && ESTABLISH_VERBS.test(between)) || FORMED_BEFORE.test(s.text.slice(Math.max(g.end, next.start - 12), next.start));
}

/** 组建12个省委巡回指导组: a group mention right after a verb that forms it. */
const FORMED_BEFORE = new RegExp(`${ESTABLISH_VERBS.source}了?(?:${NUMBER}个)?$`);

/**
 * Groups an earlier clause of the sentence formed (…组建12个省委巡回指导组，分别联系X): they act in the
 * clauses after, whoever formed them. The nodes the formation rule made, else the mentions resolved.
 */
function formedEarlier(c: ClauseView): Mention[] {
  const s = c.sentence;
  const formed = (g: Mention) => s.text.slice(g.start, g.end) === g.surface && g.end <= c.start && FORMED_BEFORE.test(s.text.slice(Math.max(0, g.start - 12), g.start));
  const known = c.earlierGroups.filter(formed);
  if (known.length) return known;
  return s.mentions.filter((m) => m.type === 'Group' && formed(m) && !formsGroups(c, m)).map((g) => c.group(g));
}

/**
 * The groups the sentence's last clause that formed any formed (…下设三个工作组，并…组成4个巡回指导组): the ones that
 * go on to act; a leading group or office that formed them does not.
 */
function lastFormed(c: ClauseView): Mention[] {
  const formed = formedEarlier(c).filter((g) => !/领导小组|专班|指挥部|办公室$/.test(g.name));
  const last = Math.max(...formed.map((g) => g.start));
  return formed.filter((g) => !/[，；]/.test(c.sentence.text.slice(g.start, last)));
}

/** The groups that act in a clause: its subject groups and those named in it, else the sentence's earlier ones. */
function groupsIn(c: ClauseView): Mention[] {
  const inClause = mentionsIn(c.sentence, c.start, c.end).filter((m) => m.type === 'Group');
  // 领导小组…，先后组建6个巡回指导组，对19个乡镇开展督导: the groups just formed act, not their former.
  const formed = c.subjectEnd === 0 ? lastFormed(c) : [];
  const subjectGroups = formed.length ? formed : c.subjects.filter((m) => m.type === 'Group');
  const here = [...subjectGroups, ...inClause.map((g) => c.group(g))].filter((g) => !formsGroups(c, g));
  const earlier = c.earlierGroups.filter((g) => !formsGroups(c, g));
  return (here.length ? here : earlier.length ? earlier : formedEarlier(c)).filter((g, i, all) => all.findIndex((x) => x.key === g.key) === i);
}

/**
 * The groups a sentence sends (领导小组向X派出了巡回指导组): the ones after the sending verb, as formed
 * by the clause's subject; they, not the sender, supervise X. Undefined when nothing is sent.
 */
function sentGroups(c: ClauseView, from: number): Mention[] | undefined {
  const s = c.sentence;
  // The verb whose object is a group: 派出机构 is a noun, not the sending.
  const verb = /(?:派出|派驻|选派)了?(?=[^，。]*?组)/.exec(s.text.slice(from));
  if (!verb) return undefined;
  const after = from + verb.index + verb[0].length;
  const sent = s.mentions.filter((m) => m.type === 'Group' && m.start >= after && /^[^，。]*$/.test(s.text.slice(after, m.start)));
  return sent.length ? sent.map((g) => c.group(g, c.subjects[0] ?? c.genericSubject)) : undefined;
}

function supervise(groups: Mention[], targets: Mention[], rule: string): Found[] {
  targets = targets.filter((t) => !groups.some((g) => g.key === t.key));
  return groups.flatMap((source) =>
    targets.map((target) => ({ type: 'SUPERVISES' as const, source, target, rule, ...(target.count !== undefined ? { count: target.count } : {}) })),
  );
}

/** Where the adverbs after a group end (指导组一行先后|深入), clause-relative. */
const leadEnd = (c: ClauseView, from: number): number => from + (GROUP_ACT_LEAD.exec(c.text.slice(from))?.[0].length ?? 0);
const LISTED_VERB = new RegExp(`^、(?:${SUPERVISE_VERBS.source.slice(1)})`);
/** A group where it goes must do its work there (开展督查, 调研指导, 期间), not just be somewhere. */
const DOES_ITS_WORK = new RegExp(`^[^，]{0,8}?${SUPERVISION_ACTS.source}`);

/** 在X随机走访了Y: the verb by which a group, somewhere, visits something there. */
const VISIT_THERE = new RegExp(`^[^，。；]{1,24}?(?:随机|先后|分别|实地|重点|还)*(?:走访|深入|走进|察看|暗访|考察)了?`);

/** The rest of the sentence from `at`: what a group does may be said a clause later (对X，就Y进行督查). */
const restOfSentence = (c: ClauseView, at: number): string => c.sentence.text.slice(at);

export const supervisesSentTo: Rule = {
  name: 'supervises.sent-to',
  relation: 'SUPERVISES',
  example: '分别向16个州（市）各派出1个指导组，向驻昆24所高校派出5个指导组',
  apply(c) {
    // Sending may come after a list of clauses (向省（区、市）和新疆生产建设兵团，…分别派出了巡回指导组).
    const m =
      /(?:向|赴|到|深入|前往)(?=[^，]*?(?:派出|派驻|选派|开展|进行|指导|督导|调研|检查|反馈))/.exec(c.text) ??
      /^(?:[^，]*?)(向)(?=[^。]*?(?:派出|派驻|选派)[^，。]*组)/.exec(restOfSentence(c, c.start));
    if (!m) return [];
    const groups = sentGroups(c, c.start + m.index) ?? groupsIn(c);
    if (groups.length === 0) return [];
    const verbEnd = m.index + m[0].length;
    return supervise(groups, targetsAt(c, c.start + verbEnd, groups), this.name);
  },
};

export const supervisesByVerb: Rule = {
  name: 'supervises.group-verb-object',
  relation: 'SUPERVISES',
  example: '万盛经开区党工委督导组指导关坝镇中心卫生院召开了一场座谈会',
  apply(c) {
    // The clause's subject group acts after the subject; a group named inside the clause
    // (组建8个联络小组对接联系68个参学单位) acts right after its name.
    const actors: Array<[Mention[], number]> = [];
    // 领导小组…，组成4个巡回指导组，分别联系…: a clause naming no one after groups were formed is theirs, not their former's.
    const formedBefore = c.subjectEnd === 0 ? lastFormed(c) : [];
    const subjectGroups = formedBefore.length ? formedBefore : c.subjects.filter((m) => m.type === 'Group' && !formsGroups(c, m));
    if (subjectGroups.length) actors.push([subjectGroups, c.subjectEnd]);
    for (const g of mentionsIn(c.sentence, c.start + c.subjectEnd, c.end)) {
      if (g.type === 'Group' && !formsGroups(c, g)) actors.push([[c.group(g)], g.end - c.start]);
    }
    // …组建12个省委巡回指导组，分别联系10个设区市: the groups formed act in the clauses after.
    if (actors.length === 0 && c.subjectEnd === 0) {
      const formed = formedEarlier(c);
      if (formed.length) actors.push([formed, 0]);
      // 各巡察组进驻后，…先后走访X: "each group" names the groups in play (the collective set).
      const each = eachGroup(c);
      if (!formed.length && each) actors.push([[each], 0]);
    }
    return actors.flatMap(([groups, from]) => {
      // …调研，走访了长沙市第一医院; adverbs may stand between: 指导组一行先后深入黔东南州.
      let at = leadEnd(c, from);
      const verb = SUPERVISE_VERBS.exec(c.text.slice(at));
      if (!verb) return [];
      at += verb[0].length;
      // Verbs may be listed: 联络协调、督促指导87家单位.
      for (let more = LISTED_VERB.exec(c.text.slice(at)); more; more = LISTED_VERB.exec(c.text.slice(at))) at += more[0].length;
      const after = /^了/.test(c.text.slice(at)) ? 1 : 0;
      return supervise(groups, targetsAt(c, c.start + at + after, groups), this.name);
    });
  },
};

export const supervisesListContinued: Rule = {
  name: 'supervises.list-continued',
  relation: 'SUPERVISES',
  example: '第二指导组先后来到夷陵区、秭归县和长阳土家族自治县，深入小溪塔街道、乐天溪镇，秭归县茅坪镇、郭家坝镇烟灯堡村，长阳龙舟坪镇',
  apply(c) {
    if (!c.listOnly) return [];
    const groups = c.subjects.filter((m) => m.type === 'Group');
    if (groups.length === 0) return [];
    const lead = /^(?:以及|还有|和|及)/.exec(c.text)?.[0].length ?? 0;
    return supervise(groups, targetsAt(c, c.start + lead, groups), this.name);
  },
};

/** Words by which a group tells what it found where it worked: 汇报了在X督导时发现的问题. */
const REPORTED_FROM = /^(?:汇报|介绍|反馈|通报)了?(?=在)/;

export const supervisesAtPlace: Rule = {
  name: 'supervises.group-at-place',
  relation: 'SUPERVISES',
  example: '这是省政府第九督查组在新蔡县开展督查期间的一个场景',
  apply(c) {
    // The group is named before 在 in the clause, or is the subject a clause starting with 在 goes on
    // with (…一路深入博望区，在新市初中观摩了微宣讲活动).
    const inherited = c.subjectEnd === 0 ? c.subjects.filter((m) => m.type === 'Group') : [];
    const named = groupsIn(c).filter((g) => g.start >= c.start && g.end <= c.start + c.text.indexOf('在'));
    const last = named[named.length - 1] ?? inherited[0];
    if (!last) return [];
    // 汇报了在古南街道、…等单位督促指导时发现的问题: what a group reports from a place it worked at.
    const from = leadEnd(c, named.length ? last.end - c.start : 0);
    const lead = from + (REPORTED_FROM.exec(c.text.slice(from))?.[0].length ?? 0);
    if (c.text[lead] !== '在') return [];
    const targets = targetsAt(c, c.start + lead + 1, [last]);
    // 在沂南县界湖街道、铜井镇随机走访了11个村（社区）; 在南岭校区走访汽车工程学院: what it visits there too.
    const visit = VISIT_THERE.exec(c.sentence.text.slice(c.start + lead + 1, c.end));
    const visited = visit ? targetsAt(c, c.start + lead + 1 + visit[0].length, [last]) : [];
    const after = targets.length ? c.sentence.text.slice(targets[targets.length - 1]?.end, c.end) : '';
    if (!DOES_ITS_WORK.test(after)) return supervise([last], visited, this.name);
    return supervise([last], [...targets, ...visited], this.name);
  },
};

export const supervisesVisitedPlace: Rule = {
  name: 'supervises.visited-place',
  relation: 'SUPERVISES',
  example: '在贵州省委党校，指导组通过听取汇报、查阅资料等形式，详细了解专题调研情况',
  apply(c) {
    const place = c.location;
    if (!place || (place.type !== 'Region' && place.type !== 'Unit') || c.subjectEnd === 0 || NOT_A_TARGET.test(place.surface)) return [];
    // Only a group that is the subject of the clause right after the scene visits it.
    const groups = c.subjects.filter((m) => m.type === 'Group');
    // 在山东省东营市，第一巡回指导组深入胜利油田孤岛采油厂: a region that only says where the named body it goes into
    // lies is no target (w8 adjudication: the region is dropped when the units are named).
    if (place.type === 'Region' && groups.length) {
      const at = leadEnd(c, c.subjectEnd);
      const verb = SUPERVISE_VERBS.exec(c.text.slice(at));
      const after = verb ? at + verb[0].length + (c.text[at + verb[0].length] === '了' ? 1 : 0) : 0;
      const into = verb ? targetsAt(c, c.start + after, groups) : [];
      if (into.some((t) => t.type === 'Unit' && t.count === undefined)) return [];
    }
    return supervise(groups, [place], this.name);
  },
};

/** What a group does to what 对 introduces (开展督导, 进行检查), within 60 characters of 对. */
const ACT_ON = /(?:督导|指导|暗访|检查|督查|督办|核查|巡查|巡回指导|巡视|巡察|回头看)/;
// 对12个县市区…的第二批主题教育实现督促指导全覆盖: 实现 with the act is the act done.
const ACT_NEAR = new RegExp(`^对[^。；]{0,60}?(?:开展|进行|实行|实施|实现)[^，。]*?${ACT_ON.source}`);
/** …or said right after a longer list of targets: 对所属16家…、3家…和123家县供电公司分片督导. */
const ACT_AFTER_TARGETS = new RegExp(
  `^(?:等[^，。；]{0,8}?)?(?:[^。；]{0,40}?(?:开展|进行|实行|实施|实现)[^，。]*?|(?:的[^，。；]{0,12}?)?(?:分片|集中|全面|逐一|实地|常态化|跟踪|蹲点|专项)?)${ACT_ON.source}`,
);

/**
 * 对龙亭镇、…4个镇党委及所辖村（社区）党组织，县农业农村局、…3个县直部门党组开展常规巡察: the ones 对 names
 * go on past a comma, in a clause that is only more of them and the act.
 */
function targetsGoingOn(c: ClauseView, last: Mention | undefined, groups: Mention[]): Mention[] {
  const text = c.sentence.text;
  if (!last) return [];
  // What stands before the comma only counts or extends the ones named (4个镇党委及所辖村（社区）党组织), never acts.
  const comma = /^[^，。；]{0,24}?，/.exec(text.slice(last.end));
  if (!comma || /开展|进行|实施|(?<!党)组织/.test(comma[0]) || ACT_ON.test(comma[0])) return [];
  const at = last.end + comma[0].length;
  const next = text.slice(at).search(/[，。；]/);
  const end = next < 0 ? text.length : at + next;
  const clause = { ...c, start: at, end, text: text.slice(at, end) };
  const more = listedTargets(clause, at, groups);
  const after = more[more.length - 1];
  return after && ACT_AFTER_TARGETS.test(text.slice(after.end, end)) ? more : [];
}

/**
 * 各巡察组进驻后，…; 各督导组通过…方式，对X开展督导: "each group" names the groups in play, the collective set (annotation
 * notes: a later bare mention of the groups is the collective node): a group named before in the sentence, else the
 * kind the words name, resolved as a bare mention of it.
 */
function eachGroup(c: ClauseView): Mention | undefined {
  const words = /^各([\u4e00-\u9fff]{0,4}组)/.exec(c.genericSubject ?? '');
  if (!words?.[1]) return undefined;
  const named = c.sentence.mentions.find((m) => m.type === 'Group' && m.end <= c.start);
  if (named) return c.group({ ...named, ownerWords: '' });
  const kind = words[1];
  if (!GROUP_KINDS.some((k) => kind.endsWith(k))) return undefined;
  return c.group({ type: 'Group', start: c.start + 1, end: c.start + 1 + kind.length, surface: kind, name: kind, aliases: [], key: `Group:${kind}`, ownerWords: '' });
}

export const supervisesOnTarget: Rule = {
  name: 'supervises.group-on-target',
  relation: 'SUPERVISES',
  example: '各区县党委选派147个督导组对480个单位开展督导',
  apply(c) {
    const rest = restOfSentence(c, c.start);
    const each = c.subjectEnd === 0 ? eachGroup(c) : undefined;
    for (const m of c.text.matchAll(/对/g)) {
      const inPlay = groupsIn(c).filter((g) => g.start < c.start + m.index || c.subjects.includes(g) || c.earlierGroups.includes(g));
      const groups = inPlay.length || !each ? inPlay : [each];
      if (groups.length === 0) return [];
      const targets = targetsAt(c, c.start + m.index + 1, groups);
      const last = targets[targets.length - 1];
      if (ACT_NEAR.test(rest.slice(m.index)) || (last && ACT_AFTER_TARGETS.test(c.sentence.text.slice(last.end)))) {
        return supervise(groups, [...targets, ...targetsGoingOn(c, last, groups)], this.name);
      }
    }
    return [];
  },
};

/** The regions and units a clause is about, supervised by a group its frame names. */
function supervisedSubjects(c: ClauseView, frame: RegExp, rule: string): Found[] {
  const m = frame.exec(c.text);
  if (!m) return [];
  const from = c.start + m.index;
  const groups = mentionsIn(c.sentence, from, from + m[0].length).filter((g) => g.type === 'Group').map((g) => c.group(g));
  const subjects = c.subjects.filter((x) => x.type === 'Region' || x.type === 'Unit');
  return supervise(groups, subjects, rule);
}

export const supervisesReportedTo: Rule = {
  name: 'supervises.reported-to',
  relation: 'SUPERVISES',
  example: '丽水学院、丽水职业技术学院分别就主题教育工作开展情况向省委第十一巡回指导组作了汇报',
  apply(c) {
    // A leading group hears its own body's reports (由主题教育办公室汇总后向领导小组报告): no supervision.
    return supervisedSubjects(c, /向[^，]{0,20}?(?<!领导小)组(?:作了?|做了?|进行了?)?(?:专题)?(?:汇报|报告)/, this.name);
  },
};

export const supervisesUnderGuidance: Rule = {
  name: 'supervises.under-guidance',
  relation: 'SUPERVISES',
  example: '丽水市在省委第十一巡回指导组的精心指导下，扎实推进主题教育',
  apply(c) {
    return supervisedSubjects(c, /在[^，]{0,30}?组的?(?:精心|悉心|有力|具体|全程)?(?:指导|督导|指导督导|督促指导)下/, this.name);
  },
};

export const supervisesMeetsWith: Rule = {
  name: 'supervises.meets-with',
  relation: 'SUPERVISES',
  example: '指导组又与省直机关工委、省委教育工委、贵州大学等代表座谈，听取各单位开展学习教育情况汇报',
  apply(c) {
    // A group meeting the ones it oversees to hear how their work goes (与X等代表座谈) learns
    // how the work goes, which the annotation rules count as supervision.
    const groups = c.subjects.filter((m) => m.type === 'Group');
    if (groups.length === 0) return [];
    const lead = leadEnd(c, c.subjectEnd);
    if (c.text[lead] !== '与') return [];
    const targets = targetsAt(c, c.start + lead + 1, groups);
    const last = targets[targets.length - 1];
    if (!last || !/^(?:等)?(?:单位)?(?:代表|负责同志|负责人|党员干部|师生代表)?(?:进行)?(?:座谈|交流)/.test(c.sentence.text.slice(last.end, c.end))) return [];
    return supervise(groups, targets, this.name);
  },
};

/** Kinds of body a group is made responsible for (中管企业, 中管高校, 省直单位), when no name is written. */
const BODY_KIND = /^(?![各全有该])[\u4e00-\u9fff]{1,6}(?:企业|高校|单位|机关|部门|学校|医院)$/;

export const supervisesResponsibleFor: Rule = {
  name: 'supervises.responsible-for',
  relation: 'SUPERVISES',
  example: '教育部派出18个指导组，负责中管金融企业、中管企业、中管高校党史学习教育指导工作',
  apply(c) {
    const lead = leadEnd(c, c.subjectEnd);
    const m = /^负责(?:指导)?/.exec(c.text.slice(lead));
    const groups = groupsIn(c);
    if (!m || groups.length === 0 || !/指导|督导/.test(c.text)) return [];
    const at = c.start + lead + m[0].length;
    const named = targetsAt(c, at, groups);
    if (named.length) return supervise(groups, named, this.name);
    // 负责中管金融企业、中管企业、中管高校…指导工作: the kinds of body, each a target of its own.
    const list = /^([\u4e00-\u9fff、]+?)(?:的)?(?:党史学习教育|主题教育|学习教育)?(?:的)?(?:督促)?(?:指导|督导)工作/.exec(c.sentence.text.slice(at, c.end));
    const kinds = (list?.[1] ?? '').split('、').filter((k) => BODY_KIND.test(k));
    let from = at;
    const targets = kinds.map((k) => {
      const start = c.sentence.text.indexOf(k, from);
      from = start + k.length;
      return { type: 'Unit' as const, start, end: start + k.length, surface: k, name: k, aliases: [], key: `Unit:${k}` };
    });
    return supervise(groups, targets, this.name);
  },
};

/** 其中11个分别联系…, 另2个组负责联系…: a part of the groups counted before, named by its own count. */
const PART_OF_GROUPS = new RegExp(`^(?:其中|另外?)?(?:${NUMBER})个(?:组)?`);
/** What such a part does: 联系 or 负责 the ones it guides. */
const PART_VERB = new RegExp(`^(?:负责(?:联系|指导)?|${SUPERVISE_VERBS.source.slice(1)})`);

export const supervisesCountedPart: Rule = {
  name: 'supervises.counted-part',
  relation: 'SUPERVISES',
  example: '省委组建18个省委巡回督导组，其中13个分别联系13个市（地），5个联系省属高校和省管企业',
  apply(c) {
    const part = PART_OF_GROUPS.exec(c.text);
    if (!part || mentionsIn(c.sentence, c.start, c.end).some((m) => m.type === 'Group')) return [];
    // The counted groups an earlier clause formed; the annotation gives the edge to the whole set.
    const counted = c.earlierGroups.filter((g) => g.count !== undefined && !formsGroups(c, g));
    const whole = counted[counted.length - 1];
    if (!whole) return [];
    const at = leadEnd(c, part[0].length);
    const verb = PART_VERB.exec(c.text.slice(at));
    if (!verb) return [];
    return supervise([whole], targetsAt(c, c.start + at + verb[0].length, [whole]), this.name);
  },
};

/**
 * A group named after what it guides (负责联系指导该部的中央第二十九指导组, 联系该院的省委第十四巡回指导组)
 * or before what it is responsible for (省委第三巡视组负责的辰溪县、溆浦县; 光山县是市委第五巡回指导组的联系县).
 */
const GUIDED_BEFORE = /(?:负责)?(?:联系指导|联系|指导|督导)(?=[^，。]{2,40}?的[^，。的]{0,12}组)/;
const GUIDED_AFTER = /^(?:负责|联系|指导|督导)的/;
const LINK_OF = /^是([^，。]{0,20}?组)(?:的联系|的蹲点|去得最多的|蹲点的)(?:县|市|区|点|单位|乡镇|村|学校|高校|地方)/;

export const supervisesRelativeClause: Rule = {
  name: 'supervises.relative-clause',
  relation: 'SUPERVISES',
  example: '同期进驻的还有省委第三巡视组负责的辰溪县、溆浦县',
  apply(c) {
    const s = c.sentence;
    const out: Found[] = [];
    for (const g of mentionsIn(s, c.start, c.end)) {
      if (g.type !== 'Group') continue;
      const after = GUIDED_AFTER.exec(s.text.slice(g.end, c.end));
      if (after) out.push(...supervise([c.group(g)], targetsAt(c, g.end + after[0].length, [g]), this.name));
      // 负责联系指导X的Y组: the targets end right before 的 and the group.
      const before = GUIDED_BEFORE.exec(c.text);
      if (before && c.start + before.index < g.start) {
        const from = c.start + before.index + before[0].length;
        const targets = targetsAt(c, from, [g]);
        const last = targets[targets.length - 1];
        if (last && /^(?:等)?的$/.test(s.text.slice(last.end, g.start).replace(/^(?:等[\u4e00-\u9fff]{0,4})/, ''))) out.push(...supervise([c.group(g)], targets, this.name));
      }
    }
    // 光山县是市委第五巡回指导组的联系县: the clause's subject is what the group guides.
    const link = LINK_OF.exec(c.text.slice(c.subjectEnd));
    if (link && c.subjectEnd > 0) {
      const groups = mentionsIn(s, c.start + c.subjectEnd, c.end).filter((m) => m.type === 'Group').map((g) => c.group(g));
      out.push(...supervise(groups, c.subjects.filter((m) => m.type === 'Region' || m.type === 'Unit'), this.name));
    }
    return out;
  },
};
