// `kg ingest` as a stream: files are read, hashed, checked against what Neo4j holds, extracted (in a worker pool)
// and written a bounded batch of documents at a time. Memory is bounded by the batch and the extraction window,
// not by the corpus; an unchanged document costs a read and a hash.
import type { Driver } from 'neo4j-driver';
import { eachLoadedDocument, planLoad, readLoadedFor, type LoadedDocument } from '../../graph/write/load-plan.ts';
import { buildRows } from '../../graph/write/load-rows.ts';
import { ensureSchema } from '../../graph/write/schema.ts';
import { rowCount, writeDocuments, type LoadProgress } from '../../graph/write/write-documents.ts';
import type { KnowledgeGraph } from '../../schema/graph.ts';
import type { ExtractedFile } from '../extract-file.ts';
import { mapOrdered } from '../parallel/ordered.ts';
import { createExtractor, type FileExtractor } from '../parallel/extract-pool.ts';
import { prefetch } from '../parallel/prefetch.ts';
import { documentGraph, failureOf } from '../pipeline.ts';
import { contentHash } from '../read/load-document.ts';
import { isFailure, type InputEntry, type InputFailure, type SourceFile } from '../read/read-inputs.ts';
import { IdSet, type IdLookup } from './id-set.ts';
import { readFiles } from './read-files.ts';

export interface IngestOptions {
  database: string;
  /** Rows per write transaction. */
  batchSize: number;
  force?: boolean;
  /** Documents written together; their rows are held until written. */
  docsPerBatch?: number;
  /** …or fewer, once their text reaches this many characters. */
  charsPerBatch?: number;
  /** Files hashed and checked against Neo4j in one query. */
  checkGroup?: number;
  /** Files in `entries`, when they come from a walk (progress only). */
  total?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  files: number;
  /** Known when the caller counted the files first or gave them as a list. */
  total?: number;
  load?: LoadProgress;
}

export interface IngestDeps {
  /** Default: a pool with one worker per core (1 = in this thread). */
  extractor?: FileExtractor;
  readLoaded?: typeof readLoadedFor;
}

export interface IngestSummary {
  documents: { loaded: number; unchanged: number; removed: number };
  /** Rows written (a MERGE that matched counts too). */
  rows: number;
  failures: InputFailure[];
  /** Every document id this run read, loaded or found unchanged: what is not "missing". */
  seen: IdSet;
}

type Planned =
  | { kind: 'failure'; failure: InputFailure }
  | { kind: 'duplicate' }
  | { kind: 'unchanged'; id: string; remove: string[] }
  | { kind: 'extract'; file: SourceFile; id: string; remove: string[] };

type Extracted = Exclude<Planned, { kind: 'extract' }> | { kind: 'extracted'; file: ExtractedFile; remove: string[] } | { kind: 'failed'; failure: InputFailure };

/** Groups of read files, hashed and planned against Neo4j with one query per group, before any extraction. */
async function* planFiles(
  reads: AsyncIterable<SourceFile | InputFailure>,
  seen: IdSet,
  group: number,
  plan: (docs: { id: string; path: string }[]) => Promise<{ load: Set<string>; unchanged: Set<string>; remove: Set<string>; loaded: LoadedDocument[] }>,
): AsyncGenerator<Planned> {
  let pending: (SourceFile | InputFailure)[] = [];
  const flush = async function* (): AsyncGenerator<Planned> {
    const docs: { id: string; path: string; file: SourceFile }[] = [];
    const out: (Planned | { doc: number })[] = [];
    for (const item of pending) {
      if (isFailure(item)) {
        out.push({ kind: 'failure', failure: item });
        continue;
      }
      const id = contentHash(item.bytes);
      // The same bytes under two names are one document: its content hash is its id.
      if (seen.has(id)) {
        out.push({ kind: 'duplicate' });
        continue;
      }
      seen.add(id);
      out.push({ doc: docs.length });
      docs.push({ id, path: item.path, file: item });
    }
    pending = [];
    const p = docs.length > 0 ? await plan(docs) : undefined;
    // Each removal belongs to the input document it makes way for (same id reloaded, or same path changed), so it
    // happens only if that document is written: a file that fails to extract keeps its old version.
    const removeFor = (doc: { id: string; path: string }): string[] =>
      p === undefined ? [] : p.loaded.filter((old) => p.remove.has(old.id) && (old.id === doc.id || old.path === doc.path)).map((old) => old.id);
    for (const o of out) {
      if (!('doc' in o)) {
        yield o;
        continue;
      }
      const d = docs[o.doc] as (typeof docs)[number];
      if (p?.unchanged.has(d.id) === true) yield { kind: 'unchanged', id: d.id, remove: removeFor(d) };
      else yield { kind: 'extract', file: d.file, id: d.id, remove: removeFor(d) };
    }
  };
  for await (const item of reads) {
    pending.push(item);
    if (pending.length >= group) yield* flush();
  }
  yield* flush();
}

