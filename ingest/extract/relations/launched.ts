// LAUNCHED: a region or unit launches a measure (制定, 开展, 建立 … a 方案, 机制, 活动).
import { HEADS, LAUNCH_VERBS, NOT_MEASURE, WEAK_LAUNCH_VERBS } from '../lexicon.ts';
import { quotedList, readMeasures, weakHeaded, type FoundMeasure } from '../measures.ts';
import { readUnitAt } from '../mentions/units.ts';
import { parseCount } from '../numbers.ts';
import type { Mention } from '../mentions/mention.ts';
import { readCoordinated } from '../subject.ts';
import type { Token } from '../../segment/segmenter.ts';
import type { ClauseView, Found, Rule } from '../sentence-view.ts';
import { insideQuotes, quotedRanges } from '../text-units.ts';

export const VERB = new RegExp(LAUNCH_VERBS.join('|'), 'g');
const VERB_AT_START = new RegExp(`^(?:${LAUNCH_VERBS.join('|')})`);
/** Bodies of a region that act for it (a region's own 工作专班 or office counts as the region). */
const ACTS_FOR_REGION = /(专班|领导小组|主题教育办公室)$/;

/** Adverbs the segmenter writes into one word with the verb: 深入开展, 扎实推进. */
const ADVERB_IN_VERB = /^(?:深入|扎实|全面|持续|积极|大力|广泛|认真|普遍|率先|相继|陆续|先后|分别|同步|统筹|集中|专门|创新|探索|着力|精心|组织)$/;

/** Whether a launch verb of `length` characters at `at` is a verb in this sentence's segmentation. */
export function isVerbAt(tokens: readonly Token[], at: number, length: number, subjectEnd: number): boolean {
  const tok = tokens.find((t) => t.start <= at && t.end > at);
  if (!tok) return false;
  if (tok.start < at) return tok.end === at + length && ADVERB_IN_VERB.test(tok.word.slice(0, at - tok.start));
  // 省生态环境厅启动…: right after its subject a word tagged as a verbal noun is the verb.
  if (at === subjectEnd) return true;
  // 作风建设: a verbal noun inside a compound is no verb; nor is 组织 after a noun (村级组织, 基层组织).
  const before = tokens.find((t) => t.end === at);
  if (tok.word === '组织' && before && /^(n|j|b)$/.test(before.tag) && at !== subjectEnd) return false;
  return !(tok.tag === 'vn' && before && /^(n|nz|vn|j)$/.test(before.tag));
}

/** Verbs by which a subject lists what a plan holds, rather than launching each item. */
const LISTING_VERB = /^(?:列出|提出|梳理出|梳理确定|梳理形成|梳理|确定|明确)$/;

/** After what a verb names: it was a way of working (等方式, 的方法), not a measure. */
const WAY_WORDS = '(?:方式|方法|形式|途径|渠道|手段)';
export const WAY_AFTER = new RegExp(`^(?:等|的)?${WAY_WORDS}`);
const WAY_INSIDE = new RegExp(`(?:等|的)${WAY_WORDS}`);
/**
 * 把A与B结合起来, 坚持A与B相结合: a frame that joins two things. Inside 把 a named measure is still launched (将主题教育与
 * 深化“最多跑一次”改革结合起来); a generic one (完善制度机制) is not, nor anything 坚持 joins (坚持“当下改”与“长久立”相结合).
 */
export const JOINED_FRAME = /(把|将|坚持)[^，。；]*(?:与|同|和)[^，。；]*(?:相)?(?:结合|衔接|统筹)/;

/** A quoted count names a whole (“四项任务”, “三个一批”). */
const COUNTED_QUOTE = /^“[一二三四五六七八九十两\d]+[个项条类张批]/;

/** Whom 组织 gathers (村干部, 全市党员干部, 医务人员), before what they are to do. */
const ORGANISED_PEOPLE = /^(?:全[省市县区校院]|各级|辖区)?[\u4e00-\u9fff]{0,6}?(?:党员干部|党员|干部职工|村干部|干部|职工|医务人员|师生|学生|教师|青年|志愿者|专家)/;

export const WAY_OF_WORKING = new RegExp(`^“[^”]+”[\\u4e00-\\u9fff]{0,4}?的?${WAY_WORDS}`);

