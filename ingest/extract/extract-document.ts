// Runs the recognisers and rules over one normalised document, tracking who each clause is about
// from clause to clause and paragraph to paragraph; returns relations with their evidence.
import type { RelationType } from '../../schema/graph.ts';
import type { Token } from '../segment/segmenter.ts';
import { tokenize } from '../segment/segmenter.ts';
import { gazetteer, isWithin, type Division } from '../gazetteer/divisions.ts';
import { countedMembers, findCounted, findInspectedSets } from './mentions/counted.ts';
import { findGroups, withUnitOwners } from './mentions/groups.ts';
import { bodiesOfListedPlaces, findUnits, readUnitAt, unit as namedUnit } from './mentions/units.ts';
import { documentProvince, outletCity, outletProvince, RegionContext } from './mentions/region-context.ts';
import { divisionMention, findRegions, placeMention } from './mentions/regions.ts';
import type { Mention } from './mentions/mention.ts';
import { PRECONDITION, RULES, TRIGGER } from './rules.ts';
import type { ClauseView, Found, SentenceView } from './sentence-view.ts';
import { readCoordinated, readSubject, resolveSelf, type SubjectReading } from './subject.ts';
import { CAMPAIGN_IN_GROUP_NAME, LAUNCH_VERBS, UNIT_REFERENCES } from './lexicon.ts';
import { learnedReaders } from './classifier/learned.ts';
import { clauses, paragraphs, sentences, type Span } from './text-units.ts';

export interface SentenceFinding extends Found {
  sentence: Span;
}

/** Unambiguous divisions named anywhere in the text: they settle ambiguous ones named before them. */
function namedDivisions(sentences: ReadonlyArray<{ tokens: Token[] }>): Division[] {
  const out: Division[] = [];
  const byName = gazetteer().byName;
  for (const { tokens } of sentences) {
    for (const t of tokens) {
      if (t.tag !== 'ns') continue;
      const c = byName.get(t.word);
      if (c?.length === 1 && c[0] && c[0].name === t.word) out.push(c[0]);
    }
  }
  return out;
}

/** Divisions a headline names, short forms included (黑龙江), when only one division has that name. */
function titleDivisions(titleTokens: readonly Token[]): Division[] {
  const byName = gazetteer().byName;
  return titleTokens.flatMap((t) => {
    const c = t.tag === 'ns' ? byName.get(t.word) : undefined;
    return c?.length === 1 && c[0] ? [c[0]] : [];
  });
}

/** The unit an outlet belongs to: 山西大学新闻网, 湖北交投集团官网; a paper or a media centre is no unit of the text. */
function outletUnit(source: string | undefined): Mention | undefined {
  const name = source?.trim().replace(/(?:新闻网|官网|网站|官方网站|微信公众号)$/, '');
  if (!name || /报$|融媒体中心$|电视台$|新闻社$/.test(name)) return undefined;
  const unit = readUnitAt(name, tokenize(name), 0);
  return unit && unit.end === name.length ? unit : undefined;
}

function mentionsInClause(s: SentenceView, clause: Span): number {
  return s.mentions.filter((m) => m.type === 'Region' && m.start >= clause.start && m.end <= clause.end).length;
}

function groupName(owner: Mention | string | undefined, ownerWords: string, kind: string): string {
  if (typeof owner === 'string') return `${owner}${kind}`;
  // A group formed by offices (省委办公厅、省政府办公厅 → 省委省政府督查组) is named by its own words.
  if (owner && owner.type !== 'Region' && ownerWords) return `${ownerWords}${kind}`;
  // 中央 groups and a 市委 group whose region is not a city carry no region in their name.
  if (!owner || /^中央/.test(ownerWords) || (/^市委/.test(ownerWords) && !owner.name.endsWith('市'))) return `${ownerWords}${kind}`;
  // 市委第二督导组 and 市扫黑除恶专项斗争领导小组 of 百色市: the level word is the region's own last character.
  const words = ownerWords && owner.name.endsWith(ownerWords[0] ?? '') && /^.(?:委|政府)|^[省市县区州](?!委|政府)/.test(ownerWords) ? ownerWords.slice(1) : ownerWords;
  return `${owner.name}${words}${kind}`;
}

/** A sentence that opens with how many problems found were put right (…286个问题已整改完成269个). */
const RECTIFICATION_TALLY = /^(?:目前|截至[^，。]{0,12}|从[^，。]{0,12}看)?，?[^，。]{0,10}?(?:\d+|[一二三四五六七八九十百]+)个(?:反馈|巡察反馈|移交)?问题(?:已|中已)?整改(?:完成|到位|销号)/;

