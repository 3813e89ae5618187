// `kg serve [--port N] [--host H]`: the viewer and its API against the configured Neo4j, until Ctrl-C.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { startServer } from '../../api/server.ts';
import { ensureViewerBuilt } from '../../api/viewer-build.ts';
import { createDriver, neo4jConfig } from '../../graph/config.ts';
import { readQueryLimits } from '../../graph/read/cypher.ts';
import { parseQueryFile } from '../../graph/read/example-queries.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph viewer and its HTTP API (Neo4j from NEO4J_URI, default the local one)')
    .option('--port <n>', 'port to listen on', '5173')
    .option('--host <host>', 'interface to bind (0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option('--api-only', 'serve the API without building or serving the viewer (for `npm run dev`)', false)
    .action(async (options: { port: string; host: string; apiOnly: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`kg serve: --port must be a port number, got "${options.port}"\n`);
        process.exitCode = 2;
        return;
      }
      let config;
      let limits;
      try {
        config = neo4jConfig();
        limits = readQueryLimits();
      } catch (e) {
        process.stderr.write(`kg serve: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      const staticDir = options.apiOnly ? undefined : await ensureViewerBuilt(projectRoot);
      const examples = parseQueryFile(fs.readFileSync(path.join(projectRoot, 'docs', 'queries.cypher'), 'utf8'));
      const driver = createDriver(config, { maxTransactionRetryTime: 5000, connectionTimeout: 5000 });
      try {
        const { server, url } = await startServer({
          driver,
          database: config.database,
          uri: config.uri,
          limits,
          examples,
          host: options.host,
          port,
          ...(staticDir === undefined ? {} : { staticDir }),
        });
        process.stderr.write(`kg serve: Neo4j ${config.uri}; press Ctrl-C to stop\n`);
        process.stdout.write(`Viewer: ${url}\n`);
        const stop = (): void => {
          server.close();
          void driver.close().finally(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        process.stderr.write(`kg serve: cannot listen on ${options.host}:${port}${code === 'EADDRINUSE' ? ' (port in use; choose another with --port)' : `: ${String(e)}`}\n`);
        process.exitCode = 1;
        await driver.close();
      }
    });
}
