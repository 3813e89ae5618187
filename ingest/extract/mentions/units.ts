// Recognises an organisation's name at a given place (a clause's start, a verb's object): nominal
// tokens ending in an organisation suffix, e.g. 国家金融监督管理总局, 关坝镇中心卫生院.
import { ABBREVIATED_UNITS, FIXED_UNITS, UNIT_SUFFIXES } from '../lexicon.ts';
import type { Token } from '../../segment/segmenter.ts';
import type { Mention } from './mention.ts';

const SUFFIX = new RegExp(`^(?:[\\u4e00-\\u9fff]|[（）()]){1,18}?(?:${UNIT_SUFFIXES.join('|')})`);
// zg: the 委 the segmenter cuts off 福州市委统战部.
const NOMINAL = /^(n|nz|nt|ns|nr|vn|j|l|b|an|ng|x|nrt|nrfg|zg)$/;
/** Words that end a name even when tagged as nouns. */
const NOT_IN_NAME = /^(列席|通过|根据|结合|围绕|按照|针对|坚持|推动|联系|面向|负责|组织|会同|联合|依托|督促|指导|为|在|对|向|和|及|等|的)$/;

const SUFFIX_WORDS = new Set<string>(UNIT_SUFFIXES);
/** A longer suffix later in a name, for when the first one lies inside a word: 有限公司, 集团, 大学. */
const LATER_SUFFIX = /(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|大学|学院|医院|研究院)(?![\u4e00-\u9fff]*(?:有限公司|公司))/;
const PLACE_WORD = /[省市县区州镇乡村]$|街道$|社区$/;
/** One-character prepositions the segmenter may glue to the first characters of a name after them. */
const PREPOSITIONS = /^[对在到向与和同赴由从]$/;
/** Words ending in 部 that are no department: 干部, 全部, 内部, 东部, 支部. */
const NOT_A_DEPARTMENT = /(?:干|全|内|外|局|东|西|南|北|中|总|支|头|本|俱乐)部$/;

/** A unit mention of `name` written at `at`. */
export function unit(name: string, at: number): Mention {
  return { type: 'Unit', start: at, end: at + name.length, surface: name, name, aliases: [], key: `Unit:${name}` };
}

export function readUnitAt(sentence: string, tokens: Token[], at: number): Mention | undefined {
  // A suffix reading first: 国务院国资委 is the commission, not the State Council.
  let named = readNamedUnit(sentence, tokens, at);
  // 广西医科大学第一附属医院, 吉林大学化学学院: a body inside a body is named with both.
  // 县农业农村局和县纪委监委: a second name after the segmenter's 和县 is a list's next item, not a body inside the first.
  const inside = (m: Mention | undefined) => (m && !/^[和与及]/.test(m.name) ? m : undefined);
  for (let more = named && inside(readNamedUnit(sentence, tokens, named.end)); named && more; more = inside(readNamedUnit(sentence, tokens, named.end))) {
    named = unit(sentence.slice(at, more.end), at);
  }
  // 汽车工程学院学生党支部: a body's own party branch, after its name, is a unit of its own (w15 adjudication).
  const branch = named && BRANCH_AFTER_BODY.exec(sentence.slice(named.end))?.[0];
  if (named && branch && !/司局$|^(?:部|各|基层)/.test(named.name) && BRANCH_OF_BODY.test(sentence.slice(at, named.end + branch.length))) {
    return unit(sentence.slice(at, named.end + branch.length), at);
  }
  if (named) return named;
  const fixed = FIXED_UNITS.find((w) => sentence.startsWith(w, at));
  if (fixed) return unit(fixed, at);
  // 中办、国办印发…: an abbreviation written as a word of its own (not 集中办公's 中办).
  const abbr = Object.keys(ABBREVIATED_UNITS).find((w) => sentence.startsWith(w, at));
  const full = abbr && ABBREVIATED_UNITS[abbr];
  if (!abbr || !full || !tokens.some((t) => t.start === at) || !tokens.some((t) => t.end === at + abbr.length)) return undefined;
  return { ...unit(full, at), end: at + abbr.length, surface: abbr, aliases: [abbr] };
}