const GUIDE = /(?:指导督促|督促指导|指导|督促|推动|帮助|引导|支持|带动)/g;
/** After the guided ones: 两省, 等地, and how they act (深入, 扎实). */
const AFTER_GUIDED = /^(?:[两三四五六七八九十]+(?:省|市|县|区|地|个单位))?(?:等(?:地|单位)?)?(?:深入|扎实|全面|持续|积极|大力|认真|进一步)*$/;

const GUIDED_SELF = /^((?:[省市县区镇乡]里)|该[省市县区镇乡]|当地)/;
/** The levels 县里 or 该市 can mean; a topic at another level is not the one referred to. */
const LEVEL_OF_SELF: Partial<Record<string, readonly string[]>> = {
  省: ['province'], 市: ['prefecture'], 县: ['county', 'zone'], 区: ['county', 'zone'], 镇: ['township'], 乡: ['township'],
};

/** The regions or units a guiding verb before `verbAt` names as the ones who act, if any. */
function guidedAgents(c: ClauseView, verbAt: number): Mention[] | undefined {
  const s = c.sentence;
  const before = s.text.slice(c.start, verbAt);
  let guide: RegExpExecArray | undefined;
  GUIDE.lastIndex = 0;
  for (let m = GUIDE.exec(before); m; m = GUIDE.exec(before)) guide = m;
  if (!guide) return undefined;
  const from = c.start + guide.index + guide[0].length;
  const between = s.text.slice(from, verbAt);
  // 推动建立…机制: the subject itself launches it.
  if (AFTER_GUIDED.test(between)) return undefined;
  const read = readCoordinated(s, from, verbAt);
  if (read && read.subjects.every((m) => m.type === 'Region' || m.type === 'Unit') && AFTER_GUIDED.test(s.text.slice(read.end, verbAt))) {
    return read.subjects;
  }
  // 督促县里推出“海上便民服务船”: the region the clause is in, referred to by its level.
  const self = GUIDED_SELF.exec(between);
  const region = self?.[1] ? c.regionReferredTo(self[1]) : undefined;
  const level = self?.[1] ? LEVEL_OF_SELF[self[1].replace(/^该|里$/g, '')] : undefined;
  if (region && (!level || level.includes(region.level ?? '')) && AFTER_GUIDED.test(between.slice(self?.[0].length))) return [region];
  // 指导各市细化完善实施方案: the ones guided are no entity, and the subject does not launch it.
  return between.length <= 8 && !/[中时的]/.test(between) ? [] : undefined;
}

export function launchers(c: ClauseView): Mention[] {
  const out: Mention[] = [];
  for (const s of c.subjects) {
    if (s.type === 'Region' || s.type === 'Unit') out.push(s);
    else if (s.type === 'Group' && ACTS_FOR_REGION.test(s.name)) {
      // A region's own leading group or office acts for the region it belongs to (市委主题教育领导小组办公室 → 韶关市),
      // and a body's for the body (a university's 领导小组办公室 → the university).
      const owner = s.owner?.type === 'Region' || s.owner?.type === 'Unit' ? s.owner : c.topic;
      if (owner) out.push(owner);
    }
  }
  return out;
}

export function measureMention(c: ClauseView, f: FoundMeasure, owner: Mention): Mention {
  return {
    type: 'Measure',
    start: f.start,
    end: f.end,
    surface: c.sentence.text.slice(f.start, f.end),
    name: f.name,
    aliases: f.aliases,
    key: `Measure:${owner.key}:${f.name.replace(/[“”"《》\s]/g, '')}`,
    ...(f.count !== undefined ? { count: f.count } : {}),
  };
}

export function launchedAll(c: ClauseView, subjects: Mention[], found: FoundMeasure[], rule: string): Found[] {
  const owner = subjects[0];
  if (!owner) return [];
  return found.flatMap((f) => {
    const target = measureMention(c, f, owner);
    return subjects.map((source) => ({ type: 'LAUNCHED' as const, source, target, rule, ...(f.count !== undefined ? { count: f.count } : {}) }));
  });
}

/**
 * 市委要求各区县（市）建立群众办事“堵点”清单: what a region or unit requires of generic subordinates (各…, 所有…) is its
 * own measure (annotation notes, w1-014); what it urges named others to do is theirs, and a group launches nothing.
 */
/** 指导组…建议结合…开展专题辅导: what a clause only suggests is launched by no one (w15 adjudication). */
export function suggestsOnly(c: ClauseView): boolean {
  return /^(?:还|并|同时|也)?(?:提出)?建议/.test(c.text.slice(c.subjectEnd));
}

