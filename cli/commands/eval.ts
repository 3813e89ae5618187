// `kg eval`: scores an extract output against gold files and prints what shared/tools/score.mjs prints.
import { InvalidArgumentError, type Command } from 'commander';
import { z } from 'zod';
import { loadGoldDir, readValidatedJson } from '../../ingest/eval/gold.ts';
import { scoreExtraction, type ScoreResult, type TypeScore } from '../../ingest/eval/score.ts';
import { InputError } from '../../ingest/read/decode.ts';
import { KnowledgeGraph, RELATION_TYPES, RelationType } from '../../schema/graph.ts';

interface EvalOptions {
  types: RelationType[];
  verbose: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score an extract output against gold files: precision, recall and F1 per relation type')
    .argument('<extract-output>', 'the JSON printed by `kg extract`')
    .argument('<gold-dir>', 'a folder of gold files, one JSON per document')
    .option('--types <types>', 'comma-separated relation types to score', parseTypes, [...RELATION_TYPES])
    .option('--verbose', 'list every false positive and false negative', false)
    .action(async (outputFile: string, goldDir: string, opts: EvalOptions, command: Command) => {
      try {
        const [graph, gold] = await Promise.all([
          readValidatedJson(outputFile, KnowledgeGraph, 'a valid extract output'),
          loadGoldDir(goldDir),
        ]);
        const result = scoreExtraction(graph, gold, { types: opts.types });
        process.stdout.write(formatReport(result, opts.verbose));
      } catch (error) {
        if (error instanceof InputError) command.error(`kg eval: ${error.message}`);
        throw error;
      }
    });
}

function parseTypes(value: string): RelationType[] {
  const parsed = z.array(RelationType).safeParse(value.split(',').map((t) => t.trim()));
  if (!parsed.success) {
    throw new InvalidArgumentError(`relation types are a comma-separated subset of ${RELATION_TYPES.join(',')}`);
  }
  return parsed.data;
}

const fixed = (x: number): string => x.toFixed(3);

function typeLine(type: RelationType, s: TypeScore): string {
  return (
    `${type.padEnd(12)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  ` +
    `P ${fixed(s.precision)} R ${fixed(s.recall)} F1 ${fixed(s.f1)}`
  );
}

/**
 * The reference scorer's output, line for line, so the two can be diffed: error lines first when
 * verbose, then one line per type that has anything to count, then `F1 <x> P <p> R <r>`.
 */
export function formatReport(result: ScoreResult, verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) {
    for (const e of result.errors) lines.push(`  ${e.kind} ${e.doc} ${e.type} ${e.source} -> ${e.target}`);
  }
  for (const type of [...RELATION_TYPES].sort()) {
    const s = result.perType[type];
    if (s && s.tp + s.fp + s.fn > 0) lines.push(typeLine(type, s));
  }
  const { f1, precision, recall } = result.overall;
  lines.push(`F1 ${fixed(f1)} P ${fixed(precision)} R ${fixed(recall)}`);
  return lines.map((line) => `${line}\n`).join('');
}
