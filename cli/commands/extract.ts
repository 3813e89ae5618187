// `kg extract <file-or-folder>...`: prints the graph JSON on stdout; logs and progress on stderr.
import type { Command } from 'commander';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';
import { KnowledgeGraph } from '../../schema/graph.ts';
import { createProgress, reportFailures } from '../progress.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract regions, groups, units, measures and their relations, with evidence, as JSON')
    .argument('<paths...>', 'report files or folders of them')
    .option('--pretty', 'indent the JSON')
    .action(async (paths: string[], opts: { pretty?: boolean }) => {
      const { files, failures, skipped } = await readInputs(paths);
      reportFailures(skipped);
      const progress = createProgress('extract', files.length);
      const result = extractGraph(files, { onProgress: (done) => progress.update(done) });
      progress.stop();
      const graph = KnowledgeGraph.parse(result.graph);
      process.stdout.write(`${JSON.stringify(graph, null, opts.pretty ? 2 : undefined)}\n`);
      const all = [...failures, ...result.failures];
      reportFailures(all);
      process.stderr.write(`extracted ${graph.documents.length} documents: ${graph.entities.length} entities, ${graph.relations.length} relations\n`);
      if (all.length > 0) process.exitCode = 1;
    });
}