/** What a clause asks or urges of others (要求各地…, 督促…) or only suggests: its subject launches none of it. */
export function asksOthers(c: ClauseView): boolean {
  return /要求|督促/.test(c.text.slice(0, 6)) || suggestsOnly(c);
}

function requiredOfGeneric(c: ClauseView): boolean {
  const m = /要求(?:各|所有|全[省市县区]各)/.exec(c.text.slice(c.subjectEnd, c.subjectEnd + 4));
  return m !== null && c.subjects.length > 0 && c.subjects.every((x) => x.type === 'Region' || x.type === 'Unit');
}

/** 对…开展集中清理: what 对 names before a light verb is what the measure works on. */
const ON_WHAT = /对((?:全[省市县区镇]|各类?|所有)?([^，。；对]{2,24}?))(?:的([^，。；]{0,6}))?$/;

/**
 * 夷陵区委对村级组织挂牌、报表进行集中清理 → 村级组织挂牌、报表集中清理: a bare action named after 开展/进行 is named with
 * the thing 对 puts before it, as a reader names it; the bare action stays an alias.
 */
function onWhat(c: ClauseView, verbAt: number, verb: string, read: FoundMeasure[]): FoundMeasure[] {
  if (!/^(?:开展|进行)/.test(verb)) return read;
  // 对偏远乡镇电网进行改造升级: work that is no measure's name alone (改造升级) still names one with what it works on.
  const from = verbAt + verb.length;
  const bare = read.length === 0 ? WORK_ON.exec(c.sentence.text.slice(from, c.end))?.[0] : undefined;
  const found = bare ? [{ start: from, end: from + bare.length, name: bare, aliases: [] }] : read;
  if (found.length !== 1) return read;
  const f = found[0] as FoundMeasure;
  const before = ON_WHAT.exec(c.sentence.text.slice(c.start + c.subjectEnd, verbAt));
  // 对加定镇、巴扎乡等高海拔山区村的饮水管网进行更新改造: what 的 ends with is the thing worked on (w19-004).
  const owned = before?.[3];
  // …but 对各部门的督查检查事项进行全面清理 works on no one's in particular (GENERIC_OBJECT).
  const object = owned && owned.length >= 2 && !/^(?:各|所有|全)/.test(before?.[1] ?? '') ? owned : before?.[2];
  if (!object || GENERIC_OBJECT.test(object) || f.name.length > 6 || /[“《]/.test(f.name) || f.count !== undefined || !WORK_ON.test(f.name)) return read;
  return [{ ...f, name: object + f.name, aliases: [...f.aliases, f.name] }];
}
/** Kinds of body or thing that name no one in particular (对各部门的…进行全面清理), or a period (对2017年以来…). */
const GENERIC_OBJECT = /^(?:部门|单位|企业|乡镇|学校|医院|问题|地方|方面)$|\d{4}年|以来/;
/** Work done on something 对 names, which with it names a measure: 集中清理, 改造升级, 全面清理. */
const WORK_ON = /^(?:集中|专项|全面|逐一)?(?:清理|整治|治理|核查|排查|清查|清产核资|评估|检查|改造|改造升级|升级改造|更新改造|整合|清理规范)$/;

/** Of what a verb's object names, the measures it launches. */
function launchedOf(c: ClauseView, verb: string, read: FoundMeasure[]): FoundMeasure[] {
  // 梳理出“A”“B”等12项重点民生实事: what a list only names is its content; the counted whole is the measure
  // (annotation notes: 列出, 提出, 梳理出). Items the whole gives its head are measures by their own name: 列出问题、
  // 任务、责任三张清单 launches 问题清单 too (annotation notes, coordinated measures sharing a head; w13-016).
  const whole = (f: FoundMeasure): boolean => f.count !== undefined || COUNTED_QUOTE.test(f.name);
  const listed = LISTING_VERB.test(verb) && read.some(whole) ? read.filter((f) => whole(f) || f.headOfWhole) : read;
  // 设置意见箱等方式收集意见: a way of doing something else.
  if (listed.some((f) => WAY_AFTER.test(c.sentence.text.slice(f.end, c.end)) || WAY_INSIDE.test(f.name))) return [];
  // 把A与完善制度机制结合起来, 坚持“当下改”与“长久立”相结合: things joined to one another.
  const joined = JOINED_FRAME.exec(c.text);
  return joined ? listed.filter((f) => joined[1] !== '坚持' && /[“《]/.test(f.name)) : listed;
}

