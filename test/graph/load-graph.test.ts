// Loading into a real Neo4j: schema, counts, idempotence, incremental replacement, roll-up and evidence queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../schema/graph.ts';
import { toJson, type Row } from '../../graph/read/cypher.ts';
import { countGraph, loadGraph, type LoadProgress } from '../../graph/write/load-graph.ts';
import { ENTITY_FULLTEXT_INDEX, ensureSchema, EVIDENCE_FULLTEXT_INDEX, NODE_LABELS } from '../../graph/write/schema.ts';
import { DOC_A, DOC_B, DOC_B2, DOC_C, seedLikeGraph } from './fixtures.ts';
import { acquireDatabaseLock, connectTestNeo4j, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from './neo4j-setup.ts';

let neo: TestNeo4j;

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
});

const db = (): string => neo.config.database;
// The loader's own checks read schema too (SHOW CONSTRAINTS), which the user read path refuses on purpose.
const read = async (query: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
  (await neo.driver.executeQuery(query, params, { database: db(), routing: 'READ' })).records.map((r) =>
    Object.fromEntries(r.keys.map((k) => [String(k), toJson(r.get(k))])),
  );

const graph = seedLikeGraph();
const evidenceTotal = graph.relations.reduce((n, r) => n + r.evidence.length, 0);

const ROLL_UP = `
  MATCH (top:Region) WHERE top.name = $region OR $region IN top.aliases
  MATCH (r:Region)-[:PART_OF*0..]->(top)
  MATCH (r)-[:LAUNCHED]->(m:Measure)
  RETURN DISTINCT m.name AS measure ORDER BY measure`;

const EVIDENCE = `
  MATCH (s:Entity {name: $source})-[r]->(t:Entity {name: $target}) WHERE type(r) = $type
  MATCH (e:Evidence {relKey: r.key})-[:IN]->(d:Document)
  RETURN e.sentence AS sentence, e.rule AS rule, d.id AS doc, r.rule AS edgeRule ORDER BY doc`;

describe('loading a knowledge graph into Neo4j', { timeout: 120_000 }, () => {
  it('creates uniqueness constraints on every label id, name indexes and CJK full-text indexes', async () => {
    await ensureSchema(neo.driver, db());
    await ensureSchema(neo.driver, db()); // IF NOT EXISTS: a second run is a no-op, not an error
    const constraints = await read(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS props",
    );
    const unique = new Set(constraints.filter((c) => JSON.stringify(c['props']) === '["id"]').map((c) => c['label']));
    for (const label of NODE_LABELS) expect(unique, label).toContain(label);

    const indexes = await read('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state RETURN *');
    const byName = new Map(indexes.map((i) => [i['name'], i]));
    for (const type of ENTITY_TYPES) expect(byName.get(`${type.toLowerCase()}_name`)?.['properties']).toEqual(['name']);
    for (const name of [ENTITY_FULLTEXT_INDEX, EVIDENCE_FULLTEXT_INDEX]) {
      const ix = byName.get(name);
      expect(ix?.['type']).toBe('FULLTEXT');
      expect(ix?.['state']).toBe('ONLINE');
      expect(JSON.stringify(ix?.['options'])).toContain('"fulltext.analyzer":"cjk"');
    }
    expect(byName.get(ENTITY_FULLTEXT_INDEX)?.['properties']).toEqual(['name', 'aliasText']);
  });

  it('loads the hand-made graph with the expected counts, integers as integers, and reports progress', async () => {
    const progress: LoadProgress[] = [];
    const summary = await loadGraph(neo.driver, graph, { database: db(), batchSize: 7, onProgress: (p) => progress.push(p) });
    expect(summary.documents).toEqual({ loaded: 3, unchanged: 0, removed: 0 });
    expect(summary.entities).toBe(graph.entities.length);
    expect(summary.relations).toBe(graph.relations.length);
    expect(summary.evidence).toBe(evidenceTotal);
    expect(await countGraph(neo.driver, db())).toEqual({
      documents: 3,
      entities: graph.entities.length,
      relations: graph.relations.length,
      evidence: evidenceTotal,
    });

    const last = progress.at(-1);
    expect(last?.done).toBe(last?.total);
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['documents', 'entities', 'relations', 'evidence', 'mentions']));

    const [types] = await read(`
      MATCH (:Region {name: '贵州省'})-[r:ESTABLISHED]->()
      MATCH (e:Evidence {relKey: r.key})
      MATCH (d:Document {id: e.docId})
      RETURN valueType(r.count) AS count, valueType(e.start) AS start, valueType(d.publishedAt) AS published,
             r.count AS n, d.contentHash = d.id AS hashIsId`);
    expect(types).toEqual({ count: 'INTEGER NOT NULL', start: 'INTEGER NOT NULL', published: 'DATE NOT NULL', n: 1225, hashIsId: true });
  });

  it('is idempotent: loading the same graph again skips every document and leaves the same counts', async () => {
    const before = await countGraph(neo.driver, db());
    const again = await loadGraph(neo.driver, graph, { database: db() });
    expect(again).toEqual({ documents: { loaded: 0, unchanged: 3, removed: 0 }, entities: 0, relations: 0, evidence: 0, mentions: 0 });
    expect(await countGraph(neo.driver, db())).toEqual(before);

    // A forced reload rewrites everything and still converges on the same graph.
    const forced = await loadGraph(neo.driver, graph, { database: db(), force: true });
    expect(forced.documents).toEqual({ loaded: 3, unchanged: 0, removed: 0 });
    expect(await countGraph(neo.driver, db())).toEqual(before);
    const [mentions] = await read('MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS n');
    expect(mentions?.['n']).toBe(forced.mentions);
  });

  it('rolls measures up the PART_OF hierarchy, through text and gazetteer edges', async () => {
    expect((await read(ROLL_UP, { region: '四川省' })).map((r) => r['measure'])).toEqual([
      '14个流动课堂',
      '“三难三乱”和“三公经费”专项整治',
      '集中学习研讨班',
    ]);
    expect((await read(ROLL_UP, { region: '黔南州' })).map((r) => r['measure'])).toEqual(['拖欠农民工工资问题专项整治']);
  });

  it('returns the evidence sentences and rule of one edge; a gazetteer edge has its rule and no sentence', async () => {
    expect(await read(EVIDENCE, { type: 'LAUNCHED', source: '兴文县', target: '14个流动课堂' })).toEqual([
      { sentence: '四川省宜宾市兴文县开设14个流动课堂。', rule: 'launched.test', doc: DOC_A, edgeRule: 'launched.test' },
    ]);
    const shared = await read(EVIDENCE, { type: 'PART_OF', source: '北碚区', target: '重庆市' });
    expect(shared.map((r) => r['doc'])).toEqual([DOC_A, DOC_B].sort());
    expect(shared.every((r) => r['rule'] === 'part-of.written-together')).toBe(true);

    expect(await read(EVIDENCE, { type: 'PART_OF', source: '宜宾市', target: '四川省' })).toEqual([]);
    const [gaz] = await read("MATCH (:Region {name: '宜宾市'})-[r:PART_OF]->(:Region {name: '四川省'}) RETURN r.rule AS rule, [(d:Document)-[:SUPPORTS_EDGE {key: r.key}]->() | d.id] AS docs");
    expect(gaz).toEqual({ rule: 'gazetteer', docs: [DOC_A] });
  });

  it('replaces a changed document’s contribution: what only it said disappears, shared facts stay', async () => {
    const before = await countGraph(neo.driver, db());
    const changed = seedLikeGraph({ changedB: true });
    const summary = await loadGraph(neo.driver, changed, { database: db() });
    expect(summary.documents).toEqual({ loaded: 1, unchanged: 2, removed: 1 });

    const docs = await read('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
    expect(docs.map((d) => d['id'])).toEqual([DOC_A, DOC_B2, DOC_C].sort());
    // 负面清单 was only in the old B: node, edge and evidence are gone; the new B's 工作事项清单 is in.
    expect(await read("MATCH (m:Measure {name: '负面清单'}) RETURN m")).toEqual([]);
    expect(await read("MATCH (e:Evidence) WHERE e.sentence CONTAINS '负面清单' OR e.docId = $old RETURN e", { old: DOC_B })).toEqual([]);
    expect(await read("MATCH (:Region {name: '重庆市'})-[:LAUNCHED]->(m:Measure {name: '工作事项清单'}) RETURN m.name AS m")).toHaveLength(1);
    // 北碚区 → 重庆市 was said by A and B: it stays, now backed by A and the new B.
    const shared = await read(EVIDENCE, { type: 'PART_OF', source: '北碚区', target: '重庆市' });
    expect(shared.map((r) => r['doc'])).toEqual([DOC_A, DOC_B2].sort());
    const [edge] = await read(
      "MATCH (:Region {name: '北碚区'})-[r:PART_OF]->(:Region {name: '重庆市'}) RETURN [(d:Document)-[:SUPPORTS_EDGE {key: r.key}]->() | d.id] AS docs",
    );
    expect([...((edge?.['docs'] as string[] | undefined) ?? [])].sort()).toEqual([DOC_A, DOC_B2].sort());
    // Same number of facts: one measure swapped for another.
    expect(await countGraph(neo.driver, db())).toEqual(before);
  });

  it('skips unchanged documents without touching them', async () => {
    const [stamp] = await read('MATCH (d:Document {id: $id}) RETURN toString(d.loadedAt) AS at', { id: DOC_A });
    const summary = await loadGraph(neo.driver, seedLikeGraph({ changedB: true }), { database: db() });
    expect(summary.documents).toEqual({ loaded: 0, unchanged: 3, removed: 0 });
    const [after] = await read('MATCH (d:Document {id: $id}) RETURN toString(d.loadedAt) AS at', { id: DOC_A });
    expect(after).toEqual(stamp);
  });

  it('keeps documents absent from the input unless asked to remove them, then removes their facts and gazetteer chain', async () => {
    const withoutA = { ...seedLikeGraph({ changedB: true }) };
    withoutA.documents = withoutA.documents.filter((d) => d.id !== DOC_A);
    withoutA.relations = withoutA.relations
      .map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.docId !== DOC_A) }))
      .filter((r) => r.evidence.length > 0);
    const kept = await loadGraph(neo.driver, withoutA, { database: db() });
    expect(kept.documents).toEqual({ loaded: 0, unchanged: 2, removed: 0 });
    expect((await countGraph(neo.driver, db())).documents).toBe(3);

    const removed = await loadGraph(neo.driver, withoutA, { database: db(), removeMissing: (p) => p.startsWith('seeds/') });
    expect(removed.documents).toEqual({ loaded: 0, unchanged: 2, removed: 1 });
    // Only A spoke of 四川省 (through 兴文县, 宜宾市, 南充市): the whole chain goes with it.
    expect(await read("MATCH (r:Region) WHERE r.name IN ['四川省', '宜宾市', '兴文县', '南充市', '云南省'] RETURN r")).toEqual([]);
    // 重庆市 and 北碚区 are still backed by B.
    const left = await read(EVIDENCE, { type: 'PART_OF', source: '北碚区', target: '重庆市' });
    expect(left.map((r) => r['doc'])).toEqual([DOC_B2]);
    // Nothing A alone held up is left: every entity and relationship still has a supporting document, and no support
    // points at a relationship that is gone.
    expect(await read('MATCH (n:Entity) WHERE NOT EXISTS { (n)<-[:SUPPORTS]-(:Document) } RETURN n.id')).toEqual([]);
    expect(
      await read('MATCH ()-[r:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF]->() WHERE NOT EXISTS { (:Document)-[:SUPPORTS_EDGE {key: r.key}]->() } RETURN r.key'),
    ).toEqual([]);
    expect(
      await read('MATCH ()-[s:SUPPORTS_EDGE]->() WHERE NOT EXISTS { ()-[r:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF]->() WHERE r.key = s.key } RETURN s.key'),
    ).toEqual([]);
    expect(await read('MATCH (e:Evidence) WHERE NOT (e)-[:IN]->(:Document) RETURN e')).toEqual([]);
  });

  it('rejects a graph that breaks the zod contract before writing anything', async () => {
    const before = await countGraph(neo.driver, db());
    const bad = seedLikeGraph();
    bad.relations.push({ type: 'LAUNCHED', source: 'Region:nowhere', target: 'Measure:nothing', rule: 'x', evidence: [] });
    await expect(loadGraph(neo.driver, bad, { database: db() })).rejects.toThrow(/unknown entity id Region:nowhere/);
    expect(await countGraph(neo.driver, db())).toEqual(before);
  });
});

describe('loading with a fresh database per expectation', { timeout: 120_000 }, () => {
  it('gives the same counts whether the graph is written in one batch or one row per transaction', async () => {
    await wipeDatabase(neo);
    await loadGraph(neo.driver, graph, { database: db(), batchSize: 1 });
    const perRow = await countGraph(neo.driver, db());
    await wipeDatabase(neo);
    await loadGraph(neo.driver, graph, { database: db(), batchSize: 10_000 });
    expect(await countGraph(neo.driver, db())).toEqual(perRow);
    expect(perRow).toEqual({ documents: 3, entities: graph.entities.length, relations: graph.relations.length, evidence: evidenceTotal });
  });
});
