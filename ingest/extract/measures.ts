// Reads the measures named by a verb's object: the noun phrase up to its head (方案, 机制, 活动 …),
// split where the text coordinates whole measures, shortened to the span that still names it.
import { GENERIC_MODIFIERS, HEADS, LAUNCH_VERBS, NOT_MEASURE, STRONG_HEADS, VERB_MODIFIERS, WEAK_HEADS } from './lexicon.ts';
import { NUMBER, parseCount } from './numbers.ts';
import { insideQuotes, quotedRanges } from './text-units.ts';
import type { Token } from '../segment/segmenter.ts';

export interface FoundMeasure {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  count?: number;
  /** Named with the head a counted whole gives it (问题清单 of 问题、任务、责任三张清单): a measure by itself, not content. */
  headOfWhole?: true;
}

export const ANY_LAUNCH_VERB = new RegExp(LAUNCH_VERBS.join('|'));
const NEXT_VERB = new RegExp(`^(?:、|和|及|以及|，)(?:${VERB_MODIFIERS.source.slice(1)})?(?:${LAUNCH_VERBS.join('|')})`);
const SUMMING_UP = new RegExp(`^等(?:${NUMBER})(?:个|项|类|条|方面)`);
const COUNT_AFTER_HEAD = new RegExp(`^(?:${NUMBER})(?:个|项|类|方面)[\u4e00-\u9fff“]`);
const HEAD_RE = new RegExp(`(?:${HEADS.join('|')})`, 'g');
const WEAK = new Set<string>(WEAK_HEADS);
const STRONG = new Set<string>(STRONG_HEADS);
const LISTS = new Set(['清单', '台账']);
const CONTINUES_NP = /^(n|nz|nt|vn|j|ng|l)$/;
const LEADING_COUNT = new RegExp(`^(${NUMBER})(?:个|项|条|套|轮|批|类|张|所|场|支)`);
const TRAILING_COUNT = new RegExp(`^(${NUMBER}(?:余|多)?)(?:个|项|期|场|次|家|处|支)`);
const SCOPE = /^(?:全省|全市|全区|全县|第[一二三四五六七八九十\d]+批|各级|本地区?)/;
const COORD = /、|和|及|以及|或/g;
const PURE_QUOTE = /^(?:“[^”]+”|《[^》]+》)$/;
/** A name never starts with a preposition or a verb of its frame: 从解决“一件事”. */
const BAD_START = /^(?:从|向|把|将|对|在|为|让|使|以|解决|下沉|分解|方式|方法)/;
/** 餐饮单位进行改造整治, 青年教师党员赴兰考县开展现场教学: a light verb inside says who does what, so the span is no name. */
const LIGHT_VERB = /进行|(?<!^)开展/;

/** Heads by their last character, longest first, so a name's end is checked against a few. */
const HEADS_BY_LAST = new Map<string, string[]>();
for (const h of HEADS) HEADS_BY_LAST.set(h.slice(-1), [...(HEADS_BY_LAST.get(h.slice(-1)) ?? []), h]);

/** Whether a measure's name ends in a weak head (管理, 服务, 检查), the longest head it ends in counting. */
export function weakHeaded(name: string): boolean {
  const head = headAtEnd(name);
  return head !== undefined && WEAK.has(head);
}

function headAtEnd(text: string): string | undefined {
  return HEADS_BY_LAST.get(text.slice(-1))?.find((h) => text.endsWith(h));
}

