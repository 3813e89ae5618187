// Recognises regions: gazetteer names and short forms on token boundaries, development zones and
// new areas (万盛经开区, 江北新区), and towns and villages written under a county (西彭镇千秋村).
import { gazetteer, type Division } from '../../gazetteer/divisions.ts';
import type { Token } from '../../segment/segmenter.ts';
import type { Mention, RegionLevel } from './mention.ts';
import type { RegionContext } from './region-context.ts';
import { parseCount } from '../numbers.ts';
import { jiebaDictionary } from '../../segment/jieba-dictionary.ts';

const ZONE_SUFFIXES = new Set([
  '经开区', '经济技术开发区', '高新区', '高新技术产业开发区', '新区', '保税区', '自贸区', '开发区', '试验区', '实验区', '示范区', '综合实验区',
  '工业园区', '产业园区',
]);
/** Words that can stand between a region and a zone suffix in the zone's name: 开封市|城乡|一体化|示范区. */
const ZONE_NAME_WORD = /^(n|nz|ns|nt|vn|j|l|b|an|ng|x|m)$/;
// Written under a county, longer names are safe: 乌尊布拉克镇, 海丰朝鲜族社区, 花园中区社区.
// 嵩县个别乡镇: a quantifier before 乡镇 names no town.
const TOWN_AFTER_REGION = /^((?![各全本该每等和及与或在则对到从向于为把将由被是有一]|个别|部分|少数|多数)[\u4e00-\u9fff]{2,5}?)(镇|乡|街道)(?![村镇])/;
const VILLAGE_AFTER_REGION = /^((?![各全本该每等和及与或在则对到从向于为把将由被是有一])[\u4e00-\u9fff]{2,6}?)(村(?![级民务委集干])|社区|嘎查)/;
const TOWN_NAMED_HE = /^(和[\u4e00-\u9fff])(镇|乡)(?=[、，。；和及]|$)/;
const VILLAGE_AFTER_TOWN = /^((?![各全本该每等和及与或在则对到从向于为把将由被是有一])[\u4e00-\u9fff]{1,6}?)(村(?![级民务委集干])|社区|嘎查)/;
const STANDALONE_TOWN = /^([\u4e00-\u9fff]{2})(镇|乡)/;
const COORDINATED_VILLAGE = /^、((?![各全本该每])[\u4e00-\u9fff]{2,3}?村)/;
/** Two characters before 镇/乡/村 that make an ordinary word, not a place: 城乡, 全镇, 贫困村. */
const NOT_A_PLACE = new Set(['城乡', '乡镇', '全镇', '本镇', '该镇', '每个', '各个', '所在', '部分', '一些', '多个', '个别', '全部', '周边', '到乡', '下乡', '回乡', '返乡', '家乡', '故乡', '老乡', '贫困', '所有', '城市', '农村', '包难点', '难点', '一村', '全村', '行政', '自然', '示范', '山区', '边远', '偏远', '沿边', '农业农', '新农', '美丽乡']);
const COMMON_WORD_NAMES = new Set(['城区', '郊区', '矿区', '市辖区', '新区']);
/** Parts of speech a town's name can be cut as: 观胜/ns, 栎城/nr; never a verb (推进乡村). */
const PLACE_NAME_TAG = /^(ns|nr|nrt|nz|n|j|x)$/;
/** Parts of speech that never begin a place's name. */
const FUNCTION_TAG = /^(p|c|d|r|m|u|v|ad|q|uj|ul)$/;
const NOT_A_ZONE_PREFIX = /^(第|各|全|本|该|新|两|一)/;

/** The two to four characters before `at` that make a whole list item (after 、，；：和及), if they do. */
function listItemBefore(sentence: string, at: number): string | undefined {
  for (let length = 2; length <= 4 && length <= at; length++) {
    const item = sentence.slice(at - length, at);
    if (!/^[\u4e00-\u9fff]+$/.test(item) || NOT_A_ZONE_PREFIX.test(item)) return undefined;
    const before = sentence[at - length - 1];
    if (before === undefined || /[、，；：和及]/.test(before)) return item;
  }
  return undefined;
}

export function divisionMention(d: Division, start: number, surface: string): Mention {
  return {
    type: 'Region',
    start,
    end: start + surface.length,
    surface,
    name: d.name,
    aliases: [...new Set([surface, ...d.shortForms].filter((a) => a !== d.name))],
    key: `Region:${d.code}`,
    level: d.level,
    division: d,
  };
}

export function placeMention(name: string, level: RegionLevel, start: number, under?: Mention): Mention {
  const parentKey = under?.key ?? 'Region:unplaced';
  return {
    type: 'Region',
    start,
    end: start + name.length,
    surface: name,
    name,
    aliases: [],
    key: level === 'zone' ? `Region:zone:${name}` : `${parentKey}/${name}`,
    level,
    ...(under ? { writtenUnder: under } : {}),
  };
}

