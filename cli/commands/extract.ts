// `kg extract <file-or-folder>...`: prints the graph JSON on stdout, written as documents are extracted; logs and
// progress on stderr. `--jsonl` prints one line per document instead: that document's own graph, held by nothing.
import type { Command } from 'commander';
import { documentGraph, addToStore } from '../../ingest/pipeline.ts';
import { createExtractor, defaultJobs } from '../../ingest/parallel/extract-pool.ts';
import { countInputs, filesOf, walkInputs, type InputEntry, type InputFailure } from '../../ingest/read/read-inputs.ts';
import { EntityStore } from '../../ingest/resolve/entity-store.ts';
import { extractStream } from '../../ingest/stream/extract-stream.ts';
import { Document, Entity, KnowledgeGraph, Relation } from '../../schema/graph.ts';
import { EvidenceSpool } from '../output/evidence-spool.ts';
import { GraphJsonWriter, streamSink } from '../output/graph-json-writer.ts';
import { collectEagerly } from '../heap.ts';
import { createProgress, reportFailures } from '../progress.ts';

interface ExtractOptions {
  pretty?: boolean;
  jsonl?: boolean;
  jobs?: string;
}

/** Below this many files a worker pool costs more to start (each loads the segmenter's dictionaries) than it saves. */
const MIN_FILES_FOR_POOL = 16;

export function jobsFor(text: string | undefined, files: number): number {
  if (text === undefined) return files < MIN_FILES_FOR_POOL ? 1 : defaultJobs();
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--jobs must be a positive integer, got "${text}"`);
  return n;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract regions, groups, units, measures and their relations, with evidence, as JSON')
    .argument('<paths...>', 'report files or folders of them')
    .option('--pretty', 'indent the JSON')
    .option('--jsonl', "JSON Lines: one line per document, each that document's own graph")
    .option('--jobs <n>', 'extraction threads (default: one per core; 1 extracts in the main thread)')
    .action(async (paths: string[], opts: ExtractOptions) => {
      collectEagerly();
      // The folders are walked as files are taken, never listed whole; only the first few are looked at ahead, to know
      // whether a pool pays, and a progress bar on a terminal counts them by a walk of its own first.
      const failures: InputFailure[] = [];
      const walk = filesOf(walkInputs(paths), { failure: (f) => failures.push(f), skipped: (f) => reportFailures([f]) });
      const ahead: InputEntry[] = [];
      for (let next = await walk.next(); next.done !== true; next = await walk.next()) {
        ahead.push(next.value);
        if (ahead.length === MIN_FILES_FOR_POOL) break;
      }
      let jobs: number;
      try {
        jobs = jobsFor(opts.jobs, ahead.length);
      } catch (e) {
        process.stderr.write(`kg extract: ${(e as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const files = async function* (): AsyncGenerator<InputEntry> {
        yield* ahead;
        yield* walk;
      };
      const total = process.stderr.isTTY === true ? await countInputs(paths) : 0;
      const out = streamSink(process.stdout);
      const progress = createProgress('extract', total);
      const extractor = createExtractor(jobs);
      const spool = opts.jsonl ? undefined : new EvidenceSpool();
      const store = new EntityStore(spool ? (key, ev) => spool.add(key, ev) : undefined);
      const writer = new GraphJsonWriter(out, opts.pretty === true);
      const all: InputFailure[] = [];
      let documents = 0;
      let done = 0;
      try {
        for await (const item of extractStream(files(), extractor)) {
          progress.update(++done);
          if ('failure' in item) all.push(item.failure);
          if (!('file' in item)) continue;
          documents++;
          if (opts.jsonl) {
            const graph = KnowledgeGraph.parse(documentGraph(item.file));
            await out.write(`${JSON.stringify(graph, null, opts.pretty ? 2 : undefined)}\n`);
          } else {
            addToStore(store, item.file);
            await writer.item('documents', Document.parse(item.file.doc));
          }
        }
        progress.stop();
        all.unshift(...failures);
        const { entities, relations } = store.snapshot();
        if (spool) {
          for (const e of entities) await writer.item('entities', Entity.parse(e));
          for (const r of relations) {
            const evidence = spool.read(`${r.type}|${r.source}|${r.target}`);
            await writer.item('relations', Relation.parse({ ...r, evidence }));
          }
          await writer.end();
        }
        reportFailures(all);
        const what = opts.jsonl ? '' : `: ${entities.length} entities, ${relations.length} relations`;
        process.stderr.write(`extracted ${documents} documents${what}\n`);
        if (all.length > 0) process.exitCode = 1;
      } finally {
        spool?.close();
        await extractor.close();
      }
    });
}