export const launchedByVerb: Rule = {
  name: 'launched.verb-object',
  relation: 'LAUNCHED',
  example: '辽宁省沈阳市制定专门工作方案',
  apply(c) {
    let own: Mention[] | undefined;
    const s = c.sentence;
    const out: Found[] = [];
    VERB.lastIndex = 0;
    const body = c.text.slice(c.subjectEnd);
    let lastEnd = -1;
    const quotes = quotedRanges(body);
    for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
      if (insideQuotes(quotes, m.index)) continue;
      // A verb right after another (推动建立, 研究制定) takes over the object.
      // 制定实施方案: a verb that begins a head noun (实施方案, 实施意见) is the object, not a verb.
      const rest = body.slice(m.index + m[0].length);
      if (VERB_AT_START.test(rest) && !HEADS.some((h) => rest.startsWith(h))) continue;
      // 建立和修订制度, 建立和完善制度机制: verbs coordinated by 和 share the object of the last.
      if (/^[和及并与]/.test(rest) && VERB_AT_START.test(rest.slice(1))) continue;
      // 形成的制度成果: a verb in a relative clause launches nothing.
      if (rest.startsWith('的')) continue;
      // 采取“四不两直”方式开展暗访: how the work is done, not a measure of its own (annotation notes, w7).
      if (m[0] === '采取' && WAY_OF_WORKING.test(rest)) continue;
      const at = c.start + c.subjectEnd + m.index;
      // 在乡镇组织村干部…: 组织 before whom it gathers is the verb, whatever noun comes before it.
      const gathers = m[0] === '组织' && ORGANISED_PEOPLE.test(s.text.slice(at + 2, c.end));
      if (!gathers && !isVerbAt(s.tokens, at, m[0].length, c.subjectEnd > 0 ? c.start + c.subjectEnd : -1)) continue;
      const from = at + m[0].length;
      if (from <= lastEnd) continue;
      // 指导督促湖北、湖南两省深入开展政绩观教育: the ones guided launch it, not who guides them.
      own ??= (/要求|督促/.test(c.text.slice(0, 6)) && !requiredOfGeneric(c)) || suggestsOnly(c) ? [] : launchers(c);
      const subjects = guidedAgents(c, at) ?? own;
      if (subjects.length === 0) continue;
      const weak = WEAK_LAUNCH_VERBS.has(m[0]);
      // 组织村干部“逐章过”: whom 组织 gathers stands between the verb and what they do.
      const people = m[0] === '组织' ? ORGANISED_PEOPLE.exec(s.text.slice(from, c.end)) : null;
      if (people && /^[“《]/.test(s.text.slice(from + people[0].length))) {
        const found = readMeasures(s.text, s.tokens, from + people[0].length, c.end, true);
        if (found.length) lastEnd = Math.max(...found.map((f) => f.end));
        out.push(...launchedAll(c, subjects, found, this.name));
        continue;
      }
      // 进行 launches only what 对 names it on (对…进行集中清理); 逐项进行“体检” is a way of working.
      const plain = readMeasures(s.text, s.tokens, from, c.end, weak && m[0] !== '进行');
      const read = onWhat(c, at, m[0], plain);
      // 组建“校园餐”专项整治工作专班: a quote inside a group's name names the group's field, no measure.
      const found = launchedOf(c, m[0], m[0] === '进行' && read === plain ? [] : read).filter(
        (f) => !s.mentions.some((g) => g.type === 'Group' && ((g.start <= f.start && f.end <= g.end) || (f.end === g.start && /^[“《]/.test(f.name)))),
      );
      if (found.length) lastEnd = Math.max(...found.map((f) => f.end));
      // A、B分别开展X和Y: each subject launches its own, in order (annotation notes, w7).
      if (subjects.length >= 2 && found.length === subjects.length && /分别/.test(s.text.slice(c.start + c.subjectEnd, at))) {
        subjects.forEach((subject, i) => out.push(...launchedAll(c, [subject], [found[i] as FoundMeasure], this.name)));
        continue;
      }
      out.push(...launchedAll(c, subjects, found, this.name));
    }
    return out;
  },
};

