// Collects the report files under the paths the user gave (files or folders), reading their bytes.
import fs from 'node:fs/promises';
import path from 'node:path';

export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

export interface InputFailure {
  file: string;
  reason: string;
}

/** A report file found under the paths given, not yet read. */
export interface InputEntry {
  path: string;
  size: number;
}

export interface ListResult {
  files: InputEntry[];
  failures: InputFailure[];
  skipped: InputFailure[];
}

export interface ReadResult {
  files: SourceFile[];
  /** Files that could not be read; each is an error for the run. */
  failures: InputFailure[];
  /** Files in a folder that are not reports (images, PDFs); said once each, not an error. */
  skipped: InputFailure[];
}

export interface ReadOptions {
  /** Files larger than this are refused, unread; default $KG_MAX_FILE_MB or 20 MiB. */
  maxBytes?: number;
}

const REPORT_EXTENSIONS = /\.(txt|text|html?|md)$/i;
const MIB = 1024 * 1024;

/** No report is this long; a file that is, is almost always a dump or an archive dropped in the folder by mistake. */
export function defaultMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['KG_MAX_FILE_MB'];
  const mb = raw === undefined || raw === '' ? 20 : Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`KG_MAX_FILE_MB must be a positive number, got "${raw ?? ''}"`);
  return Math.floor(mb * MIB);
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${code ?? String(err)})`;
}

/** Reads one listed file; a file that vanished or became unreadable since the walk is a failure, not a crash. */
export async function readEntry(entry: InputEntry): Promise<SourceFile | InputFailure> {
  try {
    return { path: entry.path, bytes: new Uint8Array(await fs.readFile(entry.path)) };
  } catch (err) {
    return { file: entry.path, reason: reason(err) };
  }
}

export const isFailure = (x: SourceFile | InputFailure): x is InputFailure => 'reason' in x;

/** Every file at once: for small inputs and tests. A corpus goes through walkInputs and readEntry, a file at a time. */
export async function readInputs(paths: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const listed = await listInputs(paths, opts);
  const out: ReadResult = { files: [], failures: listed.failures, skipped: listed.skipped };
  for (const entry of listed.files) {
    const read = await readEntry(entry);
    if (isFailure(read)) out.failures.push(read);
    else out.files.push(read);
  }
  return out;
}

/** One thing a walk meets: a report file to read, a path that fails, or a file in a folder that is no report. */
export type WalkItem = { file: InputEntry } | { failure: InputFailure } | { skipped: InputFailure };

/**
 * Walks the paths given (files or folders), in a stable order, yielding the report files as it meets them and reading
 * none: a folder's entries are held while it is walked, never the whole corpus's (a list of 370,000 files costs
 * 50 MiB of heap).
 */
export async function* walkInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<WalkItem> {
  const maxBytes = opts.maxBytes ?? defaultMaxBytes();
  // Real paths of folders already walked: a link back to an ancestor is a loop, read once and reported.
  const walked = new Set<string>();

  const visit = async function* (p: string, named: boolean): AsyncGenerator<WalkItem> {
    let stat;
    try {
      // stat follows links: a dangling or looping link fails here with its own reason.
      stat = await fs.stat(p);
    } catch (err) {
      yield { failure: { file: p, reason: reason(err) } };
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.realpath(p);
      if (walked.has(real)) {
        yield { failure: { file: p, reason: `symbolic link loop (leads back to ${real}, already read)` } };
        return;
      }
      walked.add(real);
      let entries;
      try {
        entries = await fs.readdir(p, { withFileTypes: true });
      } catch (err) {
        yield { failure: { file: p, reason: reason(err) } };
        return;
      }
      const visible = entries.filter((e) => !e.name.startsWith('.')).map((e) => e.name).sort((a, b) => a.localeCompare(b));
      for (const name of visible) yield* visit(path.join(p, name), false);
      return;
    }
    if (!stat.isFile()) {
      yield { failure: { file: p, reason: 'not a regular file' } };
      return;
    }
    // A file named on the command line is read whatever its name; in a folder only report extensions are.
    if (!named && !REPORT_EXTENSIONS.test(p)) {
      yield { skipped: { file: p, reason: `skipped: not a report file (${path.extname(p) || 'no extension'}; .txt, .html, .md are read)` } };
      return;
    }
    if (stat.size > maxBytes) {
      yield {
        failure: {
          file: p,
          reason: `too large (${(stat.size / MIB).toFixed(1)} MiB; files over ${(maxBytes / MIB).toFixed(0)} MiB are refused, KG_MAX_FILE_MB raises the limit)`,
        },
      };
      return;
    }
    yield { file: { path: p, size: stat.size } };
  };

  for (const p of paths) yield* visit(p, true);
}

/** What a command does with the paths a walk cannot read and the files it passes over. */
export interface WalkReport {
  failure(f: InputFailure): void;
  skipped(f: InputFailure): void;
}

/**
 * The report files of a walk, as it meets them; what fails or is skipped goes to `report` on the way. `keep` picks
 * the paths that are this run's (a shard), failures and skipped files included.
 */
export async function* filesOf(walk: AsyncIterable<WalkItem>, report: WalkReport, keep: (path: string) => boolean = () => true): AsyncGenerator<InputEntry> {
  for await (const item of walk) {
    if ('file' in item) {
      if (keep(item.file.path)) yield item.file;
    } else if ('failure' in item) {
      if (keep(item.failure.file)) report.failure(item.failure);
    } else if (keep(item.skipped.file)) {
      report.skipped(item.skipped);
    }
  }
}

/** How many report files the paths hold (those `keep` picks), by a walk that reads none: a progress bar's total. */
export async function countInputs(paths: string[], keep: (path: string) => boolean = () => true): Promise<number> {
  let n = 0;
  for await (const item of walkInputs(paths)) if ('file' in item && keep(item.file.path)) n++;
  return n;
}

/** Every report file under the paths at once, for a command that needs their number first or a test. */
export async function listInputs(paths: string[], opts: ReadOptions = {}): Promise<ListResult> {
  const out: ListResult = { files: [], failures: [], skipped: [] };
  const report: WalkReport = { failure: (f) => out.failures.push(f), skipped: (f) => out.skipped.push(f) };
  for await (const file of filesOf(walkInputs(paths, opts), report)) out.files.push(file);
  return out;
}