/** Kinds of body a generic 各… names, and how the names of such bodies end. */
const EACH_KIND: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^各(?:子企业|子公司|分公司|所属企业|二级企业)/, /(?:公司|集团|工程局|研究院|设计院)$/],
  [/^各(?:二级)?学院/, /学院$/],
  // 各垂直管理局党组 after 第一指导组联系北京局、天津局…; 各二级分行, 各附属医院, 各站段 likewise (w25).
  [/^各[\u4e00-\u9fff]{0,4}局/, /局$/],
  [/^各(?:二级)?(?:分行|支行)/, /行$/],
  [/^各(?:附属)?医院/, /医院$/],
  [/^各站段/, /[站段]$/],
];

/** A group named by its number (第二巡察组, 中央第十六指导组). */
const NUMBERED_GROUP = /第[一二三四五六七八九十\d]+[^第]*组$/;

/** 指导督促第二批单位…: guiding verbs whose object is a generic body, not an entity. */
const GUIDES_UNNAMED = /^(?:立即|及时|认真|全面)?(?:指导督促|督促指导|指导推动|督促推动|指导|督促|引导)(?:各地|各级|各单位|第[一二三四五六七八九十]批单位|参学单位|基层)/;

/** Who the text is about as reading moves from clause to clause, and the groups already in play. */
class Discourse {
  focus: Mention | undefined;
  paragraphTopic: Mention | undefined;
  /** The region the document is first about (its lead's subject): later paragraphs default to it. */
  documentTopic: Mention | undefined;
  /** The body the document is first about, when no region acted before it. */
  documentUnit: Mention | undefined;
  paragraphSubjects: Mention[] = [];
  /** The bodies and places a 巡察 or 巡视 group has been read supervising, in order. */
  readonly inspected: Mention[] = [];
  /** The bodies any group has been read supervising, in order. */
  readonly supervised: Mention[] = [];
  /** The bodies read forming groups. */
  readonly founders: Mention[] = [];
  /** Notes what a finding says a group supervised, and a 巡察 or 巡视 group inspected. */
  noteSupervised(f: Found): void {
    if (f.type === 'ESTABLISHED' && f.source.type === 'Unit' && !this.founders.some((u) => u.key === f.source.key)) this.founders.push(f.source);
    const t = f.target;
    if (f.type !== 'SUPERVISES' || t.count !== undefined || t.inspectedSet || (t.type !== 'Unit' && t.type !== 'Region')) return;
    if (t.type === 'Unit' && !this.supervised.some((u) => u.key === t.key)) this.supervised.push(t);
    if (/巡[察视]/.test(f.source.name) && !this.inspected.some((u) => u.key === t.key)) this.inspected.push(t);
  }
  /** 各子企业, 各学院: the bodies of that kind the groups were read supervising, when there are several. */
  eachSupervised(words: string): Mention[] | undefined {
    const kind = EACH_KIND.find(([re]) => re.test(words))?.[1];
    const members = kind ? this.supervised.filter((u) => kind.test(u.name)) : [];
    return members.length >= 2 ? members : undefined;
  }
  /** Counted sets of bodies the text named one by one (5家子公司 after 黄陵矿业、…、北元化工), by the set's name. */
  countedMembers = new Map<string, Mention[]>();

  /**
   * The bodies a counted set numbered before: by its name (5家子公司), or by the same count of the same kind written
   * shorter (4家医院党委均成立… after …柳州市妇幼保健院4家市属公立医院).
   */
  membersOf(m: Mention): Mention[] | undefined {
    // 向被巡察党组织反馈, 各被巡察单位研究制定整改方案: the bodies inspected so far, each of them (w12 part 2, w4-007).
    if (m.inspectedSet) return this.inspected.map((u) => ({ ...u, start: m.start, end: m.end, surface: m.surface }));
    // 对上述学院开展巡察: a back-reference to a set named one by one is each of them (w13 adjudication, part 2).
    const back = /^上述([\u4e00-\u9fff]{1,4})$/.exec(m.name)?.[1];
    if (back) return [...this.countedMembers].reverse().find(([name]) => name.endsWith(back))?.[1];
    const exact = this.countedMembers.get(m.name);
    if (exact || m.count === undefined) return exact;
    const counted = /^([\d一二三四五六七八九十两]+)([家个所])([\u4e00-\u9fff]+)$/.exec(m.name);
    if (!counted) return undefined;
    const [, n, classifier, kind] = counted;
    for (const [name, members] of this.countedMembers) {
      if (name.startsWith(`${n}${classifier}`) && name.endsWith(kind ?? '') && members.length === m.count) return members;
    }
    return undefined;
  }
  /**
   * A finding once for each member of a set it names: a target named before one by one (上述学院, 5家子公司), and a
   * source that is the set inspected (被巡察党组织).
   */
  eachMember(f: Found): Found[] {
    const members = f.target.type === 'Group' ? undefined : this.membersOf(f.target);
    const targets = members ? members.map((target) => ({ ...f, target })) : [f];
    // 被巡察党组织报送的整改方案: the inspected set as a source is each body inspected too.
    return f.source.inspectedSet ? targets.flatMap((t) => (this.membersOf(f.source) ?? []).map((source) => ({ ...t, source }))) : targets;
  }

