// One report file → its Document and the facts its sentences state. Self-contained and free of shared state, so it
// runs the same in the main thread or in a worker (ingest/parallel/), and its result crosses a thread as plain data.
import type { Document, Evidence, RelationType } from '../schema/graph.ts';
import { extractDocument, type DocumentMeta } from './extract/extract-document.ts';
import type { Mention } from './extract/mentions/mention.ts';
import type { EntityRef } from './resolve/entity-store.ts';
import { sourceSpan } from './normalize/mapped-text.ts';
import { toSimplifiedString } from './normalize/to-simplified.ts';
import { loadDocument } from './read/load-document.ts';
import type { SourceFile } from './read/read-inputs.ts';

export type { EntityRef };

export interface Fact {
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  count?: number;
  rule: string;
  evidence: Evidence;
}

export interface ExtractedFile {
  doc: Document;
  facts: Fact[];
}

/** The part of a mention that crosses into the entity store (and a worker thread's message). */
export function entityRef(m: Mention): EntityRef {
  return {
    key: m.key,
    type: m.type,
    name: m.name,
    aliases: m.aliases,
    surface: m.surface,
    ...(m.level !== undefined ? { level: m.level } : {}),
    ...(m.division !== undefined ? { division: m.division } : {}),
    ...(m.count !== undefined ? { count: m.count } : {}),
  };
}

/** What the rules know of a document besides its text. The title is kept in its own script for display; the rules
 * read it as they read the text, in Simplified. */
export function documentMeta(doc: Document): DocumentMeta {
  return { title: doc.script === 'traditional' && doc.title ? toSimplifiedString(doc.title) : doc.title, source: doc.source };
}

/** Throws InputError for a file that is not a readable report. */
export function extractFile(input: SourceFile): ExtractedFile {
  const { doc, source, body } = loadDocument(input.path, input.bytes);
  const facts: Fact[] = [];
  for (const f of extractDocument(doc.id, body.text, documentMeta(doc))) {
    const { start, end } = f.sentence;
    const [os, oe] = sourceSpan(body, start, end);
    facts.push({
      type: f.type,
      source: entityRef(f.source),
      target: entityRef(f.target),
      ...(f.count !== undefined ? { count: f.count } : {}),
      rule: f.rule,
      evidence: { docId: doc.id, sentence: body.text.slice(start, end), start, end, original: source.slice(os, oe), rule: f.rule },
    });
  }
  return { doc, facts };
}
