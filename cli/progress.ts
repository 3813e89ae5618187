// A progress bar on stderr (cli-progress) when stderr is a terminal, nothing otherwise.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

export function createProgress(label: string, total: number): Progress {
  if (!process.stderr.isTTY || total === 0) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} files`, stream: process.stderr, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** One line per failed file, naming it and the reason. */
export function reportFailures(failures: ReadonlyArray<{ file: string; reason: string }>): void {
  for (const f of failures) process.stderr.write(`kg: ${f.file}: ${f.reason}\n`);
}