/**
 * Gazetteer candidates for one token: full names always, short forms of provinces and prefectures,
 * and a county's short form (新蔡) only where the segmenter's own dictionary calls the word a place
 * and the document names the county or a region it lies in, since many are ordinary words (资源).
 */
function candidatesFor(word: string, tag?: string, ctx?: RegionContext): Division[] {
  const all = gazetteer().byName.get(word);
  if (!all) return [];
  // A short form that keeps its level (管城区, 石林县) names the division as surely as the full name.
  const full = all.filter((d) => d.name === word || (/[县区旗州]$/.test(word) && d.shortForms.includes(word)));
  if (full.length) return full;
  const short = all.filter((d) => d.level !== 'county');
  if (short.length || tag !== 'ns' || !ctx) return short;
  return all.filter((d) => ctx.confirms(d));
}

/** Whether the one to three tokens before tokens[i] reach back to `regionEnd` and can name a zone. */
function zoneNameBetween(tokens: Token[], i: number, regionEnd: number): boolean {
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
    const t = tokens[j] as Token;
    if (!ZONE_NAME_WORD.test(t.tag) || !/^[\u4e00-\u9fff]+$/.test(t.word)) return false;
    if (t.start === regionEnd) return true;
    if (t.start < regionEnd) return false;
  }
  return false;
}

/**
 * 进驻金平以来, 在屏边督导时: a county by its short name, which the segmenter takes for a name or a noun (金平/nr,
 * 屏边/n), where a group goes, when the document names the prefecture it lies in.
 */
function shortCountyVisited(sentence: string, tok: Token, ctx: RegionContext): Mention | undefined {
  if (tok.word.length !== 2 || !/^(?:nr|n|nz|x|j)$/.test(tok.tag)) return undefined;
  const visited = VISITED_BEFORE.test(sentence.slice(Math.max(0, tok.start - 3), tok.start)) && VISITED_AFTER.test(sentence.slice(tok.end, tok.end + 3));
  // 屏边在白河乡…开办, 河口组织…, 元阳则把…: a county by its short name opening a clause, acting.
  const acting = /(?:^|[，。；：])$/.test(sentence.slice(0, tok.start)) && COUNTY_ACTS.test(sentence.slice(tok.end, tok.end + 4));
  if (!visited && !acting) return undefined;
  const cands = (gazetteer().byName.get(tok.word) ?? []).filter((d) => d.level === 'county' && ctx.confirms(d));
  const only = cands.length === 1 ? cands[0] : undefined;
  if (!only) return undefined;
  ctx.note(only);
  return divisionMention(only, tok.start, tok.word);
}
const VISITED_BEFORE = /(?:进驻|在|到|赴|前往|深入|走进|来到)$/;
const VISITED_AFTER = /^(?:以来|期间|督导|调研|指导|检查|暗访|时|后|，|、|。)/;
const COUNTY_ACTS = /^(?:则|在|把|将|还|也|又|针对|围绕|结合|依托|组织|建立|推行|开展|出台|制定|推出|开办|探索|创新)/;