/** Whoever the sentence's earlier clauses had launch a whole (a counted measure whose items a later clause names). */
function launchersOf(c: ClauseView, whole: Found): Mention[] {
  return [...new Set(c.earlierFindings.filter((f) => f.type === 'LAUNCHED' && f.target.key === whole.target.key).map((f) => f.source))];
}

/** An item of an enumeration: 一是…, 二是…, 其一…. */
const ENUMERATED = /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?|第[一二三四五六七八九十]，?)/;

/**
 * 该县建立三项机制：一是“周调度”机制，…；二是亮灯预警机制，…: the items a counted measure announces with a colon are
 * measures of whoever launched the whole, however the clauses between them changed the subject.
 */
export const launchedEnumeratedItem: Rule = {
  name: 'launched.enumerated-item',
  relation: 'LAUNCHED',
  example: '霍山县建立三项机制：一是“周调度”机制，领导小组办公室每周汇总各专项整改组进展；二是亮灯预警机制',
  apply(c) {
    const marker = ENUMERATED.exec(c.text);
    if (!marker) return [];
    const s = c.sentence;
    // The whole: a counted measure the sentence launched before this clause, a colon right after it.
    const whole = [...c.earlierFindings]
      .reverse()
      .find((f) => f.type === 'LAUNCHED' && f.target.count !== undefined && f.target.end <= c.start && /^[^，；。]{0,2}：/.test(s.text.slice(f.target.end)));
    if (!whole) return [];
    const from = c.start + marker[0].length;
    // 一是建立…机制: an item that starts with its verb is the verb's (launched.verb-object).
    if (VERB_AT_START.test(s.text.slice(from, c.end))) return [];
    const found = readMeasures(s.text, s.tokens, from, c.end).filter((f) => f.start === from);
    return launchedAll(c, launchersOf(c, whole), found.slice(0, 1), this.name);
  },
};

/** What opens a clause that names some of a counted whole: 其中包括, 包括, 分别是. */
const INCLUDING = /^(?:其中(?:包括|有)|包括|分别是|主要有)/;

/**
 * 制定和修订制度8项，其中包括《…办法》《…细则》; 部署“八个专项整治”，其中包括A专项整治、B专项整治: the measures a
 * clause names after a counted measure launched right before it are launched by the same bodies.
 */
export const launchedIncludedItem: Rule = {
  name: 'launched.included-item',
  relation: 'LAUNCHED',
  example: '天荒坪镇党委先后制定和修订制度8项，其中包括《天荒坪镇村级小额工程项目管理办法》《天荒坪镇民宿扶持资金审核拨付细则》',
  apply(c) {
    const marker = INCLUDING.exec(c.text);
    if (!marker) return [];
    const s = c.sentence;
    // The whole: the last measure launched before this clause, counted, ending the clause before it.
    const whole = [...c.earlierFindings].reverse().find((f) => f.type === 'LAUNCHED' && f.target.end <= c.start);
    if (!whole || !/^[\d一二三四五六七八九十两]|[\d一二三四五六七八九十两]+[项个条]$|“[一二三四五六七八九十两]/.test(`${whole.target.name}${s.text.slice(whole.target.end, c.start - 1)}`)) return [];
    if (!/^[^，；。]{0,6}，$/.test(s.text.slice(whole.target.end, c.start))) return [];
    // …形式主义官僚主义问题专项整治等: the list may end in 等, which names nothing more.
    const end = s.text[c.end - 1] === '等' ? c.end - 1 : c.end;
    const found = readMeasures(s.text, s.tokens, c.start + marker[0].length, end);
    return launchedAll(c, launchersOf(c, whole), found, this.name);
  },
};

/** Words after a list of quotes that name a way of working rather than a kind of measure. */
const WAYS = ['方式', '方法', '形式', '做法', '举措', '路径', '手段'];

export const launchedThrough: Rule = {
  name: 'launched.through-activity',
  relation: 'LAUNCHED',
  example: '当地党委通过“问计于民、开门整改”等活动广泛收集各方面意见建议400多条',
  apply(c) {
    // 通过“清单化分解”“压茬式推进”等方式: each quoted way of working is a measure.
    const list = /(?:通过|以)((?:“[^”]+”){2,}等?[\u4e00-\u9fff]{0,6})/.exec(c.text);
    const listed = list?.[1] ? quotedList(list[1], c.start + list.index + list[0].length - list[1].length, WAYS) : undefined;
    if (listed) return launchedAll(c, launchers(c), listed, this.name);
    const m = /(?:通过|以)(“[^”]+”(?:等)?[\u4e00-\u9fff]{0,8}?(?:活动|项目|行动|平台))(?:为抓手|为载体|为牵引|为突破口|)/.exec(c.text);
    if (!m?.[1] || (m[0].startsWith('以') && !/为(抓手|载体|牵引|突破口)$/.test(m[0]))) return [];
    const name = m[1];
    const start = c.start + m.index + m[0].indexOf(name);
    const found: FoundMeasure = { start, end: start + name.length, name: name.replace('等', ''), aliases: [name] };
    return launchedAll(c, launchers(c), [found], this.name);
  },
};

