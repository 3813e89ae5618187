// The ingest stage end to end: report files → one typed, evidenced knowledge graph (schema/graph.ts).
import type { Document, KnowledgeGraph } from '../schema/graph.ts';
import { extractFile, type ExtractedFile } from './extract-file.ts';
import { InputError } from './read/decode.ts';
import type { InputFailure, SourceFile } from './read/read-inputs.ts';
import { EntityStore } from './resolve/entity-store.ts';

export interface ExtractOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface ExtractResult {
  graph: KnowledgeGraph;
  failures: InputFailure[];
}

/** One file's facts into the store, in the order extraction found them (the order fixes ids' first names and rules). */
export function addToStore(store: EntityStore, file: ExtractedFile): void {
  for (const f of file.facts) {
    const from = store.add(f.source);
    const to = store.add(f.target);
    store.relate(f.type, from, to, f.count, f.rule, f.evidence);
  }
  store.endDocument();
}

/** A thrown error as the one line a user sees for the file. */
export function failureOf(err: unknown, file: string): InputFailure {
  return err instanceof InputError ? { file: err.file, reason: err.reason } : { file, reason: `extraction failed: ${(err as Error).message}` };
}

/** A single document's own graph: what it says, with the gazetteer chain above the regions it names. */
export function documentGraph(file: ExtractedFile): KnowledgeGraph {
  const store = new EntityStore();
  addToStore(store, file);
  return { documents: [file.doc], ...store.snapshot() };
}

export function extractGraph(inputs: SourceFile[], opts: ExtractOptions = {}): ExtractResult {
  const store = new EntityStore();
  const documents: Document[] = [];
  const failures: InputFailure[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    try {
      const file = extractFile(input);
      // The same bytes under two names are one document: its content hash is its id.
      if (seen.has(file.doc.id)) return;
      seen.add(file.doc.id);
      addToStore(store, file);
      documents.push(file.doc);
    } catch (err) {
      // One bad document never stops the others.
      failures.push(failureOf(err, input.path));
    } finally {
      opts.onProgress?.(i + 1, inputs.length, input.path);
    }
  });
  return { graph: { documents, ...store.snapshot() }, failures };
}