export function findRegions(sentence: string, tokens: Token[], ctx: RegionContext): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // Names come out of the segmenter as place or organisation words (湖南省委/nt), or zone suffixes.
    // Every zone suffix ends in 区: the cheap test first, on a hot path.
    const zone = tok.word.endsWith('区') && ZONE_SUFFIXES.has(tok.word);
    if (tok.tag !== 'ns' && tok.tag !== 'nt' && !zone) {
      const visited = shortCountyVisited(sentence, tok, ctx);
      if (visited) out.push(visited);
      continue;
    }
    const prev = out[out.length - 1];
    if (zone) {
      const before = tokens[i - 1];
      if (prev && prev.end === tok.start) {
        // 上海自贸区: the region is part of the zone's name, so it is not written under it.
        out.pop();
        const outer = prev.writtenUnder;
        out.push(placeMention(prev.surface + tok.word, 'zone', prev.start, outer));
      } else if (prev && before && before.start !== prev.end && zoneNameBetween(tokens, i, prev.end)) {
        // 开封市城乡一体化示范区: a zone named after the region it lies in, with words between; the
        // region stays a mention of its own, as the zone's parent.
        out.push(placeMention(sentence.slice(prev.start, tok.end), 'zone', prev.start, prev));
      } else if (before && before.end === tok.start && /^[和及与][\u4e00-\u9fff]{2,3}$/.test(before.word) && prev && prev.end === before.start) {
        // 安居区和河东/新区: the segmenter glued the list's conjunction to the next zone's name; the zone is the next
        // item, not one written under the place before.
        out.push(placeMention(before.word.slice(1) + tok.word, 'zone', before.start + 1));
      } else if (before && before.end === tok.start && /^[\u4e00-\u9fff]{2,4}$/.test(before.word) && !NOT_A_ZONE_PREFIX.test(before.word)) {
        // 万盛经开区, and 南京市江北新区 written under the region before it.
        out.push(placeMention(before.word + tok.word, 'zone', before.start, prev && prev.end === before.start ? prev : undefined));
      } else {
        // 、雄/安/新区, 和杨凌/示范区: a list item whose name the segmenter cut apart is the whole item before the suffix.
        const item = listItemBefore(sentence, tok.start);
        if (item) out.push(placeMention(item + tok.word, 'zone', tok.start - item.length));
      }
      continue;
    }
    // The segmenter keeps 湖南省委 or 随州市政府 whole: the region is the part before 委/政府.
    const word = candidatesFor(tok.word).length ? tok.word : (/^(.{2,}?[省市县区州])(?:委|党委|政府|人民政府)$/.exec(tok.word)?.[1] ?? tok.word);
    // 各镇（街道）和县直部门: the conjunction before a county's own words (县直, 县级) is no county 和县; nor is it after
    // a list item that ends like a place or a body (磨子潭镇和县生态环境分局, 县农业农村局和县纪委监委).
    // 县公安局会同县市场监管局: 会同 between two bodies joins them; it is no county 会同县.
    // …，会同县公安局开展…: so does 会同 opening a clause, after the body the clause before named.
    if (word === '会同县' && /(?:[局委厅院办站所部]|[，；]|^)$/.test(sentence.slice(0, tok.start))) continue;
    if (word === '和县' && (/^[直级委里城域乡镇]/.test(sentence.slice(tok.end)) || /(?:[镇乡村局委厅院办站所]|街道|社区)$/.test(sentence.slice(0, tok.start)))) continue;
    // 平凉路街道, 南京路: a road named after a place is no place.
    if (/^(?:路|大道|大街|街(?!道))/.test(sentence.slice(tok.end))) continue;
    const cands = candidatesFor(word, tok.tag, ctx);
    // 城区, 郊区, 矿区 are districts' names and everyday words; only a city written before makes them a place.
    if (cands.length === 0 || (COMMON_WORD_NAMES.has(word) && prev?.end !== tok.start)) continue;
    const chosen = ctx.choose(cands) ?? (cands.length === 1 ? cands[0] : undefined);
    if (!chosen) {
      // Ambiguous with nothing around to decide (江北区 alone): still a region, without a code.
      if (cands.every((c) => c.name === word)) out.push(placeMention(word, cands[0]?.level ?? 'county', tok.start));
      continue;
    }
    ctx.note(chosen);
    const m = divisionMention(chosen, tok.start, word);
    if (prev && prev.end === m.start) m.writtenUnder = prev;
    out.push(m);
  }
  // A visit's villages (visitedPlaces) may be followed by more listed places, read once they are known.
  const listed = listedPlaces(sentence, tokens, withPlaces(sentence, tokens, out));
  const withVisits = visitedPlaces(sentence, listed);
  const visited = withVisits === listed ? listed : listedPlaces(sentence, tokens, withVisits);
  return streetsNamedForPlaces(sentence, clauseInitialPlaces(sentence, tokens, placesListedBefore(sentence, tokens, countedCommunities(sentence, countedShortNames(sentence, visited, ctx)))));
}

/**
 * 长白新村街道, 平凉路街道: a street named after an estate (新村) or a road, however the segmenter cut it (长白/新村/街道,
 * 平凉/路/街道); the place or estate read inside it (平凉, 新村街道) gives way.
 */
function streetsNamedForPlaces(sentence: string, found: Mention[]): Mention[] {
  let out = found;
  STREET_NAMED.lastIndex = 0;
  for (let m = STREET_NAMED.exec(sentence); m; m = STREET_NAMED.exec(sentence)) {
    const name = m[1] ?? '';
    const start = m.index + (m[0].length - name.length);
    const end = start + name.length;
    if (out.some((x) => x.start === start && x.end === end)) continue;
    out = [...out.filter((x) => x.end <= start || x.start >= end), placeMention(name, name.endsWith('社区') ? 'village' : 'township', start)].sort((a, b) => a.start - b.start);
  }
  return out;
}
const STREET_NAMED = /(?:^|[、，。；和及在到]|负责|联系|走进|来到)((?:(?![的和与及在到对把各全该本每等一])[\u4e00-\u9fff]){2,3}(?:新村|路)(?:街道|社区))/g;

/**
 * 孝丰镇则建立…, 凉水井镇则在全镇推开…, 板桥畲族乡在辖区各村推行…: a town that opens a clause and acts, however the
 * segmenter cut it (孝/丰镇, 凉水井/镇, 板桥/畲族/乡); what it took for a place inside it (丰镇) gives way.
 */
