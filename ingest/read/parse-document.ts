// Reads a report's shape — title line, crawl header, citation, dateline, byline — into metadata
// and the body lines to extract from. Pure: works on decoded text.
import { stripPinyinString } from '../normalize/strip-pinyin.ts';

export interface DocumentMeta {
  title: string;
  source?: string;
  publishedAt?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** `发布时间:2024-11-25 04:43:40 来源: sp20241125` */
const CRAWL_HEADER = /^\s*发布时间\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})[^\n]*?(?:来源\s*[:：]\s*([^\n]*))?$/m;
/** `《 人民日报 》( 2023年10月27日 04 版)` */
const CITATION = /《\s*([^》\n]{2,20}?)\s*》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^)）\n]*[)）]/;
/** `新华社北京9月21日电` / `新華社北京9月21日電` (a dateline, with or without a year). */
const DATELINE = /(新华社|新華社|中新社|人民网|人民網|央视网|央視網)([\u4e00-\u9fff]{1,6}?)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[电電]/;
const ANY_YEAR_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const YEAR_ONLY = /(20\d{2}|19\d{2})年/;

function cleanTitle(line: string): string {
  // Crawled titles carry a list index before and the file extension after: `11访民情解民忧….txt`.
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/\.(txt|html?)\s*$/i, '')
    .replace(/^\d{1,3}(?=[\u4e00-\u9fff“《])/, '')
    .trim();
}

function firstSentence(text: string): string {
  const plain = stripPinyinString(text).replace(/<[^>]*>|&[a-z]+;/gi, ' ').replace(/\s+/g, ' ').trim();
  const s = plain.split(/[。！？!?]/)[0] ?? plain;
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function parseMeta(raw: string): DocumentMeta {
  const lines = raw.split(/\r?\n/);
  const first = (lines[0] ?? '').trim();
  const meta: DocumentMeta = { title: '' };

  const header = CRAWL_HEADER.exec(raw);
  const citation = CITATION.exec(raw);
  const dateline = DATELINE.exec(raw);

  if (header) {
    meta.publishedAt = isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
    const src = header[4]?.trim();
    if (src) meta.source = src;
  }
  if (dateline) {
    meta.source = dateline[1] ?? meta.source ?? '';
    const year = dateline[3] ?? YEAR_ONLY.exec(raw.replace(DATELINE, ''))?.[1];
    if (year) meta.publishedAt = isoDate(Number(year), Number(dateline[4]), Number(dateline[5]));
  }
  // The newspaper's own citation is the publication of record; a crawl header only says when it was fetched.
  if (citation) {
    meta.source = (citation[1] ?? '').replace(/\s+/g, '');
    meta.publishedAt = isoDate(Number(citation[2]), Number(citation[3]), Number(citation[4]));
  }
  if (!meta.publishedAt) {
    const any = ANY_YEAR_DATE.exec(raw);
    if (any && !header) meta.publishedAt = isoDate(Number(any[1]), Number(any[2]), Number(any[3]));
  }

  const isHeadline = (l: string) => l.length > 0 && l.length <= 60 && !/[。！？]$/.test(l) && !/^<div|^发布时间/.test(l);
  // A headline above the crawl header (标题 / 发布时间:… / body) is the title, as the seeds' header-first files are not.
  const headerSecond = header !== null && CRAWL_HEADER.test(lines[1] ?? '') && !CRAWL_HEADER.test(first);
  if (headerSecond && isHeadline(cleanTitle(first))) {
    meta.title = cleanTitle(first);
  } else if (header) {
    const candidate = lines.slice(1, 4).map((l) => l.trim()).find(isHeadline);
    meta.title = candidate ?? firstSentence(lines.slice(1).join('\n'));
  } else if (isHeadline(cleanTitle(first)) && !/^<|,|，/.test(first.slice(0, 30).replace(/——.*/, ''))) {
    meta.title = cleanTitle(first);
  } else {
    meta.title = firstSentence(raw);
  }
  return meta;
}

/**
 * Where the body starts: after a title line, a crawl header or a dateline's title repeat;
 * boilerplate after the citation (责编) is dropped. Returns [start, end) into raw.
 */
export function bodyRange(raw: string, meta: DocumentMeta): [number, number] {
  let start = 0;
  const firstEnd = raw.indexOf('\n');
  const first = firstEnd < 0 ? raw : raw.slice(0, firstEnd);
  // A file that is only its title line (a one-sentence report) keeps that line as its body.
  const onlyLine = firstEnd < 0 || raw.slice(firstEnd + 1).trim() === '';
  if (CRAWL_HEADER.test(first) || (meta.title && cleanTitle(first) === meta.title && !onlyLine)) start = firstEnd < 0 ? raw.length : firstEnd + 1;
  // …and the header line after that headline is metadata too.
  const secondEnd = raw.indexOf('\n', start);
  if (start > 0 && CRAWL_HEADER.test(raw.slice(start, secondEnd < 0 ? raw.length : secondEnd))) start = secondEnd < 0 ? raw.length : secondEnd + 1;
  let end = raw.length;
  const editor = /^[（(]\s*(责编|責編|编辑|編輯)[^\n]*$/m.exec(raw);
  if (editor) end = Math.min(end, editor.index);
  const citation = CITATION.exec(raw);
  if (citation && citation.index >= start) end = Math.min(end, citation.index);
  return [start, end];
}