  groupsHere: Mention[] = [];
  readonly groupsSeen: Mention[] = [];
  /** Set by 在X， for the rest of the sentence. */
  location: Mention | undefined;
  inherited: Mention[] = [];
  blocked: string | undefined;
  sentenceGroups: Mention[] = [];
  subjects: Mention[] = [];
  /** Units named so far, latest first, and those of the current sentence with where they start. */
  // Units are looked for only when a clause refers back to one (rare), so earlier sentences keep a
  // thunk that finds theirs, run at most once.
  private readonly unitsBefore: Array<() => Mention[]> = [];
  private earlierOrder: () => Mention[] = () => [];
  private sentenceUnits: () => Mention[] = () => [];
  /** Regions named so far, latest first, and those of the current sentence: 市委 may mean the last city. */
  private readonly regionsSeen: Mention[] = [];
  private sentenceRegions: Mention[] = [];
  private clauseStart = 0;

  constructor(
    private readonly docId: string,
    /** The province the whole document is about (`documentProvince`): whose 省委 and 我省 before the text names it. */
    private readonly province?: Mention,
    /** The prefecture-level city the title names (韶关市委8个巡回督导组…): whose 市委 the text means. */
    private readonly city?: Division,
    /** The unit whose own site or paper published the document (山西大学新闻网 → 山西大学), if it is one. */
    private readonly outlet?: Mention,
    /** Counties the title names (安福县委常委会研究部署…): whose 县委 the text means when it names none before. */
    private readonly titlePlaces: Mention[] = [],
    /** The title and the outlet, where a body the text calls by a short name (中国电建) may be written so. */
    private readonly masthead = '',
    /** The body whose own report this is, by its title (中共沁水县农业农村局党组关于…的通报). */
    private readonly issuer?: Mention,
  ) {}

  startParagraph(): void {
    this.paragraphTopic = undefined;
    this.paragraphSubjects = [];
    this.groupsHere = [];
  }

  startSentence(focus: Mention | undefined, units: () => Mention[], regions: Mention[], text = ''): void {
    this.unitsBefore.unshift(this.earlierOrder);
    let found: Mention[] | undefined;
    const mine = (this.sentenceUnits = () => (found ??= units()));
    // Looking back from a later sentence, a sentence's own subject comes first; after it, the units it names as objects
    // latest first: "…巡回指导组到信阳农林学院调研；…则深入信阳市中心医院。…该院推出…" means the hospital.
    let ordered: Mention[] | undefined;
    this.earlierOrder = () =>
      (ordered ??= (() => {
        const all = mine();
        const [first, ...rest] = all;
        if (!first) return [];
        // A subject opens its clause: 第二批主题教育开展以来，国网山东省电力公司党委把….
        const opensClause = first.start === 0 || /[，；：。]$/.test(text.slice(0, first.start));
        return opensClause ? [first, ...rest.reverse()] : [...all].reverse();
      })());
    for (const r of this.sentenceRegions.reverse()) this.regionsSeen.unshift(r);
    this.regionsSeen.splice(50);
    this.sentenceRegions = regions.filter((r) => r.type === 'Region' && r.level !== 'group');
    this.focus = focus;
    this.location = undefined;
    // 目前，236个反馈问题已整改完成219个，建立完善制度机制38项: a tally of rectification naming no one, after an
    // inspection, is the inspected bodies' (annotation notes, w4-007 and w7-013).
    this.inherited = this.inspected.length > 0 && RECTIFICATION_TALLY.test(text) ? [...this.inspected] : this.defaultSubjects();
    this.blocked = undefined;
    this.sentenceGroups = [];
  }

  /** Who a sentence or a frame that names no one is about: the paragraph's subjects, else its region. */
  defaultSubjects(): Mention[] {
    if (this.paragraphSubjects.length) return this.paragraphSubjects;
    const body = this.bodyAbout();
    if (body) return [body];
    // The region the document opens with, when it lies in the province the document is mostly about,
    // is the more precise default (甘肃省…迭部县: the county).
    const within = this.documentTopic?.division && this.focus?.division && isWithin(this.documentTopic.division, this.focus.division);
    const topic = this.paragraphTopic ?? (within ? this.documentTopic : undefined) ?? this.focus ?? this.documentTopic;
    return topic ? [topic] : [];
  }

  /**
   * The body a document is about when no region has acted in it (a university's or an institute's own site, a report on
   * one company): a sentence naming no one is the body's, not the province's its place lies in (领导小组办公室建立整改台账).
   */
  bodyAbout(): Mention | undefined {
    return this.paragraphTopic || this.documentTopic ? undefined : this.documentUnit;
  }