function clauseInitialPlaces(sentence: string, tokens: Token[], found: Mention[]): Mention[] {
  let out = found;
  CLAUSE_INITIAL_PLACE.lastIndex = 0;
  for (let m = CLAUSE_INITIAL_PLACE.exec(sentence); m; m = CLAUSE_INITIAL_PLACE.exec(sentence)) {
    const name = m[2] ?? '';
    const start = m.index + (m[1]?.length ?? 0);
    const end = start + name.length;
    const stem = name.replace(/(?:镇|乡|街道|村)$/, '');
    if (!okPlaceName(stem) || NOT_A_VILLAGE.test(name) || out.some((x) => x.start <= start && x.end >= end) || out.some((x) => x.start < start && x.end > start)) continue;
    // 要求镇…, 成立由镇…, 建议街道…: a verb opening the clause is no town's name.
    if (tokens.some((t) => t.start === start && /^v/.test(t.tag)) || /^v/.test(jiebaDictionary().tags.get(stem) ?? '') || ASKS.test(stem)) continue;
    out = [...out.filter((x) => x.end <= start || x.start >= end), placeMention(name, name.endsWith('村') ? 'village' : 'township', start)].sort((a, b) => a.start - b.start);
  }
  return out;
}
/** Words of asking and urging, whatever the dictionary tags them (建议/n): 建议街道把…. */
const ASKS = /^(?:建议|要求|推动|督促|指导|帮助|引导|鼓励|支持|协调|带领|动员|号召|希望)/;
/** Peoples an ethnic township is named for (板桥畲族乡). */
const ETHNIC_NAMES = '畲族|回族|苗族|瑶族|彝族|土家族|满族|蒙古族|藏族|侗族|壮族|布依族|白族|哈尼族|傣族|黎族|傈僳族|羌族|朝鲜族|达斡尔族|鄂伦春族|鄂温克族|锡伯族|仡佬族|水族|东乡族';
const CLAUSE_INITIAL_PLACE = new RegExp(
  `(^|[，。；：、])((?:(?![乡镇村的和与及在到对把各全该本每等一这那其由])[\u4e00-\u9fff]){2,3}(?:${ETHNIC_NAMES})?(?:镇|乡|苏木|街道|村|嘎查))` +
    '(?=、[\u4e00-\u9fff]{2,4}(?:镇|乡|苏木|街道|村|嘎查)|[\u4e00-\u9fff]{2,5}(?:村(?![级民务委集干])|嘎查)|则|在|把|将|还|也|又|针对|围绕|结合|依托|通过|对|以|按照|聚焦|组织|建立|推行|开展|成立|制定|出台|率先|先后|同步|积极|坚持|立足|创新|探索|党委|组建|实行|推出|启动)',
  'g',
);