function splitOutside(text: string, re: RegExp): string[] {
  const quotes = quotedRanges(text);
  const parts: string[] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (insideQuotes(quotes, m.index)) continue;
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Where the noun phrase of the object ends: at the first head (or closing quote) that the phrase
 * does not go on from. A coordinator after a head (和, 、) lets the phrase go on to the next head.
 */
function phraseEnd(sentence: string, tokens: Token[], from: number, to: number): number | undefined {
  const text = sentence.slice(from, to);
  const quotes = quotedRanges(text);
  const ends = new Set<number>();
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    if (!insideQuotes(quotes, m.index)) ends.add(m.index + m[0].length);
    HEAD_RE.lastIndex = m.index + 1;
  }
  for (const [, e] of quotes) ends.add(e);
  const quoteEnds = new Set(quotes.map(([, e]) => e));
  let fallback: number | undefined;
  let summedAt: number | undefined;
  for (const e of [...ends].sort((a, b) => a - b)) {
    const rest = text.slice(e);
    if (rest === '' || rest === '工作') return from + e;
    // 在推动“六区一高地”建设中: a frame of time or place, not a measure launched.
    if (/^(的)?(过程)?中/.test(rest)) return undefined;
    // 制订学习计划、列出调研清单: a coordinator before another launch verb ends this object.
    if (NEXT_VERB.test(rest)) return from + e;
    // 开展专项整治等10个方面的工作: 等 and a count sum up a list; the name ends before them unless the
    // summing-up names a measure itself (等12项重点任务), read at a later head.
    if (SUMMING_UP.test(rest)) {
      summedAt ??= e;
      continue;
    }
    // 招生录取、…、科研经费管理四个领域作风问题专项整治: a count right after a head sums the list up into what follows.
    if (COUNT_AFTER_HEAD.test(rest)) continue;
    // A coordinator, a 的 or 等 after a head, or a quote, lets the phrase go on (…主题教育的三个具体工作方案).
    // 建立台账、限期整改: a bare ledger, then what is done with it.
    if (/^、/.test(rest) && text.slice(0, e) === '台账') return from + e;
    if (/^(、|和|及|以及|或|等|“|《)/.test(rest) || (/^的/.test(rest) && !/^的(基础上|同时)/.test(rest))) continue;
    // A quote with words after it names a longer thing (“会议活动”一件事应用) unless nothing follows.
    if (quoteEnds.has(e) && /^[\u4e00-\u9fff]/.test(rest)) {
      fallback ??= e;
      continue;
    }
    if (/^(工作)?(的基础上|的同时|，)/.test(rest)) return from + e;
    const next = tokens.find((t) => t.start === from + e);
    if (next && !CONTINUES_NP.test(next.tag)) return from + extendToLaterHead(text, e);
  }
  const end = summedAt ?? fallback;
  return end === undefined ? undefined : from + end;
}

/** 公务活动扫码用餐机制: a head followed closely by another head belongs to the longer name. */
function extendToLaterHead(text: string, e: number): number {
  const m = /^[\u4e00-\u9fff\d.]{1,8}?(?=[，、；]|$)/.exec(text.slice(e));
  if (!m) return e;
  const longer = e + m[0].length;
  // …宣讲团深入社区开展宣讲: words that hold a verb of their own start another clause, not a longer name.
  const head = headAtEnd(text.slice(0, longer));
  const between = head ? m[0].slice(0, -head.length) : '';
  return head && !/[的和及与]/.test(m[0]) && !ANY_LAUNCH_VERB.test(between) && !/深入|前往|赴/.test(between) ? longer : e;
}

/** Whether a name starts with a count above one (3条整改措施; 一项 counts nothing). */
function countsMore(name: string): boolean {
  const lead = LEADING_COUNT.exec(name)?.[1];
  return lead !== undefined && (parseCount(lead) ?? 0) > 1;
}

