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

/** Every file at once: for small inputs and tests. A corpus goes through listInputs and readEntry, a batch at a time. */
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

/** Walks the paths given (files or folders) and lists the report files in them, in a stable order, reading none. */
export async function listInputs(paths: string[], opts: ReadOptions = {}): Promise<ListResult> {
  const maxBytes = opts.maxBytes ?? defaultMaxBytes();
  const out: ListResult = { files: [], failures: [], skipped: [] };
  // Real paths of folders already walked: a link back to an ancestor is a loop, read once and reported.
  const walked = new Set<string>();

  const listFile = (file: string, size: number): void => {
    if (size > maxBytes) {
      out.failures.push({
        file,
        reason: `too large (${(size / MIB).toFixed(1)} MiB; files over ${(maxBytes / MIB).toFixed(0)} MiB are refused, KG_MAX_FILE_MB raises the limit)`,
      });
      return;
    }
    out.files.push({ path: file, size });
  };

  const visit = async (p: string, named: boolean): Promise<void> => {
    let stat;
    try {
      // stat follows links: a dangling or looping link fails here with its own reason.
      stat = await fs.stat(p);
    } catch (err) {
      out.failures.push({ file: p, reason: reason(err) });
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.realpath(p);
      if (walked.has(real)) {
        out.failures.push({ file: p, reason: `symbolic link loop (leads back to ${real}, already read)` });
        return;
      }
      walked.add(real);
      let entries;
      try {
        entries = await fs.readdir(p, { withFileTypes: true });
      } catch (err) {
        out.failures.push({ file: p, reason: reason(err) });
        return;
      }
      const visible = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
      for (const e of visible) await visit(path.join(p, e.name), false);
      return;
    }
    if (!stat.isFile()) {
      out.failures.push({ file: p, reason: 'not a regular file' });
      return;
    }
    // A file named on the command line is read whatever its name; in a folder only report extensions are.
    if (!named && !REPORT_EXTENSIONS.test(p)) {
      out.skipped.push({ file: p, reason: `skipped: not a report file (${path.extname(p) || 'no extension'}; .txt, .html, .md are read)` });
      return;
    }
    listFile(p, stat.size);
  };

  for (const p of paths) await visit(p, true);
  return out;
}
