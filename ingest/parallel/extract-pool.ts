// Extraction off the main thread: one pool of worker threads, each running extractFile on whole files. Documents are
// independent, so files spread over cores with no coordination; the caller restores input order (mapOrdered).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractFile, type ExtractedFile } from '../extract-file.ts';
import { InputError } from '../read/decode.ts';
import type { SourceFile } from '../read/read-inputs.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

export interface FileExtractor {
  extract(file: SourceFile): Promise<ExtractedFile>;
  /** How many files are usefully in flight at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

/** In the calling thread: no start-up cost, for a handful of files or where threads are not wanted. */
export function inlineExtractor(extract: (file: SourceFile) => ExtractedFile = extractFile): FileExtractor {
  return {
    extract: (file) => new Promise((resolve, reject) => {
      // A macrotask per file lets the event loop (progress, Neo4j writes) breathe between documents.
      setImmediate(() => {
        try {
          resolve(extract(file));
        } catch (err) {
          reject(err as Error);
        }
      });
    }),
    parallelism: 1,
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (file: ExtractedFile) => void;
  reject: (err: Error) => void;
}

const WORKER_ENTRY = new URL('./extract-worker.mjs', import.meta.url);
/** Files sent to a worker ahead of its answers: the one it works on and one waiting in its port. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * `threads` worker threads, and the calling thread as one more extractor when `inline` is given: a worker takes files
 * only once it has loaded its dictionaries (seconds), and until then, and beside it after, the calling thread extracts
 * (two cores: the main thread and one worker, with no file waiting on a worker's start-up).
 */
export function workerExtractor(threads: number, entry: URL = WORKER_ENTRY, inline?: (file: SourceFile) => ExtractedFile): FileExtractor {
  const pending = new Map<number, Pending>();
  /** Workers that have loaded their dictionaries, and the files each has been sent and not yet answered. */
  const sent = new Map<Worker, Set<number>>();
  const queue: WorkerRequest[] = [];
  let nextId = 0;
  let failed: Error | undefined;
  let inlineBusy = false;

  const settle = (id: number, run: () => ExtractedFile): void => {
    const p = pending.get(id);
    pending.delete(id);
    try {
      p?.resolve(run());
    } catch (err) {
      p?.reject(err as Error);
    }
  };

  const dispatch = (): void => {
    // Each worker holds a file in reserve: while the calling thread extracts one of its own, a worker's answer waits
    // in the event loop, and with nothing more already sent to it the worker would sit idle until the file is done.
    for (const [worker, ids] of sent) {
      while (ids.size < IN_FLIGHT_PER_WORKER && queue.length > 0) {
        const req = queue.shift() as WorkerRequest;
        ids.add(req.id);
        // The bytes are transferred, not copied: the main thread has no further use for them.
        worker.postMessage(req, [req.bytes.buffer as ArrayBuffer]);
      }
    }
    if (inline && !inlineBusy && queue.length > 0) {
      const req = queue.shift() as WorkerRequest;
      inlineBusy = true;
      // A macrotask per file lets the event loop (progress, replies from the workers, Neo4j writes) breathe.
      setImmediate(() => {
        settle(req.id, () => inline({ path: req.path, bytes: req.bytes }));
        inlineBusy = false;
        dispatch();
      });
    }
  };

  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(entry);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        sent.set(worker, new Set());
        dispatch();
        return;
      }
      sent.get(worker)?.delete(reply.id);
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (p !== undefined) {
        if ('ok' in reply) p.resolve(reply.ok);
        else p.reject(reply.error.input ? new InputError(reply.error.file, reply.error.reason) : new Error(reply.error.reason));
      }
      dispatch();
    });
    worker.on('error', (err) => {
      // A worker that dies takes its files down with it and the pool with it: the run must not hang waiting.
      failed = err;
      for (const [, p] of pending) p.reject(err);
      pending.clear();
    });
    return worker;
  });

  return {
    extract(file) {
      if (failed !== undefined) return Promise.reject(failed);
      const id = nextId++;
      // A copy the worker can own: the caller's buffer may be a slice of a larger one.
      const bytes = new Uint8Array(file.bytes);
      return new Promise<ExtractedFile>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, path: file.path, bytes });
        dispatch();
      });
    },
    parallelism: workers.length + (inline ? 1 : 0),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Threads to use by default: one per core; one core means no pool at all. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

/** `jobs` 1 extracts in the calling thread; more starts `jobs` − 1 workers beside it. */
export function createExtractor(jobs: number = defaultJobs()): FileExtractor {
  return jobs <= 1 ? inlineExtractor() : workerExtractor(jobs - 1, WORKER_ENTRY, extractFile);
}
