// Bench section `--only ingest` (heavy): `kg ingest` of a generated corpus into an empty database, as a user runs it,
// at a quarter of `--mib` and at `--mib` (aim 1024 for the 1 GiB; wall time grows with it). Reports wall time,
// MiB/s of input and the process's peak RSS (threads included), so memory can be compared across corpus sizes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';
import { benchNeo4j, wipe } from './load-throughput.ts';
import { MIB, say, type BenchOptions } from './measure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Peak resident set of a live process (VmHWM), in MiB; null once it is gone. */
function peakOf(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? null : Number(m[1]) / 1024;
  } catch {
    return null;
  }
}

function ingest(dir: string, env: NodeJS.ProcessEnv, jobs: string | undefined): Promise<{ code: number | null; seconds: number; peakMiB: number; stderr: string }> {
  const started = performance.now();
  const args = [path.join(root, 'cli', 'kg.mjs'), 'ingest', '--no-progress', dir, ...(jobs ? ['--jobs', jobs] : [])];
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let peak = 0;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // VmHWM only grows, so the last reading before exit is the peak to within the polling interval's allocations.
  const timer = setInterval(() => {
    const p = child.pid === undefined ? null : peakOf(child.pid);
    if (p !== null) peak = Math.max(peak, p);
  }, 200);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMiB: peak, stderr });
    }),
  );
}

export async function run(options: BenchOptions): Promise<void> {
  const jobs = process.env['KG_BENCH_JOBS'];
  const neo = await benchNeo4j();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-bench-'));
  try {
    const env = {
      ...process.env,
      NEO4J_URI: neo.config.uri,
      NEO4J_USERNAME: neo.config.username,
      NEO4J_PASSWORD: neo.config.password,
      NEO4J_DATABASE: neo.config.database,
    };
    // KG_BENCH_INGEST_MIB=1024 runs that size alone: at this machine's load rate a quarter-size run first costs a third
    // of an hour more.
    const sizes = process.env['KG_BENCH_INGEST_MIB']?.split(',').map(Number) ?? [options.corpusMiB / 4, options.corpusMiB];
    for (const mib of sizes) {
      const dir = path.join(work, `corpus-${mib}`);
      const corpus = generateCorpus(dir, mib);
      await wipe(neo);
      const r = await ingest(dir, env, jobs);
      if (r.code !== 0) throw new Error(`kg ingest exited ${String(r.code)}: ${r.stderr.slice(-2000)}`);
      const inputMiB = corpus.bytes / MIB;
      say(
        `${inputMiB.toFixed(0)} MiB`,
        `${corpus.files} files: ${r.seconds.toFixed(1)} s wall, ${(inputMiB / r.seconds).toFixed(2)} MiB/s, peak RSS ${r.peakMiB.toFixed(0)} MiB ` +
          `(jobs ${jobs ?? 'default'})`,
      );
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await wipe(neo);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    await neo.done();
  }
}