function readNamedUnit(sentence: string, tokens: Token[], at: number): Mention | undefined {
  const m = SUFFIX.exec(sentence.slice(at));
  if (!m) return undefined;
  const named = readNamedUnitTo(sentence, tokens, at, at + m[0].length);
  if (named) return named;
  // 中车株洲电力机车有限公司: a suffix inside a word (电力/机车) gives way to a later one that ends a word.
  const rest = sentence.slice(at + m[0].length, at + 20);
  const later = LATER_SUFFIX.exec(rest);
  if (!later || /[从和与及的在对为向把被将、，。；一两几各等]|部分|两级|省属|市属|县属/.test(rest.slice(0, later.index))) return undefined;
  return readNamedUnitTo(sentence, tokens, at, at + m[0].length + later.index + later[0].length);
}

function readNamedUnitTo(sentence: string, tokens: Token[], at: number, suffixEnd: number): Mention | undefined {
  if (NOT_A_DEPARTMENT.test(sentence.slice(at, suffixEnd))) return undefined;
  let end = suffixEnd;
  // 国家卫生健康委员会, 陕西建工控股集团: a shorter suffix (卫生健康委, 控股) inside the last word gives way to
  // the whole word when it ends like a name too.
  const cut = tokens.find((t) => t.start < end && t.end > end);
  if (cut && (SUFFIX_WORDS.has(cut.word) || UNIT_SUFFIXES.some((x) => cut.word.endsWith(x)))) end = cut.end;
  // Every token inside must be nominal and the name must end on a token boundary.
  // The segmenter may glue a name's first 省 or 市 to the word before it (对省/教育厅).
  const name = sentence.slice(at, end);
  const inside = tokens.filter((t) => t.end > at && t.start < end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return undefined;
  // Or glue the unit's own party committee to its suffix (公司党委), which acts for the unit, or the 等 closing a list
  // (市医保/局等 部门).
  if (last.end !== end && !/^(?:党委|党组|党工委|党总支|等)$/.test(sentence.slice(end, last.end))) return undefined;
  // …or the preposition before it to the name's first characters (对华/能国际电力股份有限公司), which leaves the
  // next character a word of its own, tagged as anything.
  const gluedToPreposition = first.start === at - 1 && PREPOSITIONS.test(sentence[first.start] ?? '');
  if (first.start < at) {
    if (!gluedToPreposition && !/^[省市县区州]$/.test(sentence.slice(at, first.end))) return undefined;
    inside.shift();
    if (inside.length === 0) return undefined;
  }
  // 县委从/县纪委监委: a preposition the segmenter glued to the next body's first character ends this name, and begins
  // none (从市/纪委监委 at a clause's start is 市纪委监委); 和县 is a county's name.
  if (inside.some((t) => t.start > at && PREPOSITIONS.test(t.word[0] ?? '') && /^.[省市县区州]$/.test(t.word))) return undefined;
  if (/^[对在到向与同赴由从][省市县区州]/.test(name)) return undefined;
  // A suffix the segmenter cut in two (巡察/v 办/v, 县委/办/v) is part of the name, however tagged.
  const suffixLength = SUFFIXES_LONGEST_FIRST.find((x) => name.endsWith(x))?.length ?? 0;
  // Ordinals belong to names (长沙市第一医院), and so does the 和 of 省文化和旅游厅.
  // Adjectives are parts of names too (平/高/集团, 团结/街/小学), and the suffix is, however tagged (新市/初中/f).
  const joinsName = (t: Token, i: number) =>
    // …but a place before 和 ends a list item (田庄镇和巨野县人民医院).
    ((t.word === '和' || t.word === '与') && i > 0 && i < inside.length - 1 && /[厅局部委院]$/.test(name) && !PLACE_WORD.test(inside[i - 1]?.word ?? '')) ||
    t.tag === 'a' ||
    (i === inside.length - 1 && i > 0 && SUFFIX_WORDS.has(t.word)) ||
    // 湘雅二医院: a numeral inside a name numbers the body.
    (t.tag === 'm' && i > 0 && /^[一二三四五六七八九十]$/.test(t.word)) ||
    // 青岛/四方/m: a word the segmenter takes for a number, though it is no number.
    (t.tag === 'm' && i > 0 && !/^[一二三四五六七八九十百千万两几\d]+[个家所名位项条次件人批期类级]?$/.test(t.word)) ||
    (gluedToPreposition && i === 0 && t.word.length === 1) ||
    (i > 0 && suffixLength > 1 && t.start >= end - suffixLength) ||
    // 山东/高速/d 路桥/集团股份有限公司: a company's name after its place may hold any word (高速, 运营).
    (i > 0 && /^(?:d|v|vn|a|ad)$/.test(t.tag) && inside[0]?.tag === 'ns' && /(?:公司|集团)$/.test(name)) ||
    // 省/审计/v/厅, 市/监察/v/委: a body named for what it does, the verb right before a one-character suffix.
    (/^v/.test(t.tag) && i > 0 && i === inside.length - 2 && /^[厅局委办处所院]$/.test(inside[inside.length - 1]?.word ?? ''));
  if (!inside.every((t, i) => joinsName(t, i) || ((NOMINAL.test(t.tag) || /^第/.test(t.word)) && !NOT_IN_NAME.test(t.word)))) return undefined;
  // 磨子潭镇和县生态环境分局: the segmenter's 和县 after a place or a body joins two list items, not a county into a name.
  if (/(?:[镇乡村局委厅院办站所]|街道|社区)和县/.test(name)) return undefined;
  // 由厅党组成员…组成: a preposition the segmenter glued to a bare suffix (由厅/x) begins no name.
  if (/^[由被把将从]/.test(name) && name.length <= 3) return undefined;
  // 于都县由县纪委监委牵头, 县教育局会同县市场监管局: who leads or joins begins a new name (由县/x).
  if (/.由[县市省区镇乡]|会同/.test(name)) return undefined;
  // A party branch is a unit only after a body's own name (readUnitAt): 村党支部, 各党支部 and 司局党支部 are not.
  if (/党支部$/.test(name)) return undefined;
  // 投递/至镇/便民服务中心: a preposition the segmenter glued to the next word ends what goes before; no name holds it.
  if (/^[至于]/.test(name) || inside.some((t, i) => i > 0 && /^[至于]/.test(t.word))) return undefined;
  // 主题教育办公室, 领导小组办公室: a campaign's office is a group (GROUP_KINDS), no unit.
  if (/(?:教育|专班|小组)办公室$/.test(name)) return undefined;
  // A group acting on a unit is not part of its name: 督导组指导关坝镇中心卫生院.
  if (/组(?!织)|指导|督导|调研/.test(name)) return undefined;
  // 局长, 院长: a person, not the office.
  if (/^[长里内外]/.test(sentence.slice(end))) return undefined;
  return unit(name, at);
}

const SUFFIXES_LONGEST_FIRST = [...UNIT_SUFFIXES].sort((a, b) => b.length - a.length);
const BRANCH_AFTER_BODY = /^(?:学生|教工|机关|离退休)?(?:第[一二三四五六七八九十]+)?党支部/;
/** A party branch named after the body it belongs to, and after whom it gathers (学生, 教工) or its number. */
const BRANCH_OF_BODY = /[\u4e00-\u9fff]{2,}(?:学院|大学|学校|小学|中学|幼儿园|医院|公司|局|厅|委|院|所|站|中心|海关|支行|分行)(?:学生|教工|机关|离退休)?(?:第[一二三四五六七八九十]+)?党支部$/;

/** Last characters of the unit suffixes: only tokens ending in one can end a unit's name. */
const SUFFIX_LAST = new Set(UNIT_SUFFIXES.map((s) => s.slice(-1)));

/**
 * Every unit named in a sentence, wherever it stands (对吉首大学，学校党委…): later sentences may refer
 * back to it (学校党委, 该院). The earliest start that still reads a name gives the longest one.
 */
/**
 * 小湾水电厂、糯扎渡水电厂: after a unit and 、 or 和, a name with the same suffix runs from the separator to that suffix,
 * however the segmenter cut it (糯/扎/渡/水电厂); the part it would otherwise read (水电厂) gives way to it.
 */
function withListedSiblings(sentence: string, tokens: Token[], found: Mention[]): Mention[] {
  let out = found;
  for (let i = 0; i < out.length; i++) {
    const prev = out[i] as Mention;
    const sibling = readSiblingUnit(sentence, tokens, prev.end + 1, prev);
    if (!sibling || out.some((x) => x.start === sibling.start && x.end === sibling.end)) continue;
    if (out.some((x) => x.start < sibling.start && x.end > sibling.start)) continue;
    out = [...out.filter((x) => !(x.start >= sibling.start && x.end <= sibling.end)), sibling].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The unit listed at `at` after `prev` and a separator, named up to `prev`'s own suffix (糯扎渡水电厂 after 小湾水电厂). */
export function readSiblingUnit(sentence: string, tokens: Token[], at: number, prev: Mention): Mention | undefined {
  const suffix = UNIT_SUFFIXES.find((x) => x.length >= 2 && prev.name.endsWith(x));
  if (!suffix || !/[、和及]$/.test(sentence.slice(prev.end, at))) return undefined;
  const m = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?${suffix}`).exec(sentence.slice(at));
  if (!m || /[的和与及在到对为等]/.test(m[0].slice(0, -suffix.length))) return undefined;
  const end = at + m[0].length;
  if (tokens.some((t) => t.start < end && t.end > end)) return undefined;
  return unit(m[0], at);
}

/**
 * 一汽解放汽车有限公司卡车厂、一汽轿车股份有限公司: an item of a list of places a group goes to, read from its
 * start to a unit's suffix right before the next separator, however the segmenter cut (and tagged) its words.
 */
export function readListedUnit(sentence: string, at: number, end: number): Mention | undefined {
  const m = LISTED_ITEM.exec(sentence.slice(at, end));
  if (!m || /[的在对为与从向把被将了着过各全该本等]|以及|两级/.test(m[1] ?? '') || !UNIT_SUFFIXES.some((x) => x !== '部' && m[0].endsWith(x))) return undefined;
  return unit(m[0], at);
}
const LISTED_ITEM = new RegExp(`^([\u4e00-\u9fff][\u4e00-\u9fff-]{1,16}?)(?:${UNIT_SUFFIXES.join('|')})(?=[、，；。和及等]|以及|$)`);

export function findUnits(sentence: string, tokens: Token[]): Mention[] {
  return withListedSiblings(sentence, tokens, unitsInOrder(sentence, tokens));
}

function unitsInOrder(sentence: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // 自然资源/部党组: the segmenter may glue the body's party committee to its suffix.
    const glued = /(?:党委|党组|党工委|党总支)$/.exec(tok.word)?.[0].length ?? 0;
    if (!SUFFIX_LAST.has(tok.word[tok.word.length - 1 - glued] ?? '')) continue;
    for (let j = Math.max(0, i - 5); j <= i; j++) {
      const t = tokens[j] as Token;
      // 对华/能…: a name may begin inside a token that a preposition starts.
      const start = t.word.length > 1 && PREPOSITIONS.test(t.word[0] ?? '') && j < i ? t.start + 1 : t.start;
      if (start < from) continue;
      const u = readUnitAt(sentence, tokens, start);
      if (u && u.end >= tok.end - glued) {
        out.push(u);
        from = u.end;
        break;
      }
    }
  }
  return out;
}

/** A body's kind written once after several places: 大同、朔州、忻州监管分局, 南昌、九江供电公司. */
const SHARED_SUFFIX = new RegExp(`^(?:监管分局|监管支局|分局|分院|分公司|供电公司|供电局|${SUFFIXES_LONGEST_FIRST.filter((x) => x.length >= 2).join('|')})(?![\\u4e00-\\u9fff])`);

/**
 * 第一指导组联系大同、朔州、忻州监管分局: places listed with 、 or 和 and then one body's kind are that kind of body in
 * each place, not the places. Returns the regions left and the bodies read.
 */
export function bodiesOfListedPlaces(sentence: string, regions: readonly Mention[]): { regions: Mention[]; units: Mention[] } {
  const units: Mention[] = [];
  const taken = new Set<Mention>();
  for (let i = 0; i < regions.length; i++) {
    const last = regions[i] as Mention;
    const suffix = SHARED_SUFFIX.exec(sentence.slice(last.end))?.[0];
    if (!suffix) continue;
    const run = [last];
    for (let j = i - 1; j >= 0; j--) {
      const prev = regions[j] as Mention;
      const next = run[0] as Mention;
      if (!/^(?:、|和|及)$/.test(sentence.slice(prev.end, next.start))) break;
      run.unshift(prev);
    }
    if (run.length < 2) continue;
    for (const r of run) {
      taken.add(r);
      const end = r === last ? r.end + suffix.length : r.end;
      units.push({ ...unit(`${r.surface}${suffix}`, r.start), end, surface: sentence.slice(r.start, end) });
    }
  }
  return { regions: regions.filter((r) => !taken.has(r)), units };
}