export const launchedIntoCampaign: Rule = {
  name: 'launched.into-campaign',
  relation: 'LAUNCHED',
  example: '贵州省黔南州结合实际将拖欠农民工工资问题纳入专项整治',
  apply(c) {
    const m = /将([\u4e00-\u9fff]{2,16}?问题)纳入(专项整治|集中整治)/.exec(c.text);
    if (!m?.[1] || !m[2]) return [];
    const start = c.start + (m.index ?? 0) + 1;
    const found: FoundMeasure = { start, end: start + m[0].length - 1, name: m[1] + m[2], aliases: [m[2]] };
    return launchedAll(c, launchers(c), [found], this.name);
  },
};

/** Work that names a project when what it works on comes after it, counted: 改造旅游公厕4座, 打通断头路14条. */
export const PROJECT_VERB = '(?:新建、改造|新建改造|新改建|改造|打通|新修|硬化|修缮|抽查)';
/** Units that count projects (座, 条); lengths (公里) measure them and give no count. */
const COUNTED_PROJECT = new RegExp(`${PROJECT_VERB}([\\u4e00-\\u9fff]{2,10}?)([\\d.]+|[一二三四五六七八九十两百千]+)(余|多)?(座|条|处|个|所|台|间|公里|千米|米)(?=[，。；、]|$)`, 'g');

export const launchedCountedProject: Rule = {
  name: 'launched.counted-project',
  relation: 'LAUNCHED',
  example: '石壁镇利用闲置空地新建停车位200余个，改造旅游公厕4座',
  apply(c) {
    if (asksOthers(c)) return [];
    const subjects = launchers(c);
    if (subjects.length === 0) return [];
    const found: FoundMeasure[] = [];
    COUNTED_PROJECT.lastIndex = 0;
    for (let m = COUNTED_PROJECT.exec(c.text); m; m = COUNTED_PROJECT.exec(c.text)) {
      const [written, object, number, approximate, unit] = m;
      if (!object || !number || !unit || m.index < c.subjectEnd) continue;
      // 新开工改造城镇老旧小区1200余个: a tally of works begun is a year's figure, not a project (the seed's gold, 003).
      if (/开工$/.test(c.text.slice(0, m.index))) continue;
      const verb = written.slice(0, written.indexOf(object));
      const start = c.start + m.index;
      // 改造旅游公厕4座 → 旅游公厕改造, count 4 (annotation notes, w7-002 and w8 part 1); 12公里 is a length, no count.
      const count = approximate || /米|公里/.test(unit) || number.includes('.') ? undefined : parseCount(number);
      found.push({ start, end: start + written.length, name: object + verb.replace('、', ''), aliases: [written.slice(0, verb.length + object.length)], ...(count !== undefined ? { count } : {}) });
    }
    return launchedAll(c, subjects, found, this.name);
  },
};

/** 每月第一周为市、县两级“无会周”, 每周三为“无会日”: a time of the calendar set aside under a quoted name. */
const TIME_SET_ASIDE = /(?:每(?:周|月|季度|年)(?:第[一二三四]周|[一二三四五六日])?|每月\d+日)为(?:[^，。；“”]{0,8})(“[^”]{2,8}”)/g;

export const launchedTimeSetAside: Rule = {
  name: 'launched.time-set-aside',
  relation: 'LAUNCHED',
  example: '广元市委明确，每月第一周为市、县两级“无会周”',
  apply(c) {
    if (asksOthers(c)) return [];
    const subjects = launchers(c);
    if (subjects.length === 0) return [];
    const found: FoundMeasure[] = [];
    for (const m of c.text.matchAll(TIME_SET_ASIDE)) {
      const name = m[1];
      if (!name || m.index < c.subjectEnd) continue;
      const start = c.start + m.index + m[0].length - name.length;
      found.push({ start, end: start + name.length, name, aliases: [] });
    }
    return launchedAll(c, subjects, found, this.name);
  },
};