function balancedQuotes(s: string): boolean {
  return (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
}

/**
 * 办法措施, 载体平台, 常态机制, 监督检查: a head with only a generic modifier (or a short weak head alone) names nothing in
 * particular, as isMeasureName reads it; for readers that find names without the rules (the measure tagger).
 */
export function isGenericName(name: string): boolean {
  const head = headAtEnd(name);
  if (!head) return false;
  const modifier = name.slice(0, -head.length);
  return GENERIC_MODIFIERS.has(modifier) || (modifier === '' && WEAK.has(head) && head.length < 4);
}

function isMeasureName(name: string, hasCount: boolean): boolean {
  const bare = name.replace(LEADING_COUNT, '');
  if (NOT_MEASURE.test(bare) || BAD_START.test(bare) || LIGHT_VERB.test(bare.replace(/“[^”]*”|《[^》]*》/g, ''))) return false;
  if (PURE_QUOTE.test(bare)) return true;
  const head = headAtEnd(bare);
  if (!head) return false;
  // 开展调研13.9万次: a weak head alone names no measure, however often it is done; counted
  // before it, it names that many (48项实事).
  // 开展现场教学, 开展结对帮扶: a weak head of four characters is an activity of its own kind, and names it.
  // 整治重点 alone is only what a campaign is about; counted (十项整治重点) it is a list of them (w17-008).
  if (bare === head && WEAK.has(head) && bare === name) return head.length >= 4 && head !== '整治重点';
  if (hasCount || bare.includes('“') || bare.includes('《')) return true;
  const modifier = bare.slice(0, -head.length);
  // 整改清单, 整改台账, 整改方案: a list, ledger or plan is a thing set up, whatever it lists.
  if (GENERIC_MODIFIERS.has(modifier) && !((LISTS.has(head) || head === '方案') && /^整改$/.test(modifier))) return false;
  // 对问题建立台账: a ledger set up is a measure even unnamed (annotation notes, w12-015, w13-012, w14-002).
  if (STRONG.has(head)) return modifier.length > 0 || head.length >= 3 || head === '台账';
  // 监督检查、明察暗访: a list left whole is work of several kinds, not one named measure.
  if (!WEAK.has(head) || GENERIC_MODIFIERS.has(modifier) || modifier.includes('、')) return false;
  // 理论学习、调查研究…各项重点措施: a quantifier just before the head makes the whole generic.
  if (/(?:各项|有关|相关|各类|多项|一系列|若干)[\u4e00-\u9fff]{0,2}$/.test(modifier)) return false;
  return modifier.length >= (head === '服务' || head === '教育' || head === '治理' ? 3 : 2);
}

/** Names for one conjunct: the shortest span that names it first, longer readings as aliases. */
function namesFor(conjunct: string, tokens: Token[], offset: number, endsPhrase: boolean): { name: string; aliases: string[] } {
  const long = conjunct.replace(SCOPE, '');
  const names = [long];
  // After the last 的 or 等, outside quotes: 以…为主要内容的“三抓三比”活动 → “三抓三比”活动.
  for (const cut of [/的/g, /等/g]) {
    const parts = splitOutside(names[names.length - 1] ?? long, cut);
    const tail = parts[parts.length - 1] ?? '';
    // …等工作机制 keeps the list: a generic tail alone names nothing (政策传导、实地督导、动态跟踪等工作机制).
    const named = PURE_QUOTE.test(tail) || (headAtEnd(tail) && (cut.source === '的' || isMeasureName(tail, countsMore(tail))));
    if (parts.length > 1 && named && tail.length >= 2) names.push(tail);
  }
  let name = names[names.length - 1] ?? long;
  // A quote followed by its head names the measure: 区委常委“…”理论学习“三学”机制 → “三学”机制;
  // so does a quote that ends the phrase with a head inside it (社区“136智慧网格管理体系”).
  const lastQuote = name.lastIndexOf('“');
  const quoted = name.slice(lastQuote);
  // So does a quote that ends the phrase after words saying what it is about (村集体经济组织财务管理“十个严禁”，).
  const beforeQuote = tokens.find((t) => t.end === offset + lastQuote);
  const describes = endsPhrase && PURE_QUOTE.test(quoted) && !(beforeQuote && /^(p|d|u|uj|c)$/.test(beforeQuote.tag));
  if (lastQuote > 0 && (headAtEnd(quoted) || describes)) {
    names.push(name.slice(lastQuote));
    name = name.slice(lastQuote);
  }
  // The last few words carry the name when a long modifier precedes them (…集中学习研讨班).
  const words = tokens.filter((t) => t.start >= offset && t.end <= offset + conjunct.length).map((t) => t.word);
  const tail = words.slice(-3).join('');
  if (words.length > 4 && conjunct.length >= 12 && balancedQuotes(tail) && !/^[个套项条所轮等]/.test(tail)) names.push(tail);
  // 机关作风建设、国有资产清查、村级财务规范管理3个专项整治方案: a count after a list names what it counts.
  const counted = /、[^、]*?((?:\d+|[一二三四五六七八九十两]+)(?:个|项|条|类)[\u4e00-\u9fff“”]+)$/.exec(name)?.[1];
  if (counted && headAtEnd(counted)) {
    names.push(name);
    name = counted;
  }
  const withoutCount = name.replace(LEADING_COUNT, '');
  if (withoutCount !== name && withoutCount.length >= 2) names.push(withoutCount);
  if (/等活动$/.test(name)) names.push(name.replace(/等活动$/, '活动'));
  return { name, aliases: [...new Set(names.filter((n) => n !== name && n.length >= 2))] };
}

/** What a beat of a rhythm of work is: a period and what is done then (月调度, 每周一通报). */
export const BEAT = '每?[日周旬月季年](?:一次|一)?(?:调度|通报|督办|研判|会商|分析|报告|点评|讲评|排名|考核|碰头|汇总|销号)';
/** A rhythm of work in two or more beats (月调度、季通报, 每周调度、每月通报), perhaps after one item of another kind. */
const SCHEDULE = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,6}、)?((?:${BEAT}、)+${BEAT})(?=[，。；]|$)`);

/** A list item without a head that can still name a measure: a few words, no frame, not generic work. */
const HEADLESS_ITEM = /^(?!理论学习|调查研究|检视整改|检视问题|整改落实|学习研讨|专题学习|专题培训|主题教育|学习教育)[\u4e00-\u9fff“”]{4,10}$/;

/** Verbs the segmenter often tags as nouns at the start of an item (根治/n). */
const ACTION_FIRST = /^(?:根治|解决|推进|推动|加强|提升|完善|落实|加快|改善|优化|规范|整治|破解|化解|精简|改进|强化|提高)/;

/** 集中采购“双人验收”: an item that ends in its quoted name, sharing the head of the item after it. */
const ENDS_QUOTE = /“[^”]+”$/;

const COUNTED_SYSTEMS = new RegExp(`^(.*?)(?:${NUMBER})(?:项|个|条)(制度|机制)$`);

/**
 * 建立问题收集、分类交办、限时办结、群众评议、定期通报五项制度: short items before a counted 制度 or 机制 each name one
 * (问题收集制度 …), beside the counted whole (annotation notes: items sharing a head are told apart, and a count that
 * restates them is kept).
 */
function countedItems(sentence: string, offset: number, conjuncts: string[], sumsUp: boolean): FoundMeasure[] {
  const last = COUNTED_SYSTEMS.exec(conjuncts[conjuncts.length - 1] ?? '');
  if (!sumsUp || !last?.[1] || !last[2] || conjuncts.length < 2) return [];
  const items = [...conjuncts.slice(0, -1), last[1]];
  if (!items.every((i) => /^[\u4e00-\u9fff]{2,6}$/.test(i) && !ACTION_FIRST.test(i))) return [];
  let cursor = offset;
  return items.map((item) => {
    const at = sentence.indexOf(item, cursor);
    cursor = at + item.length;
    return { start: at, end: at + item.length, name: item + last[2], aliases: [item] };
  });
}

/** A list item led by a quote, with a few words after it: “我为群众办实事”实践活动, “牢记‘两个务必’”专题学习. */
const QUOTE_LED = /^“[^”]+”[\u4e00-\u9fff]{1,8}$/;

/** 等12项重点工作: a count summing up the listed work, with no head of ours. */
const SUMMED_WORK = new RegExp(`^等((${NUMBER})项(?:重点|主要)?工作)`);

const QUOTE_LIST = /^((?:(?:“[^”]+”|《[^》]+》)(?:、|和|及|以及)?){2,})(等)?([\u4e00-\u9fff]*)$/;

/**
 * 开展“立足岗位作贡献”“学习身边榜样”等活动: quotes written one after another share the head after
 * them, each a measure of its own. `tails` are the words that may stand for a head after 通过 (方式).
 */
export function quotedList(phrase: string, start: number, tails: readonly string[] = []): FoundMeasure[] | undefined {
  const m = QUOTE_LIST.exec(phrase);
  if (!m?.[1]) return undefined;
  const tail = m[3] ?? '';
  const head = headAtEnd(tail) && !NOT_MEASURE.test(tail) ? tail : '';
  if (!head && tail && !tails.includes(tail)) return undefined;
  const out: FoundMeasure[] = [];
  const re = /“[^”]+”|《[^》]+》/g;
  for (let q = re.exec(m[1]); q; q = re.exec(m[1])) {
    // 出台《…办法》《…办法》两项配套制度: a book title names itself; the words after it only count them.
    const own = q[0].startsWith('《');
    out.push({ start: start + q.index, end: start + q.index + q[0].length, name: own ? q[0] : q[0] + head, aliases: head && !own ? [q[0]] : [] });
  }
  return out;
}

/**
 * Measures named in sentence[from, to) right after a launch verb. Example: after 开展 in
 * 开展“强党建、优医疗、促健康”专项行动和“健康沈阳”进社区活动 → two measures.
 */
/** Heads of the rules a body draws up, which a tally counts after 等 (等制度34项, 等办法5个). */
const RULE_HEADS = /^(?:制度|机制|制度机制|清单|办法|细则|规定|方案|台账)$/;

/** …, and the same with the items quoted (“问题、措施、责任”三张清单, w27). */
const COUNTED_SHARED_HEAD = /^(“?)((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})(”?)([一二三四五六七八九十两\d]+)(?:张|项|个|类|本)(清单|台账|制度|机制)$/;

/** 公务接待、差旅管理 (before 等制度N项): each item, a few words of its own, named with the head they share. */
function headlessItems(items: string, offset: number, head: string): FoundMeasure[] {
  const out: FoundMeasure[] = [];
  let cursor = 0;
  for (const item of items.split(/、|和|及/)) {
    const at = items.indexOf(item, cursor);
    cursor = at + item.length;
    if (!/^[\u4e00-\u9fff]{2,10}$/.test(item) || BAD_START.test(item) || NOT_MEASURE.test(item)) return [];
    out.push({ start: offset + at, end: offset + at + item.length, name: item + head, aliases: [item] });
  }
  return out.length > 1 ? out : [];
}

export function readMeasures(sentence: string, tokens: Token[], from: number, to: number, strictOnly = false): FoundMeasure[] {
  const skip = VERB_MODIFIERS.exec(sentence.slice(from, to))?.[0].length ?? 0;
  let start = from + skip;
  // 以“…”为主要内容的“三抓三比”活动: the 以…为…的 frame describes the measure that follows it.
  const frame = /^以.+?为[^，]*?的/.exec(sentence.slice(start, to));
  if (frame) start += frame[0].length;
  // 实行月调度、季通报: a rhythm of reporting, unquoted and headless, is one practice (annotation notes, w13 part 1, w13-011).
  // 实行集中办公、周调度、月通报: only the rhythm after an item of another kind is named so.
  const beats = SCHEDULE.exec(sentence.slice(start, to));
  const rhythm = beats?.[1];
  if (beats && rhythm) {
    const at = start + beats[0].length - rhythm.length;
    return [{ start: at, end: at + rhythm.length, name: rhythm, aliases: rhythm.split('、') }];
  }
  const end = phraseEnd(sentence, tokens, start, to);
  if (end === undefined || end <= start) return [];
  const phrase = sentence.slice(start, end).replace(/(?<=.{2})工作$/, '');
  if (!phrase) return [];
  const listed = quotedList(phrase, start);
  if (listed) return listed;
  // 建立问题、任务、责任、时限四张清单: items without a head before a count and the head they share are each named with
  // it, beside the counted whole (a count restating its items is kept, annotation notes w4-003).
  const shared = COUNTED_SHARED_HEAD.exec(phrase);
  const [, open = '', itemList, close = '', countWord, listHead] = shared ?? [];
  if (shared && itemList && countWord && listHead && open.length === close.length) {
    const items = headlessItems(itemList, start + open.length, listHead);
    const count = parseCount(countWord);
    const wholeFrom = open.length + itemList.length + close.length;
    if (items.length > 1 && count === items.length) {
      return [...items.map((item) => ({ ...item, headOfWhole: true as const })), { start: start + wholeFrom, end: start + phrase.length, name: phrase.slice(wholeFrom), aliases: [], count }];
    }
  }
  // 部署开展A、B和C等12项重点工作: the work a count sums up is no head of ours, but counted it names the whole.
  const summedWork = SUMMED_WORK.exec(sentence.slice(end, to));
  if (summedWork?.[1] && summedWork[2]) {
    const at = end + 1;
    const items = readMeasures(sentence, tokens, start, end, strictOnly);
    return [...items, { start: at, end: at + summedWork[1].length, name: summedWork[1], aliases: [summedWork[1].replace(LEADING_COUNT, '')], count: parseCount(summedWork[2]) ?? 0 }];
  }
  const trailing = TRAILING_COUNT.exec(sentence.slice(end, to));
  // Coordination only splits when every conjunct is a measure by itself.
  const byEtc = splitOutside(phrase, /等/g);
  // 修订公务接待、差旅管理等制度34项: a bare head after 等, counted after it, is the counted whole of the items; 等方面制度
  // only says the items are fields (w15 adjudication, after w10-005).
  const lastEtc = byEtc[byEtc.length - 1] ?? phrase;
  const fields = byEtc.length > 1 && /^方面/.test(lastEtc) && RULE_HEADS.test(lastEtc.slice(2)) ? 2 : 0;
  const bareCountedHead = byEtc.length > 1 && trailing !== null && RULE_HEADS.test(lastEtc.slice(fields));
  const core = (() => {
    const afterEtc = lastEtc.slice(fields);
    return byEtc.length > 1 && headAtEnd(afterEtc) && (bareCountedHead || isMeasureName(afterEtc, countsMore(afterEtc))) ? afterEtc : phrase;
  })();
  const coreOffset = start + phrase.length - core.length;
  // 列出A、B和“C”实践活动等12项重点任务: the items listed are measures too, beside the count that sums them up.
  const itemsBefore = core === phrase ? [] : readMeasures(sentence, tokens, start, coreOffset - 1, strictOnly);
  // …and items without a head before a bare counted head are named with it (公务接待制度, 差旅管理制度; w7 adjudication).
  if (bareCountedHead && itemsBefore.length === 0) itemsBefore.push(...headlessItems(phrase.slice(0, phrase.length - core.length - 1 - fields), start, core));
  const conjuncts = splitOutside(core, COORD);
  // “牢记‘两个务必’”专题学习: a quote with a few words after it names an item even when they are no head of ours.
  const named = (c: string): boolean =>
    PURE_QUOTE.test(c.replace(SCOPE, '')) || headAtEnd(c) !== undefined || QUOTE_LED.test(c) || (ENDS_QUOTE.test(c) && c !== conjuncts[conjuncts.length - 1]);
  // 推出全预约诊疗、门诊智能药房和日间手术服务: a list with several measures' names, the last among them,
  // lists measures, also those written without a head noun (with one name, as in 学生宿舍、食堂条件
  // 改善工程, the others share its head); the campaign's generic work never is one.
  const last = conjuncts[conjuncts.length - 1] ?? '';
  // 资产清查、合同清理、债权债务清收“三清”行动; 招生录取、…、科研经费管理四个领域作风问题专项整治: a last
  // conjunct that counts the items sums them up into one measure.
  const sumsUp = /.(?:“[一二三四五六七八九十两\d]|[一二三四五六七八九十两\d]+(?:个|项|类|方面))/.test(last);
  const listsMeasures =
    !sumsUp && conjuncts.filter(named).length > 1 && named(last) && conjuncts.every((c) => named(c) || HEADLESS_ITEM.test(c));
  // 根治拖欠农民工工资, 优化科研管理: an item that starts by saying what is done is a task, not a measure's name,
  // unless a quote or a title names it; a headed item after a verb that launches it (开展…专项行动) is still one.
  const isTask = (c: string): boolean => {
    if (/[“《]/.test(c)) return false;
    if (ACTION_FIRST.test(c)) return true;
    return !named(c) && tokens.find((t) => t.start === sentence.indexOf(c, coreOffset))?.tag === 'v';
  };
  const whole = conjuncts.length > 1 && (conjuncts.every(named) || listsMeasures) ? conjuncts.filter((c) => !isTask(c)) : [core];
  // 建立问题清单、整改清单、责任清单: items sharing one head are told apart by their modifiers, however generic
  // each modifier would be alone.
  const sharedHead = whole.length > 1 ? headAtEnd(whole[0] ?? '') : undefined;
  const contrasted = sharedHead !== undefined && STRONG.has(sharedHead) && whole.every((c) => c.endsWith(sharedHead) && /^[\u4e00-\u9fff]{2,4}$/.test(c.slice(0, -sharedHead.length)));
  const out: FoundMeasure[] = [...itemsBefore, ...countedItems(sentence, coreOffset, conjuncts, sumsUp && whole.length === 1)];
  let cursor = coreOffset;
  for (const [i, c] of whole.entries()) {
    const at = sentence.indexOf(c, cursor);
    cursor = at + c.length;
    const lead = LEADING_COUNT.exec(c);
    const countText = lead?.[1] ?? (whole.length === 1 ? trailing?.[1] : undefined);
    const count = countText ? parseCount(countText.replace(/[余多]$/, '')) : undefined;
    // A quote the words after it go on from (“双带头人”培育配备) names no measure by itself.
    const endsPhrase = !/^[\u4e00-\u9fff]/.test(sentence.slice(at + c.length));
    const { name, aliases } = namesFor(c, tokens, at, endsPhrase);
    // “三难三乱”和“三公经费”专项整治: a bare quote shares the head of a parallel quoted conjunct.
    // So does one before a headed conjunct (建立集中采购“双人验收”和月度比价制度 → “双人验收”制度).
    const nextConjunct = whole[i + 1] ?? '';
    const endQuote = !headAtEnd(c) ? ENDS_QUOTE.exec(c)?.[0] : undefined;
    const parallel = endQuote ? (/^“[^”]+”(.+)$/.exec(nextConjunct)?.[1] ?? headAtEnd(nextConjunct)) : undefined;
    if (endQuote && parallel && headAtEnd(parallel)) {
      out.push({ start: at, end: at + c.length, name: endQuote + parallel, aliases: [...new Set([...aliases, name, endQuote])].filter((a) => a !== endQuote + parallel) });
      continue;
    }
    const headless = (!named(c) || QUOTE_LED.test(c)) && listsMeasures;
    // 理论学习、调查研究、检视整改三个具体工作方案: the count the name starts with is the measure's count.
    const ownCount = count ?? (name !== c && LEADING_COUNT.test(name) ? parseCount(LEADING_COUNT.exec(name)?.[1] ?? '') : undefined);
    // 一项重要措施: “one” counts nothing, so it does not make a generic phrase a name.
    if (!headless && !contrasted && !isMeasureName(name, ownCount !== undefined && ownCount > 1)) continue;
    if (strictOnly && count === undefined && !/[”》]/.test(c) && !/(制度|机制)$/.test(c)) continue;
    if (core !== phrase && whole.length === 1) aliases.push(phrase);
    out.push({ start: at, end: at + c.length, name, aliases: [...new Set(aliases)].filter((a) => a !== name), ...(ownCount !== undefined ? { count: ownCount } : {}) });
  }
  return out;
}
