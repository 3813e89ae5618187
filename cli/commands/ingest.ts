// `kg ingest <file-or-folder>...`: read, extract and load into Neo4j in one go, with progress on stderr.
import * as path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { createDriver, neo4jConfig, type Neo4jConfig } from '../../graph/config.ts';
import { describeError } from '../../graph/read/cypher.ts';
import { countGraph, DEFAULT_BATCH_SIZE } from '../../graph/write/load-graph.ts';
import { createExtractor } from '../../ingest/parallel/extract-pool.ts';
import { collectEagerly } from '../heap.ts';
import { jobsFor } from './extract.ts';
import { countInputs, filesOf, walkInputs, type InputEntry } from '../../ingest/read/read-inputs.ts';
import { ingestFiles, removeMissing } from '../../ingest/stream/ingest-files.ts';
import { inShard, parseShard, type Shard } from '../../ingest/stream/shard.ts';

interface IngestOptions {
  force: boolean;
  batchSize: string;
  keepMissing: boolean;
  progress: boolean;
  jobs?: string;
  shard?: string;
}

interface Failure {
  file: string;
  reason: string;
}

function progressBar(enabled: boolean, label: string): SingleBar | null {
  // cli-progress draws only on a TTY; a pipe or CI log gets the summary lines alone.
  if (!enabled || process.stderr.isTTY !== true) return null;
  return new SingleBar(
    { format: `${label.padEnd(8)} [{bar}] {percentage}% | {value}/{total} {phase}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
}

/**
 * Documents once loaded from under a folder given now, or from a file given now, that this run did not read are
 * gone from the input: their contribution is removed. A file that failed to read is not "gone".
 */
function missingUnder(args: string[], failed: Set<string>): (docPath: string) => boolean {
  const roots = args.map((a) => path.resolve(a));
  return (docPath) => {
    const abs = path.resolve(docPath);
    if (failed.has(abs)) return false;
    return roots.some((root) => abs === root || abs.startsWith(root + path.sep));
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract the knowledge graph from report files and load it into Neo4j (NEO4J_URI, default the local one)')
    .argument('<paths...>', 'report files or folders of them')
    .option('--force', 'reload documents whose content is already loaded (after an extractor change)', false)
    .option('--keep-missing', 'keep documents loaded earlier from these folders that are no longer there', false)
    .option('--no-progress', 'no progress bars')
    .option('--batch-size <rows>', 'rows per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('--jobs <n>', 'extraction threads (default 1: writing sets the pace, and Neo4j needs the other cores)')
    .option('--shard <i/N>', 'take only shard i of N (by path): N processes, one per shard, load one graph together')
    .action(async (paths: string[], options: IngestOptions) => {
      collectEagerly();
      const failures: Failure[] = [];
      const started = Date.now();

      let config: Neo4jConfig;
      let shard: Shard | undefined;
      const batchSize = Number(options.batchSize);
      try {
        if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer, got "${options.batchSize}"`);
        if (options.shard !== undefined) shard = parseShard(options.shard);
        config = neo4jConfig();
      } catch (e) {
        process.stderr.write(`kg ingest: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      const driver = createDriver(config);
      try {
        // Before extraction, which can take a while: an unreachable server should fail in a second, not after it.
        await driver.verifyConnectivity({ database: config.database });
      } catch (e) {
        process.stderr.write(`kg ingest: ${describeError(e, config.uri).message}\n`);
        process.exitCode = 1;
        await driver.close();
        return;
      }

      try {
        // The files are walked as they are ingested, never listed whole; a progress bar needs their number, so on a
        // terminal they are counted by a walk before.
        const bar = progressBar(options.progress, 'ingest');
        const mine = (file: string): boolean => inShard(file, shard);
        const total = bar ? await countInputs(paths, mine) : undefined;
        let read = 0;
        const files = async function* (): AsyncGenerator<InputEntry> {
          const report = { failure: (f: Failure) => failures.push(f), skipped: (f: Failure) => process.stderr.write(`kg ingest: ${f.file}: ${f.reason}\n`) };
          for await (const file of filesOf(walkInputs(paths), report, mine)) {
            read++;
            yield file;
          }
        };

        bar?.start(total ?? 0, 0, { phase: 'files' });
        // Extraction runs at about ten times the rate a local Neo4j loads at: a second thread only takes a core from
        // the server's writes, and costs the memory of a second copy of the segmenter's dictionaries (README, "Scale").
        const extractor = createExtractor(options.jobs === undefined ? 1 : jobsFor(options.jobs, Infinity));
        const run = await ingestFiles(
          driver,
          files(),
          {
            database: config.database,
            batchSize,
            force: options.force,
            ...(total !== undefined ? { total } : {}),
            onProgress: ({ files: done, load }) => bar?.update(done, { phase: load ? load.phase : 'files' }),
          },
          { extractor },
        ).finally(() => {
          bar?.stop();
          return extractor.close();
        });
        failures.push(...run.failures);

        let removed = 0;
        if (!options.keepMissing) {
          const failed = new Set(failures.map((f) => path.resolve(f.file)));
          const under = missingUnder(paths, failed);
          // Each shard removes only what is gone from its own part, so N shards together remove each missing file once.
          removed = await removeMissing(driver, { database: config.database, batchSize }, run.seen, (p) => under(p) && inShard(p, shard));
        }

        const inDb = await countGraph(driver, config.database);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const d = run.documents;
        process.stderr.write(
          `kg ingest: ${read} files read, ${failures.length} failed; documents ${d.loaded} loaded, ` +
            `${d.unchanged} unchanged (skipped), ${d.removed + removed} removed; wrote ${run.rows} rows in ${seconds} s\n` +
            `kg ingest: ${config.uri} now holds ${inDb.documents} documents, ${inDb.entities} entities, ` +
            `${inDb.relations} relations, ${inDb.evidence} evidence sentences\n`,
        );
      } catch (e) {
        process.stderr.write(`kg ingest: ${describeError(e, config.uri).message}\n`);
        process.exitCode = 1;
      } finally {
        await driver.close();
      }

      for (const f of failures) process.stderr.write(`kg ingest: failed: ${f.file}: ${f.reason}\n`);
      if (failures.length > 0) process.exitCode = 1;
    });
}
