// The read-only Cypher runner and `kg cypher`: plain JSON rows, writes refused by the server, one-line errors.
import { spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../graph/config.ts';
import { CypherError, parseParam, runReadQuery, toJson } from '../../graph/read/cypher.ts';
import { countGraph, loadGraph } from '../../graph/write/load-graph.ts';
import { seedLikeGraph } from './fixtures.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from './neo4j-setup.ts';

let neo: TestNeo4j;

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
  await loadGraph(neo.driver, seedLikeGraph(), { database: neo.config.database });
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
});

const runFull = (query: string, params: Record<string, unknown> = {}, limits: { timeoutMs?: number; maxRows?: number } = {}) =>
  runReadQuery(neo.driver, query, params, { database: neo.config.database, uri: neo.config.uri, ...limits });
const run = async (query: string, params: Record<string, unknown> = {}) => (await runFull(query, params)).rows;

async function caught(p: Promise<unknown>): Promise<CypherError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error('expected a CypherError');
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('runReadQuery', { timeout: 60_000 }, () => {
  it('turns integers, dates, nodes, relationships and paths into plain JSON', async () => {
    const [row] = await run(`
      MATCH p = (c:Region {name: '兴文县'})-[r:PART_OF]->(y:Region)
      RETURN 1 AS one, 2^70 AS float, toInteger(9007199254740993) AS huge, date('2023-10-27') AS day,
             y AS node, r AS rel, p AS path, [y.name, {n: 3}] AS nested`);
    expect(row?.['one']).toBe(1);
    expect(row?.['huge']).toBe('9007199254740993');
    expect(row?.['day']).toBe('2023-10-27');
    expect(row?.['node']).toMatchObject({ labels: expect.arrayContaining(['Region', 'Entity']), properties: { name: '宜宾市', code: '511500' } });
    expect(row?.['rel']).toMatchObject({ type: 'PART_OF', properties: { rule: 'part-of.written-together' } });
    const p = row?.['path'] as { nodes: { properties: { name: string } }[]; relationships: { type: string }[] };
    expect(p.nodes.map((n) => n.properties.name)).toEqual(['兴文县', '宜宾市']);
    expect(p.relationships.map((r) => r.type)).toEqual(['PART_OF']);
    expect(row?.['nested']).toEqual(['宜宾市', { n: 3 }]);
    // Nothing driver-specific survives: the row round-trips through JSON unchanged.
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });

  it('passes parameters, with JSON integers as Cypher integers', async () => {
    const params = Object.fromEntries(['name=兴文县', 'n=2', 'names=["重庆市","天津市"]'].map(parseParam));
    const rows = await run('MATCH (r:Region) WHERE r.name = $name OR r.name IN $names RETURN r.name AS name ORDER BY name LIMIT $n', params);
    expect(rows.map((r) => r['name'])).toEqual(['兴文县', '天津市']);
  });

  it('refuses a write: the server rejects CREATE in a read session and nothing is created', async () => {
    const before = await countGraph(neo.driver, neo.config.database);
    const err = await caught(run("CREATE (:Region:Entity {id: 'Region:x', name: '新区'})"));
    expect(err.message).toMatch(/^refused: the query writes/);
    expect(await countGraph(neo.driver, neo.config.database)).toEqual(before);
    await expect(run("MATCH (r:Region {name: '兴文县'}) SET r.name = 'x' RETURN r")).rejects.toThrow(/refused/);
    await expect(run("MATCH (r:Region {name: '兴文县'}) DETACH DELETE r")).rejects.toThrow(/refused/);
  });

  it('refuses every file-reading, Cypher-running and admin form, and the database is unchanged', async () => {
    const before = await countGraph(neo.driver, neo.config.database);
    for (const query of [
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 2",
      `LOAD CSV FROM 'bolt://${neo.config.uri.replace(/^bolt:\/\//, '')}' AS l RETURN l`,
      "CALL apoc.cypher.run('MATCH (n) RETURN count(n) AS c', {}) YIELD value RETURN value",
      "CALL `apoc`.`load`.`json`('file:///etc/passwd') YIELD value RETURN value",
      "CALL apoc.export.json.all('/tmp/kg-out.json', {})",
      "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
      "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n RETURN 1', {}) AS x",
      'CALL dbms.listConfig() YIELD name RETURN name',
      'SHOW USERS',
      'SHOW SETTINGS',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      "CALL db.createLabel('Injected')",
      'CREATE INDEX injected IF NOT EXISTS FOR (n:Region) ON (n.injected)',
      "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    ]) {
      const err = await caught(run(query));
      expect(err.message, query).toMatch(/^refused: /);
      expect(err.code, query).toBe('Refused');
    }
    expect(await countGraph(neo.driver, neo.config.database)).toEqual(before);
    const indexes = await neo.driver.executeQuery("SHOW INDEXES YIELD name WHERE name = 'injected' RETURN name", {}, { database: neo.config.database });
    expect(indexes.records).toHaveLength(0);
  });

  it('still runs full-text search, catalogue procedures and value functions', async () => {
    const rows = await run("CALL db.index.fulltext.queryNodes('entity_names', '黔南') YIELD node RETURN node.name AS name, apoc.text.join(['a', 'b'], '-') AS j LIMIT 1");
    expect(rows).toEqual([{ name: '黔南布依族苗族自治州', j: 'a-b' }]);
    expect((await run('CALL db.labels() YIELD label RETURN label')).map((r) => r['label'])).toContain('Region');
  });

  it('caps rows and says so, and returns the nodes and edges the rows hold', async () => {
    const capped = await runFull('UNWIND range(1, 100000) AS x RETURN x', {}, { maxRows: 50 });
    expect(capped.rows).toHaveLength(50);
    expect(capped.truncated).toBe(true);
    expect(capped.maxRows).toBe(50);
    const whole = await runFull("MATCH p = (:Region {name: '兴文县'})-[:PART_OF*]->(:Region) RETURN p", {}, { maxRows: 50 });
    expect(whole.truncated).toBe(false);
    expect(whole.columns).toEqual(['p']);
    expect(whole.nodes.map((n) => n.properties['name']).sort()).toEqual(['兴文县', '四川省', '宜宾市']);
    expect(whole.edges.every((e) => e.type === 'PART_OF')).toBe(true);
  });

  it('stops a query that runs past its timeout, on the server', async () => {
    const err = await caught(runFull('UNWIND range(1, 10000000000) AS x RETURN count(x)', {}, { timeoutMs: 500 }));
    expect(err.code).toBe('Timeout');
    expect(err.message).toMatch(/^stopped: the query ran out of time after 500 ms/);
  });

  it('reports a syntax error in one line with its position', async () => {
    const err = await caught(run('MATCH (n:Region RETURN n'));
    expect(err.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(err.message).toMatch(/^Cypher syntax error at line 1, column \d+: Invalid input/);
    expect(err.message).not.toContain('\n');
  });

  it('reports an unreachable server in one line, quickly', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const driver = createDriver({ ...neo.config, uri }, { maxTransactionRetryTime: 500, connectionTimeout: 2000 });
    try {
      const t0 = Date.now();
      const err = await caught(runReadQuery(driver, 'RETURN 1', {}, { database: neo.config.database, uri }));
      expect(err.message).toMatch(new RegExp(`^cannot reach Neo4j at ${uri} \\(.*ECONNREFUSED.*\\); start it with`));
      expect(err.message).not.toContain('\n');
      expect(Date.now() - t0).toBeLessThan(10_000);
    } finally {
      await driver.close();
    }
  });

  it('converts values that never came from Neo4j conservatively', () => {
    expect(toJson(undefined)).toBeNull();
    expect(toJson(Number.NaN)).toBe('NaN');
    expect(toJson({ a: [1n, 2 ** 64] })).toEqual({ a: [1, 2 ** 64] });
  });
});

describe('kg cypher', { timeout: 60_000 }, () => {
  const kg = (args: string[]) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'cli', 'kg.mjs'), 'cypher', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: neo.config.uri,
        NEO4J_USERNAME: neo.config.username,
        NEO4J_PASSWORD: neo.config.password,
        NEO4J_DATABASE: neo.config.database,
      },
    });

  it('prints the rows as JSON on stdout', () => {
    const out = kg(['MATCH (r:Region)-[:LAUNCHED]->(m:Measure) WHERE r.name = $name RETURN m.name AS measure, $n AS n', '--param', 'name=兴文县', '-p', 'n=3']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([{ measure: '14个流动课堂', n: 3 }]);
  });

  it('exits 1 with one line on stderr, and no stack, for a write or a syntax error', () => {
    for (const query of ['CREATE (n:X) RETURN n', 'MATCH (n RETURN n']) {
      const out = kg([query]);
      expect(out.status).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(out.stderr).toMatch(/^kg cypher: (refused|Cypher syntax error)/);
      expect(out.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('refuses to read a server file with LOAD CSV', () => {
    const out = kg(["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 2"]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).not.toContain('root:');
    expect(out.stderr).toMatch(/^kg cypher: refused: LOAD CSV/);
  });

  it('prints at most --max-rows rows and names the cap on stderr', () => {
    const out = kg(['UNWIND range(1, 5000) AS x RETURN x', '--max-rows', '10']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toHaveLength(10);
    expect(out.stderr).toBe('kg cypher: showing the first 10 rows; the query returned more (raise the cap with --max-rows)\n');
  });

  it('exits 2 on a malformed --param', () => {
    const out = kg(['RETURN 1', '--param', 'no-equals-sign']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^kg cypher: --param needs name=value/);
  });
});
