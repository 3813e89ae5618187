// Drops the markup of HTML-fragment reports, keeping one line per paragraph.
import { replaceMapped, type MappedText } from './mapped-text.ts';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·', hellip: '…', mdash: '—' };

export function looksLikeHtml(text: string): boolean {
  return /<(div|p|span|br|table|section)\b[^>]*>/i.test(text);
}

/** Example: `<div><span style='…'>重庆市…</span></div><div>&nbsp;</div>` → `重庆市…`. */
export function stripHtml(input: MappedText): MappedText {
  let t = replaceMapped(input, /<\s*(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, '\n');
  t = replaceMapped(t, /<[^>]*>/g, '');
  t = replaceMapped(t, /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m) => {
    const name = (m[1] ?? '').toLowerCase();
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m[0];
  });
  return t;
}
