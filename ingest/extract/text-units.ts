// Splits a document into paragraphs, sentences and clauses, keeping offsets; quotes stay whole.

export interface Span {
  text: string;
  start: number;
  end: number;
}

const QUOTE_OPEN = '“‘《（(「『【';
const QUOTE_CLOSE = '”’》）)」』】';
const BREAKS = new Map<string, RegExp>();

/** Splits at any character of `marks` that is outside quotes and brackets, keeping the mark. */
function splitOutsideQuotes(span: Span, marks: string): Span[] {
  // Only the marks and the quotes matter, so the scan jumps from one to the next.
  let re = BREAKS.get(marks);
  if (!re) {
    const chars = [...new Set(QUOTE_OPEN + QUOTE_CLOSE + marks)].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    re = new RegExp(`[${chars}]`, 'g');
    BREAKS.set(marks, re);
  }
  const out: Span[] = [];
  const t = span.text;
  let depth = 0;
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const ch = m[0];
    if (QUOTE_OPEN.includes(ch)) depth++;
    else if (QUOTE_CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      // A run of closing marks (。”) stays with its sentence.
      let j = m.index + 1;
      while (j < t.length && marks.includes(t[j] as string)) j++;
      out.push({ text: t.slice(from, j), start: span.start + from, end: span.start + j });
      from = j;
      re.lastIndex = j;
    }
  }
  if (from < t.length) out.push({ text: t.slice(from), start: span.start + from, end: span.start + t.length });
  return out.filter((s) => s.text.trim().length > 0);
}

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/**
 * Longer than any sentence of the genre (the seeds' longest is under 300 characters). Text without sentence marks
 * (a table flattened to one line, a crawl gone wrong) is cut into pieces of this size, so the rules, some of which
 * look at every pair of mentions in a sentence, never see a megabyte as one sentence.
 */
export const MAX_SENTENCE_CHARS = 1000;

function capLength(span: Span): Span[] {
  if (span.text.length <= MAX_SENTENCE_CHARS) return [span];
  const out: Span[] = [];
  for (let i = 0; i < span.text.length; i += MAX_SENTENCE_CHARS) {
    const text = span.text.slice(i, i + MAX_SENTENCE_CHARS);
    out.push({ text, start: span.start + i, end: span.start + i + text.length });
  }
  return out;
}

export function sentences(paragraph: Span): Span[] {
  return splitOutsideQuotes(paragraph, '。！？!?…').flatMap(capLength);
}

/** Clauses: the pieces between ，；： outside quotes, without their trailing mark. */
const CLAUSE_TAIL = new Set('，；：,;:。！？!?… \t\u3000');

export function clauses(sentence: Span): Span[] {
  const out: Span[] = [];
  for (const c of splitOutsideQuotes(sentence, '，；：,;:')) {
    // Trimmed by hand: a regex anchored at the end retries from every character of a long clause.
    let n = c.text.length;
    while (n > 0 && CLAUSE_TAIL.has(c.text[n - 1] as string)) n--;
    if (n > 0) out.push({ text: c.text.slice(0, n), start: c.start, end: c.start + n });
  }
  return out;
}

/** Index ranges [start, end) of quoted or book-titled spans in `text`. */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /“[^”]*”|《[^》]*》|"[^"]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function insideQuotes(ranges: Array<[number, number]>, at: number): boolean {
  return ranges.some(([s, e]) => at > s && at < e);
}
