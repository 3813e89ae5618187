// Command-line wrapper for the local Neo4j: `tsx graph/db/neo4j-cli.ts start|stop|status`.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jStatus } from './local-neo4j.js';

// Resolved from this file, not the cwd, so the command works from any directory.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function print(s: LocalNeo4jStatus): void {
  // The password stays out of the output: it may be a real secret taken from NEO4J_PASSWORD.
  const shown: Partial<LocalNeo4jStatus> = { ...s };
  delete shown.password;
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
}

async function main(): Promise<number> {
  const cmd = process.argv[2];
  const opts = { projectRoot };
  switch (cmd) {
    case 'start':
      print(await startLocalNeo4j(opts));
      return 0;
    case 'stop':
      print(await stopLocalNeo4j(opts));
      return 0;
    case 'status': {
      const s = await localNeo4jStatus(opts);
      print(s);
      // Non-zero when down, so scripts can branch on `status`.
      return s.running ? 0 : 3;
    }
    default:
      process.stderr.write('usage: neo4j-cli.ts start|stop|status\n');
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