/** `entries` may be a walk (walkInputs): only a batch of documents is held at a time, never the list of the corpus. */
export async function ingestFiles(
  driver: Driver,
  entries: readonly InputEntry[] | AsyncIterable<InputEntry>,
  opts: IngestOptions,
  deps: IngestDeps = {},
): Promise<IngestSummary> {
  const { database } = opts;
  const extractor = deps.extractor ?? createExtractor();
  const readLoaded = deps.readLoaded ?? readLoadedFor;
  const docsPerBatch = opts.docsPerBatch ?? 200;
  const charsPerBatch = opts.charsPerBatch ?? 8_000_000;
  const summary: IngestSummary = { documents: { loaded: 0, unchanged: 0, removed: 0 }, rows: 0, failures: [], seen: new IdSet() };
  let filesDone = 0;
  const total = Array.isArray(entries) ? entries.length : opts.total;
  const progress = (load?: LoadProgress): void =>
    opts.onProgress?.({ files: filesDone, ...(total !== undefined ? { total } : {}), ...(load ? { load } : {}) });

  try {
    await ensureSchema(driver, database);
    // One set of ids serves both: a second file with the same bytes is a duplicate, and what was seen is not missing.
    const planned = planFiles(readFiles(entries), summary.seen, opts.checkGroup ?? 100, async (docs) => {
      const loaded = await readLoaded(driver, database, docs.map((d) => d.id), docs.map((d) => d.path));
      return { ...planLoad({ documents: docs }, loaded, { ...(opts.force ? { force: true } : {}) }), loaded };
    });
    const window = 2 * extractor.parallelism + 2;
    const extracted = mapOrdered(
      planned,
      async (item): Promise<Extracted> => {
        if (item.kind !== 'extract') return item;
        try {
          return { kind: 'extracted', file: await extractor.extract(item.file), remove: item.remove };
        } catch (err) {
          return { kind: 'failed', failure: failureOf(err, item.file.path) };
        }
      },
      window,
    );

    let slices: KnowledgeGraph[] = [];
    let removes: string[] = [];
    let chars = 0;
    const flush = async (): Promise<void> => {
      if (slices.length === 0 && removes.length === 0) return;
      const load = new Set(slices.map((s) => s.documents[0]?.id ?? ''));
      const rows = buildRows(slices, load);
      const remove = [...new Set(removes)];
      await writeDocuments(driver, rows, remove, { database, batchSize: opts.batchSize, onProgress: (p) => progress(p) });
      summary.documents.loaded += load.size;
      summary.documents.removed += remove.filter((id) => !load.has(id)).length;
      summary.rows += rowCount(rows);
      slices = [];
      removes = [];
      chars = 0;
    };

    for await (const item of prefetch(extracted, window)) {
      filesDone++;
      switch (item.kind) {
        case 'failure':
        case 'failed':
          summary.failures.push(item.failure);
          break;
        case 'duplicate':
          break;
        case 'unchanged':
          summary.documents.unchanged++;
          removes.push(...item.remove);
          break;
        case 'extracted':
          slices.push(documentGraph(item.file));
          removes.push(...item.remove);
          chars += item.file.doc.text.length;
          break;
      }
      if (slices.length >= docsPerBatch || chars >= charsPerBatch) await flush();
      progress();
    }
    await flush();
  } finally {
    if (deps.extractor === undefined) await extractor.close();
  }
  return summary;
}

/** Documents loaded before whose path `gone` accepts and that this run did not see: removed with their contribution. */
export async function removeMissing(driver: Driver, opts: Pick<IngestOptions, 'database' | 'batchSize'>, seen: IdLookup, gone: (path: string) => boolean): Promise<number> {
  const ids: string[] = [];
  for await (const d of eachLoadedDocument(driver, opts.database)) if (!seen.has(d.id) && gone(d.path)) ids.push(d.id);
  if (ids.length > 0) await writeDocuments(driver, buildRows([], new Set()), ids, { database: opts.database, batchSize: opts.batchSize });
  return ids.length;
}
