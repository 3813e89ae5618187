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

const REPORT_EXTENSIONS = /\.(txt|text|html?|md)$/i;

async function listFiles(p: string): Promise<string[]> {
  const stat = await fs.stat(p);
  if (!stat.isDirectory()) return [p];
  const entries = await fs.readdir(p, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => (e.isDirectory() ? listFiles(path.join(p, e.name)) : Promise.resolve(REPORT_EXTENSIONS.test(e.name) ? [path.join(p, e.name)] : []))),
  );
  return nested.flat();
}

export async function readInputs(paths: string[]): Promise<{ files: SourceFile[]; failures: InputFailure[] }> {
  const files: SourceFile[] = [];
  const failures: InputFailure[] = [];
  for (const p of paths) {
    let listed: string[];
    try {
      listed = await listFiles(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      failures.push({ file: p, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(err)})` });
      continue;
    }
    for (const file of listed) {
      try {
        files.push({ path: file, bytes: new Uint8Array(await fs.readFile(file)) });
      } catch (err) {
        failures.push({ file, reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      }
    }
  }
  return { files, failures };
}
