// `kg cypher "<query>" [--param name=value]...`: a read-only query against the configured Neo4j, rows as JSON.
import type { Command } from 'commander';
import { createDriver, neo4jConfig, type Neo4jConfig } from '../../graph/config.ts';
import { CypherError, describeError, parseParam, runReadQuery } from '../../graph/read/cypher.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('run a read-only Cypher query against Neo4j (NEO4J_URI, default the local one) and print the rows as JSON')
    .argument('<query>', 'the Cypher query; use $name for parameters')
    .option('-p, --param <name=value>', 'a query parameter; the value is parsed as JSON when it can be, else taken as text (repeatable)', collect, [])
    .addHelpText('after', '\nExample:\n  kg cypher "MATCH (r:Region {name: $name})-[:LAUNCHED]->(m) RETURN m.name" --param name=重庆市\n')
    .action(async (query: string, options: { param: string[] }) => {
      let config: Neo4jConfig;
      try {
        config = neo4jConfig();
      } catch (e) {
        process.stderr.write(`kg cypher: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      // A user at a prompt wants a fast "cannot reach", not the driver's 30 s of retries.
      const driver = createDriver(config, { maxTransactionRetryTime: 2000, connectionTimeout: 5000 });
      try {
        const params = Object.fromEntries(options.param.map(parseParam));
        const rows = await runReadQuery(driver, query, params, { database: config.database, uri: config.uri });
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } catch (e) {
        const err = e instanceof CypherError ? e : describeError(e, config.uri);
        process.stderr.write(`kg cypher: ${err.message}\n`);
        process.exitCode = err.code === 'Usage' ? 2 : 1;
      } finally {
        await driver.close();
      }
    });
}