export const launchedByAgents: Rule = {
  name: 'launched.passive-agents',
  relation: 'LAUNCHED',
  example: '中央明确的8个专项整治任务由第一批参加单位44个职能部门和第二批参加单位11个区、江北新区共同参与',
  apply(c) {
    const s = c.sentence;
    const m = /^(.*?)由(.+?)(?:共同|一起|联合)?(参与|负责|实施|承担|推进|落实)/.exec(c.text);
    if (!m?.[1] || !m[2]) return [];
    const objStart = c.start + (/的/.test(m[1]) ? m[1].lastIndexOf('的') + 1 : 0);
    const found = readMeasures(s.text, s.tokens, objStart, c.start + m[1].length);
    const agentsFrom = c.start + m[1].length + 1;
    const agentsTo = agentsFrom + m[2].length;
    const agents: Mention[] = [];
    for (const mention of s.mentions) {
      if (mention.start >= agentsFrom && mention.end <= agentsTo && mention.type !== 'Group') agents.push(mention);
    }
    const unit = readUnitAt(s.text, s.tokens, agentsFrom);
    if (unit) agents.push(unit);
    const subjects = [...launchers(c), ...agents];
    return launchedAll(c, subjects, found, this.name);
  },
};

/** 把X作为Y, 将X纳入Y: X is made into (or put in) Y. */
const MADE_INTO = /(?:把|将)([^，。；]{2,40}?)(?:作为|列入|纳入|写进|写入|列为|打造成|做成|确定为|设定为|定为|设为)([^，。；]{2,30})/;

/** What a thing is made that says how it counts, not what is done: 重要标尺, “先手棋”, 重大政治任务, “一把手”工程. */
const STANDING = /(?:标尺|抓手|先手棋|主线|突破口|切入点|评价标准|政治任务|首要任务|“一把手”工程|一把手工程|重中之重|主攻方向|重要内容|重要载体|试金石|检验标准)”?$/;
/** What a thing is made that says it is work done for people: “头号实事”, 重点民生项目, 民生工程. */
const KIND_OF_WORK = /(?:实事|民生项目|民生工程|实事项目|惠民工程)”?$/;

/** X read whole as a measure's name, when it is a short phrase of its own (no 的, no verb frame, no generic work). */
function wholeObject(text: string, start: number, end: number): FoundMeasure | undefined {
  const name = text.slice(start, end);
  if (name.length < 4 || name.length > 16 || /[的，、]/.test(name) || NOT_MEASURE.test(name)) return undefined;
  return { start, end, name, aliases: [] };
}

/** What binds the people it is written into: 村规民约, 居民公约, 章程. */
const BINDING = /^(?:村规民约|居民公约|村民公约|章程|自治章程)/;

export const launchedMadeInto: Rule = {
  name: 'launched.made-into',
  relation: 'LAUNCHED',
  example: '当地把“绿水青山就是金山银山”理念发源地余村作为现场教学点',
  apply(c) {
    const m = MADE_INTO.exec(c.text);
    if (!m?.[1] || !m[2]) return [];
    const s = c.sentence;
    const xStart = c.start + m.index + 1;
    const yStart = xStart + m[1].length + (m[0].length - 1 - m[1].length - m[2].length);
    // What is made into something is the measure when it is named with a head (把…培育工程写进整改方案;
    // 把…的“钢梯”作为… is a thing); otherwise the thing it becomes is (把革命旧址作为“流动课堂”), unless
    // that is the campaign's own work or a task (把学习教育作为重大政治任务).
    const xEnd = xStart + m[1].length;
    // 把小流域治理、高标准农田建设和供水管网改造列入清单: X read whole may be several measures, each made so.
    const readX = readMeasures(s.text, s.tokens, xStart, xEnd);
    const made = readX.some((f) => f.end === xEnd) ? readX.filter((f) => !/[”》]$/.test(f.name)) : [];
    // 把…作为检验成效的重要标尺, 作为“先手棋”: what X is made is a yardstick or a figure, never a measure; X is one only
    // when named as one.
    // …作为突破口 makes an area of work a priority: only a measure named with a strong head is one (“三资”管理 is work).
    if (STANDING.test(m[2])) {
      const named = made.filter((f) => !/^(?:专项整治|巡视整改|巡察整改|调查研究)$/.test(f.name) && !weakHeaded(f.name));
      return launchedAll(c, launchers(c), named, this.name);
    }
    // 把异地就医直接结算作为“头号实事”, 把农村电网巩固提升作为重点民生项目: X is the thing done, whatever its head.
    const work = KIND_OF_WORK.test(m[2]) && /作为|列为/.test(m[0]) ? wholeObject(s.text, xStart, xEnd) : undefined;
    if (work && made.length === 0) return launchedAll(c, launchers(c), [work], this.name);
    const into = made.length ? made : readMeasures(s.text, s.tokens, yStart, yStart + m[2].length).filter(
      // 纳入“八张问题清单”进行闭环管控: a frame the work is done in, not a measure made.
      (f) => (!/^(?:专项整治|集中整治)$|任务$/.test(f.name) || f.count !== undefined) && !/^进行/.test(s.text.slice(f.end)),
    );
    // 把“婚事新办、丧事简办”写进村规民约: a quoted rule written into what binds people is the measure.
    const quoted = into.length === 0 && BINDING.test(m[2]) ? readMeasures(s.text, s.tokens, xStart, xEnd).filter((f) => f.end === xEnd) : [];
    return launchedAll(c, launchers(c), [...into, ...quoted], this.name);
  },
};