const PLACE_RANK: Partial<Record<string, number>> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };
/** A list item that is a town, street, community or village, up to its suffix (二酉苗族乡, 递铺街道, 老城区社区). */
const LISTED_PLACE = new RegExp(`^([\u4e00-\u9fff]{2,5}?(?:[\u4e00-\u9fff]{2,3}民族(?=乡)|${ETHNIC_NAMES})?)(街道|社区|苏木|嘎查|镇|乡|村)`);
/** What may follow a listed place: the next item, the list's end, or the verb or adverb of the clause. */
const AFTER_LISTED = /^(?:[、，。；：和及等（(]|$|[\d一二三四五六七八九十两]+个)/;

/**
 * 沐恩邸社区、支尔莫乡和县人民医院; 永兴镇、湄江街道抽查…: in a list whose item before is a town or village, the next item
 * runs from the separator to its suffix, however the segmenter cut it (支/尔/莫/乡和县, 湄/江/街道). The item lies in
 * the nearest region above its level that the item before was written under.
 */
function listedPlaces(sentence: string, tokens: Token[], found: Mention[]): Mention[] {
  let out = found;
  for (let i = 0; i < out.length; i++) {
    const prev = out[i] as Mention;
    if (prev.level !== 'township' && prev.level !== 'village') continue;
    // 金乡镇老城区社区: a community right after its town, where a district's name (老城区) would be read.
    const sep = /^(?:、|和|及)/.exec(sentence.slice(prev.end))?.[0] ?? (prev.level === 'township' ? '' : undefined);
    if (sep === undefined) continue;
    const at = prev.end + sep.length;
    const m = LISTED_PLACE.exec(sentence.slice(at));
    if (sep === '' && m?.[2] !== '社区') continue;
    if (!m?.[1] || !m[2] || NOT_A_PLACE.has(m[1]) || /[的和与及在到对把]/.test(m[1]) || /^(?:[一二三四五六七八九十两几\d]+[个家所处]|[每各某该全这那]|本(?:级|地|辖))/.test(m[1])) continue;
    const end = at + m[0].length;
    // 兴国县X镇、寻乌县澄江镇: an item that begins with a region of its own is read as that chain already.
    // A community may be named after a district word (老城区社区), which is then no district.
    const chain = (x: Mention) => x.start === at && x.end < end && x.level !== 'township' && x.level !== 'village' && x.surface !== '和县';
    if (out.some((x) => chain(x) && !(m[2] === '社区' && x.surface.endsWith('区')))) continue;
    const next = tokens.find((t) => t.start === end);
    if (!AFTER_LISTED.test(sentence.slice(end)) && !(next && /^(v|vn|d|p|c|t|f)$/.test(next.tag))) continue;
    // A token that runs past the suffix (乡镇, 村级) makes it another word.
    if (tokens.some((t) => t.start < end && t.end > end)) continue;
    const level: RegionLevel = m[2] === '村' || m[2] === '社区' || m[2] === '嘎查' ? 'village' : 'township';
    let under: Mention | undefined = prev;
    while (under && (PLACE_RANK[under.level ?? ''] ?? 9) >= (PLACE_RANK[level] ?? 0)) under = under.writtenUnder;
    const place = placeMention(m[0], level, at, under);
    const clash = out.filter((x) => x.start < end && x.end > at);
    if (clash.some((x) => x.start === at && x.end === end)) continue;
    // 尔莫乡 inside 支尔莫乡, 和县 across the conjunction: what the list item covers gives way to it.
    out = [...out.filter((x) => !clash.includes(x)), place].sort((a, b) => a.start - b.start);
  }
  // 支尔莫乡和县人民医院: 和 after a town joins the next item; it begins no county (和县).
  return out.filter((x) => !(x.surface === '和县' && out.some((p) => p.end === x.start && (p.level === 'township' || p.level === 'village'))));
}

/** The first item of a list, from where the clause or the list begins to its suffix and the separator after it. */
const FIRST_LISTED_PLACE = /(?:^|[，。；：、（）])([\u4e00-\u9fff]{2,5}?(?:街道|社区|苏木|嘎查|镇|乡|村))(?:、|和|及)$/;

/**
 * 佛子岭镇、磨子潭镇和县生态环境分局: the item before a town or village of a list is a place of the same kind when it runs
 * from the list's start to such a suffix, however the segmenter cut it (佛子/x 岭镇/x). It lies where the next one does.
 */
function placesListedBefore(sentence: string, tokens: Token[], found: Mention[]): Mention[] {
  let out = found;
  for (const next of found) {
    if (next.level !== 'township' && next.level !== 'village') continue;
    const m = FIRST_LISTED_PLACE.exec(sentence.slice(Math.max(0, next.start - 10), next.start));
    const first = m?.[1] ? { name: m[1], at: next.start - m[0].length + m[0].indexOf(m[1]) } : firstItemAfterVerb(sentence, tokens, next.start);
    const name = first?.name;
    if (!first || !name || NOT_A_PLACE.has(name.replace(/(?:街道|社区|苏木|嘎查|镇|乡|村)$/, '')) || /[的和与及在到对把从向为被将]|^(?:[一二三四五六七八九十两几\d]+[个家所处]|[每各某本该全这那])/.test(name)) continue;
    const { at } = first;
    const end = at + name.length;
    if (tokens.some((t) => (t.start < at && t.end > at) || (t.start < end && t.end > end))) continue;
    // 巴彦/托海镇: a town read from the item's last word gives way to the whole item when every word of it can be part
    // of a name (深入但家庙镇 is 但家庙镇, 前往东厦镇 is 东厦镇).
    const clash = out.filter((x) => x.start < end && x.end > at);
    if (clash.some((x) => x.start <= at || x.end !== end || (x.level !== 'township' && x.level !== 'village'))) continue;
    if (clash.length > 0 && tokens.some((w) => w.start >= at && w.end <= end && !PLACE_NAME_TAG.test(w.tag))) continue;
    const level: RegionLevel = /(?:村|社区|嘎查)$/.test(name) ? 'village' : 'township';
    out = [...out.filter((x) => !clash.includes(x)), placeMention(name, level, at, next.writtenUnder)].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A list's separator before a place (、, 和, 及), written right before `nextStart`. */
const SEPARATOR_BEFORE = /(?:、|和|及)$/;
const ITEM_NAME = /^[\u4e00-\u9fff]{2,7}(?:街道|社区|苏木|嘎查|镇|乡|村)$/;

/**
 * 第一工作组负责巴彦托海镇、锡尼河西苏木: the list's first item right after the verb (or preposition) that governs it,
 * when no punctuation opens the list: from the word after the verb to the separator.
 */
function firstItemAfterVerb(sentence: string, tokens: Token[], nextStart: number): { name: string; at: number } | undefined {
  const sep = SEPARATOR_BEFORE.exec(sentence.slice(0, nextStart));
  if (!sep) return undefined;
  const itemEnd = nextStart - sep[0].length;
  for (const t of tokens) {
    if (t.start < itemEnd - 9 || t.start > itemEnd - 3) continue;
    const before = tokens.find((b) => b.end === t.start);
    if (!before || !/^(?:v|p)$/.test(before.tag)) continue;
    const name = sentence.slice(t.start, itemEnd);
    if (ITEM_NAME.test(name)) return { name, at: t.start };
  }
  return undefined;
}

/**
 * 犍为、沐川、井研3县; 中沙、河龙两个山区乡: places written by their short names and then counted by their
 * kind. The count must equal the number of names; counties and cities are looked up, towns are named with
 * their kind (中沙乡).
 */
/** 西牌楼、太平街、西湖、碧湘、青山祠等11个社区: communities or villages written by their short names, then some of a count. */
const COMMUNITIES_COUNTED = /((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等(?:[\d一二三四五六七八九十两]+)个(社区|村)/g;

/** The communities (西牌楼社区) or villages a list of short names before 等N个社区 names, each named with its kind. */
function countedCommunities(sentence: string, found: Mention[]): Mention[] {
  let out = found;
  for (const m of sentence.matchAll(COMMUNITIES_COUNTED)) {
    const [, list = '', kind = ''] = m;
    const items = list.split('、');
    if (items.some((x) => !okPlaceName(x) || /[的和与及在到对把]/.test(x))) continue;
    let at = m.index;
    for (const item of items) {
      const start = sentence.indexOf(item, at);
      at = start + item.length;
      if (out.some((x) => x.start < at && x.end > start)) continue;
      out = [...out, { ...placeMention(item + kind, 'village', start), end: at, surface: item, aliases: [item] }];
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function countedShortNames(sentence: string, found: Mention[], ctx: RegionContext): Mention[] {
  let out = found;
  SHORT_NAMES_COUNTED.lastIndex = 0;
  for (let m = SHORT_NAMES_COUNTED.exec(sentence); m; m = SHORT_NAMES_COUNTED.exec(sentence)) {
    const [, list = '', etc, count = '', kind = ''] = m;
    const all = list.split(/[、和及]/);
    // …4个县级市和建水、石屏…绿春6县: the match may begin inside the words before the list (级市和建水); the count
    // says how many names are its own.
    const n = parseCount(count);
    const items = !etc && n !== undefined && n > 1 && all.length > n ? all.slice(-n) : all;
    // Without 等 the count restates the names; with it (讷河、克山等县（市）) the names are some of them.
    if ((!etc && n !== items.length) || items.some((x) => NOT_A_PLACE.has(x) || GENERIC_PLACE_WORD.test(x))) continue;
    let at = m.index + (list.length - items.join('、').length);
    for (const item of items) {
      const start = sentence.indexOf(item, at);
      at = start + item.length;
      // …红河、绿春6县: a short name read before as something else (红河 the prefecture) is the county the count says.
      const countyKind = kind === '县' || kind === '区' || kind === '市';
      if (out.some((x) => x.start <= start && x.end >= start + item.length && !(countyKind && x.level !== 'county' && x.end === start + item.length))) continue;
      let place: Mention | undefined;
      if (kind === '乡' || kind === '镇') {
        place = { ...placeMention(item + kind, 'township', start), end: start + item.length, surface: item, aliases: [item] };
      } else {
        const cands = (gazetteer().byName.get(item + kind) ?? gazetteer().byName.get(item) ?? []).filter((d) => d.level !== 'province');
        const chosen = ctx.choose(cands) ?? (cands.length === 1 ? cands[0] : undefined);
        if (chosen) place = divisionMention(chosen, start, item);
      }
      if (place) out = [...out.filter((x) => x.end <= start || x.start >= start + item.length), place].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
const SHORT_NAMES_COUNTED = /((?:[\u4e00-\u9fff]{2}[、和及])+[\u4e00-\u9fff]{2})(等)?((?<=等)|[两三四五六七八九十]|\d+)个?(?:山区|边远|偏远|贫困|沿边)?(县|区|市|乡|镇|(?<=等)地)(?:（[市区县旗、]+）)?(?!的?(?:干部|群众|党员|委))/g;

/**
 * 分别到三汇镇汇东村、土溪镇大石村和有庆镇鹿鸣村: a town (and the village under it) a visit goes to, written
 * as a list item, is read from the verb or separator before it to the list's next separator, however the
 * segmenter cut it (三/汇镇/汇东/村).
 */
function visitedPlaces(sentence: string, found: Mention[]): Mention[] {
  let out = found;
  VISITED_PLACE.lastIndex = 0;
  for (let m = VISITED_PLACE.exec(sentence); m; m = VISITED_PLACE.exec(sentence)) {
    const [whole, townName = '', townSuffix = '', villageName, villageSuffix] = m;
    if (!okPlaceName(townName) || (villageName !== undefined && !okPlaceName(villageName))) continue;
    const start = m.index;
    const end = start + whole.length;
    const townEnd = start + townName.length + townSuffix.length;
    if (out.some((x) => x.start === start && x.end === townEnd)) continue;
    // A county or city written before the town (巨野县麒麟镇) was read with it already.
    if (out.some((x) => x.end === start && x.level !== 'township' && x.level !== 'village' && x.level !== 'group')) continue;
    const town = placeMention(townName + townSuffix, 'township', start);
    const village = villageName !== undefined ? placeMention(villageName + (villageSuffix ?? ''), 'village', townEnd, town) : undefined;
    out = [...out.filter((x) => x.end <= start || x.start >= end), town, ...(village ? [village] : [])].sort((a, b) => a.start - b.start);
  }
  // 直接走进崖下村、横渠社区…; 来到田铺大湾村口: a village a visit goes to with no town before it (崖/下村).
  VISITED_VILLAGE.lastIndex = 0;
  for (let m = VISITED_VILLAGE.exec(sentence); m; m = VISITED_VILLAGE.exec(sentence)) {
    const name = m[1] ?? '';
    const start = m.index;
    const end = start + name.length;
    if (!okPlaceName(name.slice(0, -1)) || NOT_A_VILLAGE.test(name) || out.some((x) => x.start < end && x.end > start)) continue;
    out = [...out, placeMention(name, 'village', start)].sort((a, b) => a.start - b.start);
  }
  return out;
}
const VISITED_VILLAGE =
  /(?<=(?:来到|走进|走访|深入|前往|赶赴|进驻|驻点|暗访|到访)(?:了)?)((?:(?![乡镇村的和与及在到对把各全该本每等一个些了])[\u4e00-\u9fff]){2,4}?村)(?=[、，。；和及等]|以及|口|头|部|[\u4e00-\u9fff]{0,8}?(?:现场|基地|园区|车间|工地|大棚))/g;
/** Words before 村 that say what kind of village, not which one: 薄弱村, 软弱涣散村, 空壳村. */
const NOT_A_VILLAGE = /(?:薄弱|涣散|后进|空壳|先进|典型|脱贫|搬迁|安置|联系|帮扶|结对|定点|易地|集体|重点|试点|示范|特色|传统|古|新|大|小|老|边|山)村$/;
const VISITED_PLACE =
  /(?<=(?:^在|[，。；]在|组在|到|赴|往|深入|走访|来到|走进|前往|负责|联系|进驻|、|和|及))((?:(?![乡镇村的和与及在到对把各全该本每等一])[\u4e00-\u9fff]){2,3}?)(镇|乡|街道)(?:((?:(?![乡镇村的和与及在到对把各全该本每等])[\u4e00-\u9fff]){2,3}?)(村|社区))?(?=[、，。；和及等的]|以及|调研|督导|检查|暗访|走访|指导|督查|蹲点|期间|时)/g;
const GENERIC_PLACE_WORD = /^(?:基层|偏远|边远|部分|重点|贫困|困难|脱贫|示范|试点|农村|山区|沿海|全部|多个|有关|相关|其他|周边|所辖|辖区|特色|中心|城乡|城区|所在|涉农|行政|自然)/;
const okPlaceName = (name: string): boolean => !NOT_A_PLACE.has(name) && !GENERIC_PLACE_WORD.test(name);

/**
 * A town or village named on its own at token i: 观胜镇 (two characters), or a word the segmenter did
 * not know that ends like one (南林桥镇/x, 湄溪村/x), or such a word before a lone 镇 or 乡 (南林桥/镇).
 */
function standalonePlace(sentence: string, tokens: Token[], i: number): Mention | undefined {
  const tok = tokens[i] as Token;
  // Most tokens are nowhere near a place word: test the characters before any pattern (a hot path).
  const next = tokens[i + 1];
  const last = tok.word[tok.word.length - 1];
  const third = sentence[tok.start + 2];
  const nearPlace =
    last === '镇' || last === '乡' || last === '村' || last === '区' || next?.word[0] === '镇' || next?.word[0] === '乡' || next?.word === '街道' || next?.word === '社区' || third === '镇' || third === '乡' || tokens[i + 2]?.word === '街道';
  if (!nearPlace) return undefined;
  const level = (suffix: string): RegionLevel => (suffix === '村' || suffix === '社区' ? 'village' : 'township');
  const unknown = /^([\u4e00-\u9fff]{2,5}?)(镇|乡|村|社区)$/.exec(tok.word);
  // 南林桥镇/x; 大寨村/ns, a place word the gazetteer (down to counties) does not hold.
  if ((tok.tag === 'x' || tok.tag === 'ns') && unknown && !NOT_A_PLACE.has(unknown[1] ?? '')) return placeMention(tok.word, level(unknown[2] ?? ''), tok.start);
  // 凉水井/镇则, 天荒坪/镇余村: the segmenter glues a town's 镇 to the word after it.
  // …but 列席/镇党委, 先到/镇政府: a town's own committee or government the segmenter keeps whole begins no name.
  // 天荒坪/镇党委 is the town's own committee, though: after a name, not a verb, the town is read.
  const ownBody = /^[镇乡](?:党委|政府)$/.test(next?.word ?? '') && /^(?:nr|ns)$/.test(tok.tag);
  const glued = next && next.start === tok.end && /^[镇乡](?![镇村长])/.test(next.word) && (ownBody || !/^[镇乡](?:党委|政府|里|干部)/.test(next.word)) && next.word.length > 1 ? next.word[0] : undefined;
  if (glued && /^(x|nr|ns|nz|n)$/.test(tok.tag) && /^[\u4e00-\u9fff]{2,3}$/.test(tok.word) && !NOT_A_PLACE.has(tok.word)) {
    return placeMention(tok.word + glued, 'township', tok.start);
  }
  // 沐恩邸社区: a name the segmenter does not know, then 社区.
  if (next?.word === '社区' && next.start === tok.end && /^(x|nr|nz)$/.test(tok.tag) && /^[\u4e00-\u9fff]{2,4}$/.test(tok.word)) {
    return placeMention(tok.word + next.word, 'village', tok.start);
  }
  // 潘家园街道, 双井街道: a name the segmenter knows as a place or a name, then 街道.
  if (next?.word === '街道' && next.start === tok.end && /^(x|nr|ns|nz)$/.test(tok.tag) && /^[\u4e00-\u9fff]{2,3}$/.test(tok.word) && !NOT_A_PLACE.has(tok.word)) {
    return placeMention(tok.word + next.word, 'township', tok.start);
  }
  // 坡子/街/街道: a street's name the segmenter cut in two before 街道.
  const after = tokens[i + 2];
  // ——德/源/街道: or in two single characters, at a list item's start.
  const opensItem = i === 0 || /^[，。；：、—]+$/.test(tokens[i - 1]?.word ?? '');
  const cutInTwo = tok.word.length === 2 || (tok.word.length === 1 && opensItem && /^(?:ng|n|x|nr|ns)$/.test(next?.tag ?? ''));
  if (next && after?.word === '街道' && next.word.length === 1 && next.start === tok.end && after.start === next.end && /^(x|nr|ns|nz)$/.test(tok.tag) && cutInTwo && !NOT_A_PLACE.has(tok.word)) {
    return placeMention(tok.word + next.word + after.word, 'township', tok.start);
  }
  if (next && /^(镇|乡)$/.test(next.word) && next.start === tok.end && /^(x|nr|ns|nz)$/.test(tok.tag) && /^[\u4e00-\u9fff]{2,3}$/.test(tok.word)) {
    if (!NOT_A_PLACE.has(tok.word) && !(next.word === '乡' && sentence[next.end] === '村')) return placeMention(tok.word + next.word, 'township', tok.start);
  }
  if (third !== '镇' && third !== '乡') return undefined;
  // 推进乡村振兴, 部分乡镇: a verb before 乡, or 村 or 镇 after it, makes an ordinary word, not a town.
  if (!PLACE_NAME_TAG.test(tok.tag) || /[村镇]/.test(sentence[tok.start + 3] ?? '')) return undefined;
  const m = STANDALONE_TOWN.exec(sentence.slice(tok.start));
  if (!m || NOT_A_PLACE.has(m[1] ?? '')) return undefined;
  return placeMention(m[0], 'township', tok.start);
}

/** Adds towns and villages written after a region or a town, and towns standing alone at a token start. */
function withPlaces(sentence: string, tokens: Token[], regions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const overlaps = (m: Mention, s: number, e: number) => s < m.end && e > m.start;
  const taken = (s: number, e: number) => regions.some((m) => overlaps(m, s, e)) || out.some((m) => overlaps(m, s, e));
  const placesAfter = (region: Mention): void => {
    let under = region;
    for (const [re, level] of [[TOWN_AFTER_REGION, 'township'], [VILLAGE_AFTER_REGION, 'village']] as const) {
      // 天荒坪镇余村: right after a town a village's name may be one character; 南浔区和孚镇: a 和 before a
      // single character and 镇 begins the town's name rather than joining two places.
      const he = level === 'township' ? TOWN_NAMED_HE.exec(sentence.slice(under.end)) : null;
      const m = he ?? (level === 'village' && under.level === 'township' ? VILLAGE_AFTER_TOWN : re).exec(sentence.slice(under.end));
      // 丹寨万达小镇: a 小镇 is a development, not a township.
      if (!m || NOT_A_PLACE.has(m[1] ?? '') || m[1]?.endsWith('小')) continue;
      // A longer name must be cut as names are (海丰/朝鲜族), never hold a verb (等地还制定了村).
      const from = under.end;
      const to = from + (m[1]?.length ?? 0);
      if (to - from > 3 && tokens.some((t) => t.end > from && t.start < to && !PLACE_NAME_TAG.test(t.tag))) continue;
      // 吴兴区在织里镇, 遵义市出台村级…: a function word or verb after the region starts no place name.
      const first = tokens.find((t) => t.start <= from && t.end > from);
      if (first && FUNCTION_TAG.test(first.tag) && !he) continue;
      const place = placeMention(m[0], level, under.end, under);
      if (taken(place.start, place.end)) continue;
      out.push(place);
      under = place;
    }
    // 南林桥镇湄溪村、罗成村、港路村: villages listed after the first lie in the same town.
    const parent = under.level === 'village' ? under.writtenUnder : undefined;
    for (let pos = under.end, m = COORDINATED_VILLAGE.exec(sentence.slice(pos)); parent && m; m = COORDINATED_VILLAGE.exec(sentence.slice(pos))) {
      const village = placeMention(m[1] ?? '', 'village', pos + 1, parent);
      if (taken(village.start, village.end)) break;
      out.push(village);
      pos = village.end;
    }
  };
  for (const r of regions) {
    out.push(r);
    placesAfter(r);
  }
  for (let i = 0; i < tokens.length; i++) {
    const place = standalonePlace(sentence, tokens, i);
    if (!place || taken(place.start, place.end)) continue;
    out.push(place);
    placesAfter(place);
  }
  return out.sort((a, b) => a.start - b.start);
}
