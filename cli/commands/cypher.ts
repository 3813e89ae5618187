// `kg cypher "<query>" [--param name=value]...`: a read-only query against the configured Neo4j, rows as JSON.
import type { Command } from 'commander';
import { createDriver, neo4jConfig, type Neo4jConfig } from '../../graph/config.ts';
import { CypherError, describeError, parseParam, readQueryLimits, runReadQuery, type QueryLimits } from '../../graph/read/cypher.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('run a read-only Cypher query against Neo4j (NEO4J_URI, default the local one) and print the rows as JSON')
    .argument('<query>', 'the Cypher query; use $name for parameters')
    .option('-p, --param <name=value>', 'a query parameter; the value is parsed as JSON when it can be, else taken as text (repeatable)', collect, [])
    .option('--timeout <ms>', 'stop the query after this many milliseconds (default $KG_QUERY_TIMEOUT_MS or 5000)')
    .option('--max-rows <n>', 'print at most this many rows (default $KG_QUERY_MAX_ROWS or 1000)')
    .addHelpText(
      'after',
      '\nRead-only: writes, LOAD CSV, admin commands and procedures off the allow-list are refused.\n' +
        'Example:\n  kg cypher "MATCH (r:Region {name: $name})-[:LAUNCHED]->(m) RETURN m.name" --param name=重庆市\n',
    )
    .action(async (query: string, options: { param: string[]; timeout?: string; maxRows?: string }) => {
      let config: Neo4jConfig;
      let limits: QueryLimits;
      try {
        config = neo4jConfig();
        limits = readQueryLimits({
          ...process.env,
          ...(options.timeout === undefined ? {} : { KG_QUERY_TIMEOUT_MS: options.timeout }),
          ...(options.maxRows === undefined ? {} : { KG_QUERY_MAX_ROWS: options.maxRows }),
        });
      } catch (e) {
        process.stderr.write(`kg cypher: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      // A user at a prompt wants a fast "cannot reach", not the driver's 30 s of retries.
      const driver = createDriver(config, { maxTransactionRetryTime: 2000, connectionTimeout: 5000 });
      try {
        const params = Object.fromEntries(options.param.map(parseParam));
        const result = await runReadQuery(driver, query, params, { database: config.database, uri: config.uri, ...limits });
        process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
        if (result.truncated) {
          process.stderr.write(`kg cypher: showing the first ${result.maxRows} rows; the query returned more (raise the cap with --max-rows)\n`);
        }
      } catch (e) {
        const err = e instanceof CypherError ? e : describeError(e, config.uri);
        process.stderr.write(`kg cypher: ${err.message}\n`);
        process.exitCode = err.code === 'Usage' ? 2 : 1;
      } finally {
        await driver.close();
      }
    });
}
