// The HTTP API in-process (app.request, no port) against a real Neo4j loaded with the seeds.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/app.ts';
import { createSearchIndex } from '../../api/search-index.ts';
import { createDriver } from '../../graph/config.ts';
import type { QueryResult } from '../../graph/read/cypher.ts';
import { parseQueryFile } from '../../graph/read/example-queries.ts';
import type { EdgeEvidence, NeighbourPage, Subgraph } from '../../graph/read/explore.ts';
import { countGraph, loadGraph } from '../../graph/write/load-graph.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from '../graph/neo4j-setup.ts';

let neo: TestNeo4j;
let app: ReturnType<typeof createApi>;
const logged: string[] = [];

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
  const read = await readInputs([path.join(projectRoot, 'seeds')]);
  await loadGraph(neo.driver, extractGraph(read.files).graph, { database: neo.config.database });
  const examples = parseQueryFile(fs.readFileSync(path.join(projectRoot, 'docs', 'queries.cypher'), 'utf8'));
  app = createApi({ driver: neo.driver, database: neo.config.database, uri: neo.config.uri, examples, limits: { maxRows: 200, timeoutMs: 3000 }, log: (m) => logged.push(m) });
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
});

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await app.request(url);
  const body = (await res.json()) as T;
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

async function post<T>(url: string, body: unknown, status = 200): Promise<T> {
  const res = await app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as T;
  expect(res.status, JSON.stringify(json)).toBe(status);
  return json;
}

type Hits = { results: { id: string; name: string; type: string; degree: number; match: string }[] };

