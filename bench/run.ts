// `npm run bench [-- --mib N] [--only extract|load|viewer|scale|ingest]`: runs each benchmark section in turn; a section
// whose file is absent is skipped. Heavy sections (minutes to hours) run only when `--only` names them.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { peakRssMiB, say, seconds, type BenchOptions } from './measure.ts';

type Section = (options: BenchOptions) => Promise<void>;

// Sections are imported by file so that one can be added (load-throughput.ts is written separately)
// without touching this list's callers, and so that a missing one is a note rather than a crash.
const SECTIONS = [
  { key: 'extract', title: 'extraction throughput', file: './extract-throughput.ts' },
  { key: 'load', title: 'graph load throughput', file: './load-throughput.ts' },
  { key: 'viewer', title: 'viewer rendering and API latency', file: './viewer.ts' },
  { key: 'scale', title: 'loader rate as the database grows (10k, 100k, 1M relations)', file: './load-scale.ts', heavy: true },
  { key: 'ingest', title: 'kg ingest of a generated corpus (--mib, aim 1024)', file: './ingest-large.ts', heavy: true },
];

function isSectionModule(module: unknown): module is { run: Section } {
  return typeof module === 'object' && module !== null && 'run' in module && typeof module.run === 'function';
}

async function loadSection(file: string): Promise<Section | undefined> {
  const url = new URL(file, import.meta.url);
  if (!existsSync(url)) return undefined;
  const module: unknown = await import(url.href);
  if (!isSectionModule(module)) {
    throw new Error(`bench/${file.slice(2)} must export run(options: BenchOptions): Promise<void>`);
  }
  return module.run;
}

function readOptions(): BenchOptions & { only?: string } {
  // Sections read their own flags (e.g. scale's --relations): unknown ones are theirs, not an error here.
  const { values } = parseArgs({ options: { mib: { type: 'string', default: '10' }, only: { type: 'string' } }, strict: false });
  const corpusMiB = Number(values.mib);
  if (!(corpusMiB > 0)) throw new Error(`--mib wants a positive number of MiB, not ${String(values.mib)}`);
  return { corpusMiB, ...(typeof values.only === 'string' ? { only: values.only } : {}) };
}

const options = readOptions();
const total = await seconds(async () => {
  for (const { key, title, file, ...rest } of SECTIONS) {
    if (options.only ? options.only !== key : 'heavy' in rest) continue;
    process.stdout.write(`\n== ${title} ==\n`);
    const section = await loadSection(file);
    if (section) await section(options);
    else say('skipped', `bench/${file.slice(2)} does not exist yet`);
  }
});
process.stdout.write('\n');
say('total', `${total.toFixed(1)} s, peak RSS ${peakRssMiB().toFixed(0)} MiB`);
