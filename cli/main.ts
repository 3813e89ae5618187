// The `kg` command line: one sub-command per stage of files → graph JSON → Neo4j.
import { Command } from 'commander';
import { registerEval } from './commands/eval.ts';
import { registerCypher } from './commands/cypher.ts';
import { registerDb } from './commands/db.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command('kg')
  .description('Knowledge graphs from Chinese policy and news reports')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerExtract(program);
registerIngest(program);
registerCypher(program);
registerDb(program);
registerEval(program);
registerServe(program);

await program.parseAsync(process.argv);