  topic(): Mention | undefined {
    return (
      this.location ??
      this.subjects.find((m) => m.type === 'Region') ??
      this.inherited.find((m) => m.type === 'Region') ??
      // 第一督导组负责平都镇…；第二督导组负责…: a clause carried on from a group is in the region the group belongs to.
      this.inherited.find((m): m is Mention & { owner: Mention } => m.type === 'Group' && m.owner?.type === 'Region')?.owner ??
      this.paragraphTopic ??
      this.focus
    );
  }

  /** The node a group mention names, given who forms it (undefined: a bare mention looks back). */
  readonly group = (mention: Mention, formedBy?: Mention | string): Mention => {
    let m = mention;
    if (m.key) return m;
    const kind = m.groupKind ?? m.name;
    if (!m.ownerRegion && !m.ownerWords && formedBy === undefined) {
      // A bare 督导组 is the group of that kind already in play.
      // 4个巡察组 after 第二巡察组: a counted mention means the set, not one numbered group of it.
      const prior = [...this.groupsHere, ...this.groupsSeen].find(
        (g) => g.groupKind && (g.groupKind.endsWith(kind) || kind.endsWith(g.groupKind)) && !(m.count !== undefined && NUMBERED_GROUP.test(g.name)),
      );
      if (prior) return { ...prior, start: m.start, end: m.end, surface: m.surface, ...(m.count !== undefined ? { count: m.count } : {}) };
    }
    // 县委第一巡察组进驻…；第二巡察组进驻…: a numbered group listed after a sibling is sent by the same body.
    const senderOf = (g: Mention): string => (g.ownerWords ?? '').replace(/第[一二三四五六七八九十百\d]+$/, '');
    const sibling = !senderOf(m) && !m.ownerRegion && formedBy === undefined && NUMBERED_GROUP.test(m.name) ? this.inherited.find((g) => g.type === 'Group' && senderOf(g) && NUMBERED_GROUP.test(g.name)) : undefined;
    if (sibling) m = { ...m, ownerWords: senderOf(sibling) + (m.ownerWords ?? '') };
    // A group belongs to a region; a unit the sentence is set in (在贵州省委党校，指导组…) owns none.
    const topic = this.topic();
    const region = topic?.type === 'Region' ? topic : undefined;
    // 省政府第九督查组 in a county's paragraph belongs to the county's province.
    const explicitOwner = m.ownerRegion ?? m.ownerUnit ?? (m.ownerWords ? resolveSelf(m.ownerWords, region, this.recentRegions(), this.city) : undefined);
    // A group formed by a group (a 领导小组 sending 巡回指导组) shares its former's owner.
    const former = typeof formedBy === 'object' && formedBy.type === 'Group' ? formedBy : undefined;
    // A group whose owner is not written is the body's, in a document about one (领导小组办公室).
    const scene = (!this.location && this.bodyAbout()) || region;
    // A unit referred to (院党委) that the text never named forms groups of no one we can name.
    const owner = explicitOwner ?? former?.ownerRegion ?? former?.ownerUnit ?? (former || formedBy === undefined ? scene : formedBy === 'unit' ? undefined : formedBy);
    if (former && !m.ownerWords) m = { ...m, ownerWords: /^中央/.test(former.ownerWords ?? '') ? '中央' : '' };
    const ownerKey = /^中央/.test(m.ownerWords ?? '')
      ? '中央'
      : typeof owner === 'string'
        ? `${topic?.key ?? this.docId}:${owner}`
        : (owner?.key ?? this.docId);
    const ownerWords = m.ownerRegion ? m.surface.slice(m.ownerRegion.surface.length, -kind.length).replace(CAMPAIGN_IN_GROUP_NAME, '') : (m.ownerWords ?? '');
    const name = groupName(owner, ownerWords, kind);
    const g: Mention = {
      ...m,
      name,
      aliases: [...new Set([m.surface, kind, ...m.aliases])].filter((a) => a !== name),
      key: `Group:${ownerKey}:${name}`,
      ...(typeof owner === 'object' ? { owner } : {}),
    };
    this.groupsHere = [g, ...this.groupsHere.filter((x) => x.key !== g.key)];
    this.groupsSeen.unshift(g);
    return g;
  };

  /** Regions named before the current clause, latest first; last, the county or town the title names. */
  recentRegions(): Mention[] {
    return [...this.sentenceRegions.filter((r) => r.end <= this.clauseStart).reverse(), ...this.regionsSeen, ...this.titlePlaces];
  }

  /** The unit a reference at `at` in the current sentence means (到该院门诊大厅暗访), if any. */
  readonly unitReferredAt = (text: string, at: number): { unit: Mention; length: number } | undefined => {
    for (const [word, ends] of UNIT_REFERENCES) {
      const ref = word.exec(text.slice(at));
      const unit = ref && this.unitReferredTo(ends, at);
      if (ref && unit) return { unit: { ...unit, start: at, end: at + ref[0].length }, length: ref[0].length };
    }
    return undefined;
  };