describe('GET /api/search', () => {
  it.each([
    ['重庆', 'exact'],
    ['重慶', 'exact'],
    ['chongqing', 'pinyin'],
    ['cq', 'pinyin'],
    ['重庆市', 'exact'],
  ])('finds 重庆市 first from %s (%s)', async (q, match) => {
    const { results } = await get<Hits>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(results[0]).toMatchObject({ name: '重庆市', type: 'Region', match });
    expect(results[0]?.degree).toBeGreaterThan(10);
  });

  it('finds a region by its alias (黔南州) and ranks exact > prefix > contained', async () => {
    const { results } = await get<Hits>(`/api/search?q=${encodeURIComponent('黔南州')}`);
    expect(results[0]?.name).toBe('黔南布依族苗族自治州');
    const ranks = results.map((r) => ['exact', 'prefix', 'contained', 'pinyin'].indexOf(r.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('is a 400 with a message without q', async () => {
    const body = await get<{ error: string }>('/api/search', 400);
    expect(body.error).toMatch(/^bad request: q/);
  });
});

describe('createSearchIndex', () => {
  it('ranks exact, then prefix, then contained, then pinyin, then degree', () => {
    const ix = createSearchIndex([
      { id: 'a', name: '重庆市督导组', type: 'Group', aliases: [], degree: 9 },
      { id: 'b', name: '重庆市', type: 'Region', aliases: ['重庆'], degree: 3 },
      { id: 'c', name: '市委重庆办', type: 'Unit', aliases: [], degree: 1 },
      { id: 'd', name: '崇庆县', type: 'Region', aliases: [], degree: 1 },
    ]);
    expect(ix.search('重庆').map((h) => [h.id, h.match])).toEqual([
      ['b', 'exact'],
      ['a', 'prefix'],
      ['c', 'contained'],
    ]);
    expect(ix.search('chongqing').map((h) => h.id)).toEqual(['b', 'd', 'a']);
  });
});

describe('the graph endpoints', () => {
  it('gives an overview of the most connected entities with the edges among them', async () => {
    const o = await get<Subgraph>('/api/overview?limit=20');
    expect(o.nodes.length).toBe(20);
    const ids = new Set(o.nodes.map((n) => n.id));
    expect(o.edges.length).toBeGreaterThan(0);
    for (const e of o.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('starts from one province: everything in it and what acts there', async () => {
    const o = await get<Subgraph>(`/api/overview?limit=100&region=${encodeURIComponent('四川省')}`);
    expect(o.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['四川省', '宜宾市', '兴文县']));
    expect(o.nodes.some((n) => n.name === '重庆市')).toBe(false);
  });

  it('pages through a node’s neighbours with a cursor', async () => {
    const first = await get<NeighbourPage>(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=5`);
    expect(first.nodes[0]?.id).toBe('Region:500000');
    expect(first.nodes).toHaveLength(6);
    expect(first.total).toBeGreaterThan(10);
    expect(first.nextCursor).toBe(5);
    const second = await get<NeighbourPage>(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=5&cursor=5`);
    const overlap = second.nodes.slice(1).filter((n) => first.nodes.some((m) => m.id === n.id));
    expect(overlap).toEqual([]);
  });

  it('returns every sentence behind an edge with its document and rule', async () => {
    const o = await get<NeighbourPage>(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=50`);
    const edge = o.edges.find((e) => e.evidence > 0 && e.type === 'LAUNCHED');
    expect(edge).toBeDefined();
    const ev = await get<EdgeEvidence>(`/api/edges/${encodeURIComponent(edge?.id ?? '')}/evidence`);
    expect(ev.evidence.length).toBe(edge?.evidence);
    const first = ev.evidence[0];
    expect(first?.rule).toMatch(/^launched\./);
    expect(first?.document.title.length).toBeGreaterThan(5);
    // The sentence is the document's own text at the offsets given (its subject may come from an earlier sentence).
    const doc = await get<{ text: string }>(`/api/documents/${first?.document.id ?? ''}`);
    expect(doc.text.slice(first?.start ?? 0, first?.end ?? 0)).toBe(first?.sentence);
    expect(first?.sentence.length).toBeGreaterThan(5);
    await get<{ error: string }>('/api/edges/nope/evidence', 404);
  });

  it('finds the shortest path between two entities', async () => {
    const p = await get<Subgraph & { found: boolean }>(`/api/path?from=${encodeURIComponent('Region:511528')}&to=${encodeURIComponent('Region:510000')}`);
    expect(p.found).toBe(true);
    expect(p.nodes.map((n) => n.name)).toEqual(['兴文县', '宜宾市', '四川省']);
  });

  it('lists documents and opens one with its entities and facts', async () => {
    const { documents } = await get<{ documents: { id: string; facts: number }[] }>('/api/documents');
    expect(documents).toHaveLength(5);
    const doc = await get<{ text: string; entities: unknown[]; facts: { sentence: string; start: number; end: number }[] }>(`/api/documents/${documents[0]?.id ?? ''}`);
    expect(doc.entities.length).toBeGreaterThan(3);
    for (const f of doc.facts) expect(doc.text.slice(f.start, f.end)).toBe(f.sentence);
  });

  it('gives the values for filters and the schema for completion', async () => {
    const f = await get<{ provinces: string[]; dates: { min: string; max: string }; relationTypes: string[] }>('/api/filters');
    expect(f.provinces).toEqual(expect.arrayContaining(['重庆市', '四川省']));
    expect(f.dates.min <= f.dates.max).toBe(true);
    expect(f.relationTypes).toEqual(['LAUNCHED', 'SUPERVISES', 'ESTABLISHED', 'PART_OF']);
    const s = await get<{ labels: string[] }>('/api/schema');
    expect(s.labels).toContain('Region');
  });

  it('gives each neighbour the degree and provinces of its own detail, and every edge among them', async () => {
    // Twice: the second page is served with provinces from the cache the first one filled.
    for (let round = 0; round < 2; round++) {
      const page = await get<NeighbourPage>(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=200`);
      expect(page.nodes.length).toBe(page.total + 1);
      for (const n of page.nodes) {
        const detail = await get<{ node: { degree: number; provinces: string[] } }>(`/api/nodes/${encodeURIComponent(n.id)}`);
        expect({ id: n.id, degree: n.degree, provinces: [...n.provinces].sort() }).toEqual({ id: n.id, degree: detail.node.degree, provinces: [...detail.node.provinces].sort() });
      }
      expect(page.nodes.some((n) => n.provinces.includes('重庆市') && n.id !== 'Region:500000')).toBe(true);
      const among = await get<Subgraph>(`/api/subgraph?ids=${page.nodes.map((n) => encodeURIComponent(n.id)).join(',')}`);
      expect(page.edges.map((e) => e.id).sort()).toEqual(among.edges.map((e) => e.id).sort());
    }
  });
});

describe('cached provinces and neighbour pages', () => {
  it('follow the graph when it changes', async () => {
    // Checks the graph's version on every request, so a change is seen at once rather than after 5 s.
    const fresh = createApi({ driver: neo.driver, database: neo.config.database, uri: neo.config.uri, searchRefreshMs: 0, log: () => undefined });
    const provincesOf = async (id: string): Promise<string[] | undefined> => {
      const res = await fresh.request(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=200`);
      const page = (await res.json()) as NeighbourPage;
      return page.nodes.find((n) => n.id === id)?.provinces;
    };
    const page = await get<NeighbourPage>(`/api/nodes/${encodeURIComponent('Region:500000')}/neighbours?limit=200`);
    const measure = page.nodes.find((n) => n.type === 'Measure' && !n.provinces.includes('四川省'));
    expect(measure).toBeDefined();
    const id = measure?.id ?? '';
    expect(await provincesOf(id)).not.toContain('四川省');
    const write = (query: string) => neo.driver.executeQuery(query, { id }, { database: neo.config.database });
    // A new document (so the version changes) that says 四川省 launched the same measure.
    await write(`CREATE (:Document {id: 'cache-test', title: 'cache test', path: 'cache-test.txt', loadedAt: datetime()})
                 WITH 1 AS one MATCH (r:Region {id: 'Region:510000'}), (m:Entity {id: $id})
                 CREATE (r)-[:LAUNCHED {key: 'cache-test', rule: 'test', docIds: ['cache-test']}]->(m)`);
    try {
      expect(await provincesOf(id)).toContain('四川省');
    } finally {
      await write("MATCH ()-[r {key: 'cache-test'}]->() DELETE r WITH 1 AS one MATCH (d:Document {id: 'cache-test'}) DELETE d");
    }
    expect(await provincesOf(id)).not.toContain('四川省');
  });
});

describe('POST /api/cypher', () => {
  it('returns rows, and the nodes and edges they hold', async () => {
    const r = await post<QueryResult>('/api/cypher', { query: 'MATCH p = (:Region {name: $n})-[:PART_OF*]->(:Region) RETURN p', params: { n: '兴文县' } });
    expect(r.columns).toEqual(['p']);
    expect(r.nodes.map((n) => n.properties['name']).sort()).toEqual(['兴文县', '四川省', '宜宾市']);
    expect(r.edges).toHaveLength(2);
    expect(r.truncated).toBe(false);
  });

  it('caps rows and says so', async () => {
    const r = await post<QueryResult>('/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x', params: {} });
    expect(r.rows).toHaveLength(200);
    expect(r.truncated).toBe(true);
    expect(r.maxRows).toBe(200);
  });

  it('refuses every write and file-access form with a 403, and nothing changes', async () => {
    const before = await countGraph(neo.driver, neo.config.database);
    for (const query of [
      "CREATE (:Region {name: 'x'})",
      "MATCH (n:Region {name: '重庆市'}) SET n.name = 'x'",
      'MATCH (n) DETACH DELETE n',
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
      "CALL apoc.load.json('file:///etc/passwd')",
      "CALL apoc.export.csv.all('/tmp/x.csv', {})",
      "CALL apoc.cypher.run('MATCH (n) RETURN n', {})",
      "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
      'CALL dbms.listConfig()',
      'SHOW USERS',
    ]) {
      const body = await post<{ error: string }>('/api/cypher', { query, params: {} }, 403);
      expect(body.error, query).toMatch(/^refused/);
    }
    expect(await countGraph(neo.driver, neo.config.database)).toEqual(before);
  });

  it('stops a query at its timeout with a 504', async () => {
    const body = await post<{ error: string }>('/api/cypher', { query: 'UNWIND range(1, 10000000000) AS x RETURN count(x)', params: {} }, 504);
    expect(body.error).toMatch(/ran out of time/);
  });

  it('answers bad input with a 400 and a message, never a 500 with a stack', async () => {
    for (const [body, why] of [
      [{}, /query/],
      [{ query: 'RETURN 1', params: 'x' }, /params/],
      [{ query: 'MATCH (n RETURN n' }, /syntax error/i],
      [{ query: 'RETURN $missing' }, /missing parameter|Expected parameter/i],
    ] as const) {
      const res = await app.request('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await res.json()) as { error: string };
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(json.error).toMatch(why);
      expect(JSON.stringify(json)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    const notJson = await app.request('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(notJson.status).toBe(400);
  });
});

describe('with Neo4j down', () => {
  it('answers 503 saying so', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    const port = typeof address === 'object' && address !== null ? address.port : 1;
    const uri = `bolt://127.0.0.1:${port}`;
    const driver = createDriver({ ...neo.config, uri }, { maxTransactionRetryTime: 300, connectionTimeout: 1000 });
    try {
      const down = createApi({ driver, database: neo.config.database, uri, log: () => undefined });
      for (const req of [down.request('/api/search?q=x'), down.request('/api/overview'), down.request('/api/nodes/Region:500000/neighbours'), down.request('/api/health')]) {
        const res = await req;
        expect(res.status).toBe(503);
        expect(((await res.json()) as { error: string }).error).toMatch(/unavailable/);
      }
      const cy = await down.request('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }) });
      expect(cy.status).toBe(503);
    } finally {
      await driver.close();
    }
  });
});
