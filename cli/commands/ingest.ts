// `kg ingest <file-or-folder>...`: read, extract and load into Neo4j in one go, with progress on stderr.
import * as path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { createDriver, neo4jConfig, type Neo4jConfig } from '../../graph/config.ts';
import { describeError } from '../../graph/read/cypher.ts';
import { countGraph, DEFAULT_BATCH_SIZE, loadGraph } from '../../graph/write/load-graph.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';

interface IngestOptions {
  force: boolean;
  batchSize: string;
  keepMissing: boolean;
  progress: boolean;
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
    .action(async (paths: string[], options: IngestOptions) => {
      const failures: Failure[] = [];
      const started = Date.now();

      let config: Neo4jConfig;
      const batchSize = Number(options.batchSize);
      try {
        if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer, got "${options.batchSize}"`);
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
        const read = await readInputs(paths);
        failures.push(...read.failures);
        for (const f of read.skipped) process.stderr.write(`kg ingest: ${f.file}: ${f.reason}\n`);

        const extractBar = progressBar(options.progress, 'extract');
        extractBar?.start(read.files.length, 0, { phase: 'files' });
        const extracted = await extractGraph(read.files, {
          onProgress: (done: number, total: number) => {
            extractBar?.setTotal(total);
            extractBar?.update(done);
          },
        });
        extractBar?.stop();
        failures.push(...extracted.failures);

        const loadBar = progressBar(options.progress, 'load');
        loadBar?.start(1, 0, { phase: '' });
        const failed = new Set(failures.map((f) => path.resolve(f.file)));
        const summary = await loadGraph(driver, extracted.graph, {
          database: config.database,
          batchSize,
          force: options.force,
          ...(options.keepMissing ? {} : { removeMissing: missingUnder(paths, failed) }),
          onProgress: ({ phase, done, total }) => {
            loadBar?.setTotal(Math.max(1, total));
            loadBar?.update(done, { phase });
          },
        }).finally(() => loadBar?.stop());

        const inDb = await countGraph(driver, config.database);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const d = summary.documents;
        process.stderr.write(
          `kg ingest: ${read.files.length} files read, ${failures.length} failed; documents ${d.loaded} loaded, ` +
            `${d.unchanged} unchanged (skipped), ${d.removed} removed; wrote ${summary.entities} entities, ` +
            `${summary.relations} relations, ${summary.evidence} evidence sentences in ${seconds} s\n` +
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
