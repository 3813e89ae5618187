// One file's bytes → a Document of the contract plus the normalised text that extraction reads.
import { createHash } from 'node:crypto';
import type { Document } from '../../schema/graph.ts';
import type { MappedText } from '../normalize/mapped-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { stripPinyin } from '../normalize/strip-pinyin.ts';
import { fromSource } from '../normalize/mapped-text.ts';
import { detectScript, toSimplifiedString } from '../normalize/to-simplified.ts';
import { decode, InputError } from './decode.ts';
import { bodyRange, parseMeta } from './parse-document.ts';

export interface LoadedDocument {
  doc: Document;
  /** The decoded file, which `original` evidence is cut from. */
  source: string;
  body: MappedText;
}

export function contentHash(bytes: Uint8Array): string {
  // The first 8 bytes written as hex, the same 16 characters as slicing the whole digest's hex, but a string of its own:
  // a slice would keep the 64-character hex alive, and every id a run has seen is kept (50 MiB against 21 at 372k).
  return createHash('sha256').update(bytes).digest().toString('hex', 0, 8);
}

export function loadDocument(path: string, bytes: Uint8Array): LoadedDocument {
  const { text: source, encoding } = decode(path, bytes);
  const script = detectScript(source);
  const meta = parseMeta(source);
  const [start, end] = bodyRange(source, meta);
  const bodySource = source.slice(0, end);
  const normalized = normalizeText(bodySource, { script });
  // Text before the body start (title line, crawl header) is metadata, not extraction input.
  const keep = normalized.origin.findIndex((o) => o >= start);
  const from = keep < 0 ? normalized.text.length : keep;
  const body: MappedText = { text: normalized.text.slice(from), origin: normalized.origin.slice(from) };
  if (!/[\u4e00-\u9fff]/.test(body.text)) throw new InputError(path, 'no Chinese text found after normalisation');
  const title = stripPinyin(fromSource(meta.title)).text.trim();
  const doc: Document = {
    id: contentHash(bytes),
    path,
    title,
    script,
    encoding,
    text: body.text,
    // Sources are looked up by name (新华社), so they are stored in Simplified whatever the script.
    ...(meta.source ? { source: toSimplifiedString(meta.source) } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
  };
  return { doc, source, body };
}