  /** The unit a 学校党委 or 该院 at the clause's start refers back to: the latest one it can mean. */
  private unitReferredTo(ends: readonly RegExp[], until = this.clauseStart, committee = false): Mention | undefined {
    const before = this.sentenceUnits().filter((u) => u.end <= until).reverse();
    // Earlier sentences latest first, each in its own order: a sentence's first unit is mostly its subject.
    const earlier = this.unitsBefore.flatMap((units) => units());
    // The scene set by 在黔东南民族职业技术学院， comes first; a kind of body (高等学校) is no one to refer to.
    const scene = this.location?.type === 'Unit' ? [this.location] : [];
    // 中共沁水县农业农村局党组关于…的通报: in a body's own report, its committee (局党组, 局里) is that body.
    const issuer = this.issuer ? [this.issuer] : [];
    const all = [...issuer, ...scene, ...before, ...earlier].filter((u) => !GENERIC_UNIT.test(u.name));
    // 国家粮食和物资储备局党组成立6个指导组…第一指导组联系北京局、天津局…。局党组举办专题读书班: a body's committee (局党组,
    // 学院党委) is the body of that kind that formed groups, when one did, not the last one named.
    // A body may be written by its full name once and its short name after (四川大学华西医院, 华西医院).
    const has = (list: readonly Mention[], u: Mention): boolean => list.some((v) => v.key === u.key || v.name.endsWith(u.name) || u.name.endsWith(v.name));
    const founders = committee ? all.filter((u) => has(this.founders, u)) : [];
    const candidates = founders.some((u) => ends.some((end) => end.test(u.name))) ? founders : all;
    for (const end of ends) {
      const unit = candidates.find((u) => end.test(u.name));
      // 集团主题教育领导小组办公室…, after 山东高速轨道交通集团有限公司 in a report on 山东高速集团有限公司: a bare 集团
      // means the group a subsidiary is named after, when both were named (or the group is the outlet).
      const parents = this.outlet ? [...candidates, this.outlet] : candidates;
      const parent = unit && /集团/.test(unit.name) ? parents.find((p) => p !== unit && end.test(p.name) && isNamedAfter(unit.name, p.name)) : undefined;
      if (unit) return parent ?? unit;
      // 学校全面启动…（来源: 山西大学新闻网）: a body's own site names the 学校 its text never names, and comes before what
      // the word can mean only second (校党委 after 马克思主义学院, on 东北林业大学新闻网, is the university).
      if (this.outlet && end.test(this.outlet.name)) return this.outlet;
    }
    return undefined;
  }

  /** The region a self-reference (市委, 县里, 该县) means here: where the text is, else the regions named last. */
  readonly regionReferredTo = (word: string): Mention | undefined =>
    resolveSelf(word, this.location ?? this.paragraphTopic ?? this.focus ?? this.province, this.recentRegions(), this.city);

  /** Joint actors (会同X、Y) act beside this clause's subjects, and beside them in the clauses that inherit them. */
  join(actors: Mention[]): void {
    this.subjects = [...this.subjects, ...actors.filter((a) => !this.subjects.some((s) => s.key === a.key))];
    // …发挥牵头抓总作用，会同X、Y建立协调机制，制定实施方案: joined in a clause without a subject of its own, they go
    // on acting in the clauses after it, as its subject does.
    if (this.subjects.every((m) => this.inherited.includes(m) || actors.includes(m))) this.inherited = this.subjects;
  }

  /** Takes in who a clause names; returns its subjects, where they end and a generic subject's words. */
  read(reading: SubjectReading, clauseStart: number): { subjectEnd: number; generic: string | undefined } {
    this.clauseStart = clauseStart;
    this.subjects = [];
    switch (reading.kind) {
      case 'location':
        this.location = reading.place;
        this.inherited = [reading.place];
        this.blocked = undefined;
        return { subjectEnd: 0, generic: undefined };
      case 'explicit':
        // 5家子公司党委均成立…: a counted set named before by its members is those members.
        this.subjects = reading.subjects.flatMap((m) => (m.type === 'Group' ? [this.group(m)] : (this.membersOf(m) ?? [m])));
        this.blocked = undefined;
        return { subjectEnd: reading.end, generic: undefined };
      case 'self': {
        const self = this.regionReferredTo(reading.word);
        this.subjects = self ? [self] : [];
        this.blocked = undefined;
        return { subjectEnd: reading.end, generic: undefined };
      }
      case 'unit': {
        // 中国电建党委印发实施方案 in 中国电建网's report: a body the report's title or outlet names by that short name.
        const unit = this.unitReferredTo(reading.ends, this.clauseStart, reading.committee) ?? (reading.abbreviation && this.masthead.includes(reading.abbreviation) ? namedUnit(reading.abbreviation, clauseStart) : undefined);
        if (!unit && reading.orNone) {
          if (!this.blocked) this.subjects = this.inherited;
          return { subjectEnd: 0, generic: this.blocked };
        }
        this.subjects = unit ? [{ ...unit, start: clauseStart, end: clauseStart + reading.end }] : [];
        this.blocked = unit ? undefined : 'unit';
        return { subjectEnd: reading.end, generic: unit ? undefined : 'unit' };
      }
      case 'activity': {
        const group = this.groupsHere[0] ?? this.groupsSeen[0];
        this.subjects = group ? [group] : [];
        this.blocked = undefined;
        return { subjectEnd: reading.end, generic: undefined };
      }
      case 'frame':
        this.inherited = this.defaultSubjects();
        this.subjects = this.inherited;
        this.blocked = undefined;
        return { subjectEnd: 0, generic: undefined };
      case 'generic': {
        // 各子企业党委普遍举办了专题读书班, after groups 分片联系各子企业 and a 分工 naming them: each of them (w15 part 2).
        const each = reading.end !== undefined ? this.eachSupervised(reading.words) : undefined;
        if (each) {
          this.subjects = each.map((u) => ({ ...u, start: clauseStart, end: clauseStart + (reading.end ?? 0) }));
          this.blocked = undefined;
          return { subjectEnd: reading.end ?? 0, generic: undefined };
        }
        this.blocked = reading.words;
        return { subjectEnd: 0, generic: reading.words };
      }
      case 'none':
        if (!this.blocked) this.subjects = this.inherited;
        return { subjectEnd: 0, generic: this.blocked };
    }
  }

