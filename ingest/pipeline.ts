// The ingest stage end to end: report files → one typed, evidenced knowledge graph (schema/graph.ts).
import type { Document, KnowledgeGraph } from '../schema/graph.ts';
import { extractDocument } from './extract/extract-document.ts';
import { sourceSpan } from './normalize/mapped-text.ts';
import { InputError } from './read/decode.ts';
import { loadDocument } from './read/load-document.ts';
import type { InputFailure, SourceFile } from './read/read-inputs.ts';
import { EntityStore } from './resolve/entity-store.ts';

export interface ExtractOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ExtractResult {
  graph: KnowledgeGraph;
  failures: InputFailure[];
}

export function extractGraph(inputs: SourceFile[], opts: ExtractOptions = {}): ExtractResult {
  const store = new EntityStore();
  const documents: Document[] = [];
  const failures: InputFailure[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    try {
      const { doc, source, body } = loadDocument(input.path, input.bytes);
      // The same bytes under two names are one document: its content hash is its id.
      if (seen.has(doc.id)) return;
      seen.add(doc.id);
      for (const f of extractDocument(doc.id, body.text)) {
        const start = f.sentence.start;
        const end = f.sentence.end;
        const [os, oe] = sourceSpan(body, start, end);
        const evidence = { docId: doc.id, sentence: body.text.slice(start, end), start, end, original: source.slice(os, oe), rule: f.rule };
        const from = store.add(f.source);
        const to = store.add(f.target);
        store.relate(f.type, from, to, f.count, f.rule, evidence);
      }
      documents.push(doc);
    } catch (err) {
      // One bad document never stops the others.
      failures.push(err instanceof InputError ? { file: err.file, reason: err.reason } : { file: input.path, reason: `extraction failed: ${(err as Error).message}` });
    } finally {
      opts.onProgress?.(i + 1, inputs.length, input.path);
    }
  });
  return { graph: { documents, ...store.snapshot() }, failures };
}