/** Between a launcher and the verb of a relative clause: its committee, and when or how (新推出的, 此前建立的). */
const BEFORE_RELATIVE_VERB = /(党委|党组|党工委|委|政府)?(?:(?:依托|结合|围绕|针对)[^，。；的]{2,10}?)?(?:新|先后|相继|专门|此前|今年|去年|自主|牵头|统一|率先|创新|探索)*$/;

/** The region or unit that ends at `end` in the sentence: a mention, a unit's name, or a reference (学校, 该院). */
function launcherEndingAt(c: ClauseView, end: number): Mention | undefined {
  const s = c.sentence;
  const mention = s.mentions.find((m) => m.end === end && (m.type === 'Region' || m.type === 'Unit') && m.count === undefined && m.level !== 'group');
  if (mention) return mention;
  for (let at = Math.max(c.start, end - 16); at < end; at++) {
    const ref = c.unitReferredAt(at);
    if (ref && at + ref.length === end) return ref.unit;
    const unit = readUnitAt(s.text, s.tokens, at);
    // 镇便民服务中心设置的意见箱: a kind of service hall, unnamed, only says where.
    if (unit && unit.end === end) return SERVICE_HALL.test(unit.name) ? undefined : unit;
  }
  return undefined;
}
const SERVICE_HALL = /^(?:便民服务中心|党群服务中心|为民服务中心|政务服务中心|服务中心)$/;

/** A launch verb, or 报送 and 上报 (被巡察党组织报送的整改方案: the plan a body submits is its own, w15-014). */
const RELATIVE_VERB = new RegExp(`${VERB.source}|报送|上报`, 'g');

export const launchedInRelativeClause: Rule = {
  name: 'launched.relative-clause',
  relation: 'LAUNCHED',
  example: '指导组调阅了集团党委制定的主题教育实施方案和调研课题目录',
  apply(c) {
    const s = c.sentence;
    const out: Found[] = [];
    const quotes = quotedRanges(c.text);
    RELATIVE_VERB.lastIndex = 0;
    for (let m = RELATIVE_VERB.exec(c.text); m; m = RELATIVE_VERB.exec(c.text)) {
      if (insideQuotes(quotes, m.index) || c.text[m.index + m[0].length] !== '的' || WEAK_LAUNCH_VERBS.has(m[0])) continue;
      // 医院新推出的“先诊疗后付费”服务: who launched it is written right before the verb; 形成的制度成果 names no one.
      const lead = BEFORE_RELATIVE_VERB.exec(c.text.slice(0, m.index));
      const end = c.start + m.index - (lead?.[0].length ?? 0);
      // A reference may take the committee with it (学校党委 is the university).
      const launcher = launcherEndingAt(c, end) ?? (lead?.[1] ? launcherEndingAt(c, end + lead[1].length) : undefined);
      if (!launcher) continue;
      const from = c.start + m.index + m[0].length + 1;
      out.push(...launchedAll(c, [launcher], readMeasures(s.text, s.tokens, from, c.end), this.name));
    }
    return out;
  },
};