  /**
   * After the rules: what this clause said about its subject carries on to the next ones. A clause
   * that guides unnamed others (指导督促第二批单位围绕…，坚持…，制定…) hands the rest of the sentence
   * to them, so its later clauses launch nothing for the subject.
   */
  carry(reading: SubjectReading, clauseText: string, subjectEnd: number): void {
    if (GUIDES_UNNAMED.test(clauseText.slice(subjectEnd))) this.blocked = 'guided';
    if (reading.kind === 'explicit' || reading.kind === 'self' || reading.kind === 'activity' || reading.kind === 'unit') {
      this.inherited = this.subjects;
      // In a paragraph about a region, a unit acts for its own sentence; the next one is about the
      // region again (区人民医院划分15个党员责任区。在教育领域开展… is the district's).
      const forItself = !this.paragraphTopic || this.subjects.some((m) => m.type !== 'Unit');
      if (forItself) this.paragraphSubjects = this.subjects;
      const region = this.subjects.find((m) => m.type === 'Region' && m.level !== 'group') ?? this.subjects.find((m) => m.ownerRegion)?.ownerRegion;
      if (region) this.paragraphTopic = region;
      this.documentTopic ??= region;
      if (!this.documentTopic) this.documentUnit ??= this.subjects.find((m) => m.type === 'Unit' && m.count === undefined);
    } else if (reading.kind === 'generic') {
      this.paragraphSubjects = [];
    }
    // 市财政局、市纪委监委等12个部门组成专项治理工作专班，出台《…》: departments that form the region's
    // own working body hand the rest of the sentence to it, and it acts for the region (ontology).
    const region = this.paragraphTopic ?? this.focus;
    // One body forming its own 专班 goes on acting itself (市纪委监委成立工作专班，会同…制定《…》).
    if (FORMS_REGION_BODY.test(clauseText) && region && this.inherited.length >= 2 && this.inherited.every((m) => m.type === 'Unit')) {
      this.inherited = [region];
      this.blocked = undefined;
    }
  }
}

/**
 * 霍尔奇镇：“一村一课”…: a report about a town, street or township names it first in its title, before a colon. The
 * segmenter may cut such a name (霍尔/奇镇) and the gazetteer holds no towns, so the title says it is a place.
 */
function titleTown(title: string | undefined, titleRegions: readonly Mention[]): string | undefined {
  const name = title && /^([\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|苏木))[：:]/.exec(title)?.[1];
  return name && !titleRegions.some((m) => m.start === 0 && m.end === name.length) ? name : undefined;
}

/** The body that issues a report by its title (中共沁水县农业农村局党组关于县委巡察整改进展情况的通报). */
function titleIssuer(title: string | undefined): Mention | undefined {
  const name = title && /^(?:中共)?([\u4e00-\u9fff]{4,24}?)(?:党组|党委)?关于/.exec(title)?.[1];
  if (!name) return undefined;
  const unit = readUnitAt(name, tokenize(name), 0);
  return unit && unit.end === name.length ? { ...unit, start: 0, end: 0 } : undefined;
}

/** The title's town wherever the text writes it, unless a place already read covers it. */
function withTitleTown(text: string, town: string, regions: Mention[]): Mention[] {
  const out = [...regions];
  for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + town.length)) {
    if (!out.some((m) => m.start < at + town.length && m.end > at)) out.push(placeMention(town, 'township', at));
  }
  return out.length === regions.length ? regions : out.sort((a, b) => a.start - b.start);
}

