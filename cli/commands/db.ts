// `kg db start|stop|status`: the local Neo4j (graph/db/local-neo4j.ts) from the main command line.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jStatus } from '../../graph/db/local-neo4j.ts';

// From this file, not the cwd, so `kg db` finds the project's .data/ from any directory.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function print(status: LocalNeo4jStatus): void {
  // The password may be a real secret from NEO4J_PASSWORD; it never goes to stdout.
  const shown: Partial<LocalNeo4jStatus> = { ...status };
  delete shown.password;
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
}

function fail(e: unknown): void {
  process.stderr.write(`kg db: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('start, stop or inspect the local Neo4j (no Docker needed; data in .data/neo4j)');
  db.command('start')
    .description('start the local Neo4j and wait until Bolt answers (first run downloads the jars with Maven)')
    .action(async () => {
      try {
        print(await startLocalNeo4j({ projectRoot }));
      } catch (e) {
        fail(e);
      }
    });
  db.command('stop')
    .description('stop the local Neo4j this project started')
    .action(async () => {
      try {
        print(await stopLocalNeo4j({ projectRoot }));
      } catch (e) {
        fail(e);
      }
    });
  db.command('status')
    .description('report whether the local Neo4j runs (exit 3 when it does not)')
    .action(async () => {
      try {
        const status = await localNeo4jStatus({ projectRoot });
        print(status);
        if (!status.running) process.exitCode = 3;
      } catch (e) {
        fail(e);
      }
    });
}
