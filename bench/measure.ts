// Helpers shared by the benchmark sections: timing, medians, throughput and memory figures.

export const MIB = 1024 * 1024;

/**
 * What `bench/run.ts` passes to every section. A section is a module in bench/ exporting
 * `run(options: BenchOptions): Promise<void>` that prints its own lines through `say`.
 */
export interface BenchOptions {
  /** size of the extraction corpus; at least 10 MiB for the figures that are reported */
  corpusMiB: number;
}

/** Wall-clock seconds `work` takes; awaits it, so sync and async work are timed alike. */
export async function seconds(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** The process's peak resident set so far, in MiB (resourceUsage reports kilobytes). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** One readable line: a label padded to a column, then the text. */
export function say(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(13)} ${text}\n`);
}