/** Whether a company's name is its group's stem and more (山东高速轨道交通集团有限公司 after 山东高速集团有限公司). */
function isNamedAfter(child: string, parent: string): boolean {
  const stem = parent.replace(/集团(?:股份)?(?:有限(?:责任)?公司)?$/, '');
  return stem.length >= 2 && stem !== parent && child.startsWith(stem) && child.length > parent.length - 2 && child !== parent;
}

/** Names of kinds of body rather than of one body: 高等学校, 公立医院, 中央企业. */
const GENERIC_UNIT = /^(?:高等|普通|公立|民办|中央|国有|地方|各类|各级|基层|重点|子|分|下属|所属|二级|三级)?(?:学校|高校|院校|医院|企业|公司|集团|集团公司|单位|部门)$|^[全各每]|^机关(?:各)?(?:司局|处室|部门|部处)$/;

/** A clause in which bodies form a working body that acts for their region. */
const FORMS_REGION_BODY = /(?:组成|成立|组建)[^，]{0,12}(?:工作专班|专班|指挥部)$/;

/** Verbs whose objects a following clause without a verb may go on listing. */
const VISIT_VERB = /来到|深入|走访|走进|前往|先后到|分赴|察看|督导|暗访|调研/;

export interface DocumentMeta {
  title?: string | undefined;
  /** The outlet (陕西日报): a provincial paper says whose 省委 and 我省 it means. */
  source?: string | undefined;
}

export interface ExtractHooks {
  /** Sees every clause as the rules see it (its subjects, topic, group): for tracing why a rule did not fire. */
  onClause?: (c: ClauseView) => void;
  /** After the rules of a clause, given what they found in its sentence so far: more findings (the learned filter). */
  afterRules?: (c: ClauseView, found: readonly Found[]) => Found[];
}

const DEFAULT_HOOKS: ExtractHooks = { afterRules: learnedReaders() };

/**
 * `meta.title` is the document's headline when the reader found it outside the text (a crawled title line):
 * the region it names is what the report is about (黑龙江第二批主题教育… → 我省 is 黑龙江省). By default the learned
 * LAUNCHED filter and the measure tagger run after the rules; hooks without `afterRules` give the rules alone.
 */
export function extractDocument(docId: string, text: string, meta: DocumentMeta = {}, hooks: ExtractHooks = DEFAULT_HOOKS): SentenceFinding[] {
  const { onClause, afterRules } = hooks;
  const { title } = meta;
  const paras = paragraphs(text);
  const tokenized = paras.map((p) => sentences(p).map((s) => ({ span: s, tokens: tokenize(s.text) })));
  const ctx = new RegionContext(namedDivisions(tokenized.flat()));
  const titleTokens = title ? tokenize(title) : [];
  const inTitle = titleDivisions(titleTokens);
  for (const d of title && !text.startsWith(title) ? inTitle : []) ctx.note(d);
  const findings: SentenceFinding[] = [];
  // A city's own paper (宜春日报) says whose 市委 the text means when its title names no city, and so whose province.
  const titleCity = inTitle.find((x) => x.level === 'prefecture') ?? outletCity(meta.source);
  const province = documentProvince([title ?? '', meta.source ?? '', text].join('\n')) ?? outletProvince(meta.source) ?? titleCity?.parent;
  // Read as the text's regions are (和县直部门 names no county 和县).
  const titleRegions = title ? findRegions(title, titleTokens, new RegionContext([])) : [];
  const titleCounties = titleRegions.filter((m) => m.level === 'county' && m.division).map((m) => ({ ...m, start: 0, end: 0 }));
  const town = titleTown(title, titleRegions);
  const d = new Discourse(docId, province ? divisionMention(province, 0, province.name) : undefined, titleCity, outletUnit(meta.source), [
    ...titleCounties,
    ...(town ? [placeMention(town, 'township', 0)] : []),
  ], `${title ?? ''}\n${meta.source ?? ''}`, titleIssuer(title));

  for (const para of tokenized) {
    d.startParagraph();
    for (const { span, tokens } of para) {
      const read = findRegions(span.text, tokens, ctx);
      const listedBodies = bodiesOfListedPlaces(span.text, town ? withTitleTown(span.text, town, read) : read);
      const regions = listedBodies.regions;
      const counted = [...findCounted(span.text, docId), ...findInspectedSets(span.text, docId)].filter((c) => !regions.some((r) => c.start < r.end && c.end > r.start));
      let found: Mention[] | undefined;
      const units = () => (found ??= findUnits(span.text, tokens));
      const groups = withUnitOwners(findGroups(span.text, regions), span.text, units);
      const mentions = [...regions, ...listedBodies.units, ...counted, ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
      const view: SentenceView = { text: span.text, start: span.start, tokens, mentions };
      const focusDivision = ctx.focus();
      d.startSentence(focusDivision ? divisionMention(focusDivision, 0, focusDivision.name) : undefined, units, regions, span.text);
      for (const [name, members] of countedMembers(span.text, counted, units)) d.countedMembers.set(name, members);

      let listGoesOn = false;
      const question = /[？?]$/.test(span.text.trimEnd());
      const inSentence: Found[] = [];
      // A verb inside a name is none (安徽省/投资/集团); the names are gathered once a sentence, when first needed.
      let names: Mention[] | undefined;
      const named = (t: Token) => (names ??= [...mentions, ...units()]).some((m) => m.start <= t.start && t.end <= m.end);
      for (const cl of clauses({ text: span.text, start: 0, end: span.text.length })) {
        // A clause without a verb, after the sentence's first, goes on listing what the clause before it acted on: the
        // region it starts with is no new subject (…深入小溪塔街道、乐天溪镇，秭归县茅坪镇、郭家坝镇烟灯堡村，).
        const listOnly: boolean = listGoesOn && !tokens.some((t) => t.start >= cl.start && t.end <= cl.end && /^v/.test(t.tag) && !named(t));
        listGoesOn = listOnly || VISIT_VERB.test(cl.text);
        const written = readSubject(view, cl.start, cl.end);
        const reading: SubjectReading = listOnly && written.kind === 'explicit' && written.subjects.every((m) => m.type !== 'Group') ? { kind: 'none' } : written;
        const read = d.read(reading, cl.start);
        const { generic } = read;
        let { subjectEnd } = read;
        // 省生态环境厅…会同张掖市、武威市开展…专项行动: joint actors act with the subject, each of them.
        const co = !generic && d.subjects.length > 0 ? readJointActors(view, cl.start + subjectEnd, cl.end) : undefined;
        if (co) {
          d.join(co.actors);
          subjectEnd = co.end - cl.start;
        }
        const clause: ClauseView = {
          sentence: view,
          start: cl.start,
          end: cl.end,
          text: cl.text,
          subjects: d.subjects,
          subjectEnd,
          genericSubject: generic,
          group: d.group,
          topic: d.topic(),
          location: d.location,
          earlierGroups: [...d.sentenceGroups],
          earlierFindings: [...inSentence],
          unitReferredAt: (at) => d.unitReferredAt(span.text, at),
          regionReferredTo: d.regionReferredTo,
          listOnly,
        };
        onClause?.(clause);
        // 问：县里采取了哪些措施？ A question asserts nothing; its subject still carries on to the answer.
        const triggered = (TRIGGER.test(cl.text) || mentionsInClause(view, cl) > 1 || listOnly) && !question;
        const possible: Partial<Record<RelationType, boolean>> = {};
        for (const rule of triggered ? RULES : []) {
          if (!(possible[rule.relation] ??= PRECONDITION[rule.relation](clause))) continue;
          for (const f of rule.apply(clause).flatMap((f) => d.eachMember(f))) {
            findings.push(Object.assign(f, { sentence: span }));
            inSentence.push(f);
            d.noteSupervised(f);
            for (const g of [f.source, f.target]) if (g.type === 'Group' && !d.sentenceGroups.includes(g)) d.sentenceGroups.push(g);
          }
        }
        if (triggered && afterRules) {
          for (const f of afterRules(clause, inSentence)) {
            findings.push(Object.assign(f, { sentence: span }));
            inSentence.push(f);
          }
        }
        d.carry(reading, cl.text, subjectEnd);
      }
    }
  }
  return findings;
}

/** 会同/联合 and the regions or units coordinated after it, up to where they end (a comma, 对…, or the verb). */
function readJointActors(s: SentenceView, at: number, end: number): { actors: Mention[]; end: number } | undefined {
  const joint = /^(?:还|并|同时|先后)?(?:会同|联合|协同)/.exec(s.text.slice(at, end)) ?? WITH_OTHERS.exec(s.text.slice(at, end));
  if (!joint) return undefined;
  const read = readCoordinated(s, at + joint[0].length, end);
  if (!read || !read.subjects.every((m) => (m.type === 'Region' || m.type === 'Unit') && m.count === undefined)) return undefined;
  // 与X座谈, 与X结对: with 与 the bodies act jointly only when a launch verb follows them.
  if (!/^(?:会同|联合|协同)/.test(joint[0].replace(/^(?:还|并|同时|先后)/, '')) && !JOINT_LAUNCH_AFTER.test(s.text.slice(read.end, end))) return undefined;
  return { actors: read.subjects, end: read.end };
}

/** 省纪委监委就与省卫生健康委、省医保局等部门建立会商机制: bodies written after 与 or 同, then a launch verb, launch with the subject. */
const WITH_OTHERS = /^(?:还|并|同时|先后|就|已)?(?:与|同)/;
const JOINT_LAUNCH_AFTER = new RegExp(`^(?:等(?:部门|单位|[\\d一二三四五六七八九十两]+(?:个|家)(?:部门|单位)))?(?:共同|联合|一道|一起)?(?:${LAUNCH_VERBS.join('|')})`);
