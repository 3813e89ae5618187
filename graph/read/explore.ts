// The viewer's questions as parameterised Cypher: overview, neighbours, evidence, path, documents, filter values.
// Every query runs in a READ session with a server-side timeout and a row cap; answers say when the cap cut them.
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/graph.ts';
import { describeError, toJson, type Json, type QueryLimits } from './cypher.ts';

const REL = RELATION_TYPES.join('|');

export interface ExploreOptions extends QueryLimits {
  driver: Driver;
  database: string;
  uri: string;
}

/** An entity as the viewer draws it. */
export interface VNode {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  degree: number;
  code: string | null;
  level: string | null;
  count: number | null;
  docIds: string[];
  /** Names of the provinces it lies in or acts in, for the province filter. */
  provinces: string[];
}

/** One ontology relation, keyed like its Evidence nodes. */
export interface VEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  rule: string | null;
  count: number | null;
  docIds: string[];
  evidence: number;
}

export interface Subgraph {
  nodes: VNode[];
  edges: VEdge[];
  /** True when a cap left out part of the answer. */
  truncated: boolean;
}

type Rec = Record<string, Json>;

async function read(opts: ExploreOptions, query: string, params: Record<string, unknown>): Promise<Rec[]> {
  const session = opts.driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params), { timeout: opts.timeoutMs });
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toJson(r.get(k))])));
  } catch (e) {
    throw describeError(e, opts.uri, opts.timeoutMs);
  } finally {
    await session.close();
  }
}

const int = (n: number): neo4j.Integer => neo4j.int(Math.max(0, Math.floor(n)));
const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');
const strs = (v: Json | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const numOrNull = (v: Json | undefined): number | null => (typeof v === 'number' ? v : null);
const strOrNull = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);

// The provinces `node` lies in or acts in: up PART_OF for a region (never through its neighbours: a province's would be
// every region it contains), through the regions it is directly related to for a group, unit or measure.
const PROVINCES = (v: string) =>
  `COLLECT { MATCH (${v}:Region)-[:PART_OF]->{0,4}(province:Region {level: 'province'}) RETURN province.name AS name
             UNION
             MATCH (${v})-[:${REL}]-(:Region)-[:PART_OF]->{0,4}(province:Region {level: 'province'}) WHERE NOT ${v}:Region RETURN province.name AS name }`;

// Returns `node` as a map the viewer draws: degree over the ontology's relations (a cheap count from the degree store)
// and, unless the caller fills them in from a cache, its provinces.
const NODE_MAP = (v: string, provinces: 'with provinces' | 'without provinces' = 'with provinces') => `{
  id: ${v}.id, name: ${v}.name, type: ${v}.type, aliases: coalesce(${v}.aliases, []), code: ${v}.code, level: ${v}.level,
  count: ${v}.count, docIds: [(d:Document)-[:SUPPORTS]->(${v}) | d.id],
  degree: COUNT { (${v})-[:${REL}]-() }${provinces === 'with provinces' ? `,\n  provinces: ${PROVINCES(v)}` : ''}
}`;

const EDGE_MAP = (r: string, s: string, t: string) => `{
  id: ${r}.key, type: type(${r}), source: ${s}.id, target: ${t}.id, rule: ${r}.rule, count: ${r}.count,
  docIds: [(d:Document)-[sup:SUPPORTS_EDGE]->() WHERE sup.key = ${r}.key | d.id], evidence: COUNT { MATCH (e:Evidence {relKey: ${r}.key}) }
}`;

function toNode(v: Json | undefined): VNode {
  const m = (v ?? {}) as Rec;
  return {
    id: str(m['id']),
    name: str(m['name']),
    type: str(m['type']),
    aliases: strs(m['aliases']),
    degree: numOrNull(m['degree']) ?? 0,
    code: strOrNull(m['code']),
    level: strOrNull(m['level']),
    count: numOrNull(m['count']),
    docIds: strs(m['docIds']),
    provinces: strs(m['provinces']),
  };
}

function toEdge(v: Json | undefined): VEdge {
  const m = (v ?? {}) as Rec;
  return {
    id: str(m['id']),
    type: str(m['type']),
    source: str(m['source']),
    target: str(m['target']),
    rule: strOrNull(m['rule']),
    count: numOrNull(m['count']),
    docIds: strs(m['docIds']),
    evidence: numOrNull(m['evidence']) ?? 0,
  };
}

/** The edges among a set of entity ids, capped. */
async function edgesAmong(opts: ExploreOptions, ids: string[]): Promise<{ edges: VEdge[]; truncated: boolean }> {
  const rows = await read(
    opts,
    `MATCH (s:Entity)-[r:${REL}]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids
     RETURN ${EDGE_MAP('r', 's', 't')} AS e LIMIT $limit`,
    { ids, limit: int(opts.maxRows + 1) },
  );
  return { edges: rows.slice(0, opts.maxRows).map((r) => toEdge(r['e'])), truncated: rows.length > opts.maxRows };
}

export interface OverviewQuery {
  limit: number;
  /** Start from one province (or any region): everything inside it through PART_OF, and what acts there. */
  region?: string | undefined;
  /** Start from one document: the entities it mentions. */
  docId?: string | undefined;
}

/** A readable start: the most connected entities (within a region or a document when asked), and their edges. */
export async function overview(opts: ExploreOptions, q: OverviewQuery): Promise<Subgraph> {
  const limit = Math.min(q.limit, opts.maxRows);
  let match: string;
  if (q.docId !== undefined) {
    match = 'MATCH (:Document {id: $docId})-[:MENTIONS]->(n:Entity)';
  } else if (q.region !== undefined) {
    match = `MATCH (top:Region) WHERE top.id = $region OR top.name = $region OR $region IN top.aliases
             MATCH (n:Entity) WHERE EXISTS { (n)-[:PART_OF*0..6]->(top) } OR EXISTS { (n)-[:${REL}]-(:Region)-[:PART_OF*0..6]->(top) }`;
  } else {
    match = 'MATCH (n:Entity)';
  }
  const rows = await read(
    opts,
    `${match}
     // The facts users come for weigh more than the administrative hierarchy, which would otherwise fill the view.
     WITH DISTINCT n, COUNT { (n)-[:LAUNCHED|SUPERVISES|ESTABLISHED]-() } * 3 + COUNT { (n)-[:PART_OF]-() } AS weight
     ORDER BY weight DESC, n.name LIMIT $limit
     RETURN ${NODE_MAP('n')} AS n`,
    { docId: q.docId ?? null, region: q.region ?? null, limit: int(limit + 1) },
  );
  const nodes = rows.slice(0, limit).map((r) => toNode(r['n']));
  const { edges, truncated } = await edgesAmong(opts, nodes.map((n) => n.id));
  return { nodes, edges, truncated: truncated || rows.length > limit };
}

export interface NeighbourQuery {
  id: string;
  limit: number;
  /** Neighbours already shown: the next page starts after this many, ordered by degree then name. */
  cursor: number;
  relationTypes?: string[] | undefined;
}

export interface NeighbourPage extends Subgraph {
  /** Pass as `cursor` for the next page; null when there is none. */
  nextCursor: number | null;
  total: number;
}

/**
 * Province names per entity id, valid for one version of the graph: the owner makes a new one when `graphVersion`
 * changes. Provinces are the costly part of a node (a walk over its neighbourhood and up PART_OF), and a node's do not
 * change until the graph does.
 */
export type ProvinceCache = Map<string, string[]>;

/** The provinces of each entity named, as `NODE_MAP` computes them. */
export async function provincesOf(opts: ExploreOptions, ids: string[]): Promise<Map<string, string[]>> {
  const rows = await read(opts, `UNWIND $ids AS id MATCH (v:Entity {id: id}) RETURN v.id AS id, ${PROVINCES('v')} AS provinces`, { ids });
  return new Map(rows.map((r) => [str(r['id']), strs(r['provinces'])]));
}

/**
 * One page of a node's neighbours (the node itself first), ordered by degree then name, and the edges among them.
 * One query per page: a round trip to Neo4j costs more here than the work it does. Provinces come from `cache` and
 * only the ones it lacks are read, so a busy viewer mostly reads each hub's neighbourhood once per graph version.
 */
export async function neighbours(opts: ExploreOptions, q: NeighbourQuery, cache: ProvinceCache = new Map()): Promise<NeighbourPage> {
  const types = (q.relationTypes ?? []).filter((t) => (RELATION_TYPES as readonly string[]).includes(t));
  const limit = Math.min(q.limit, opts.maxRows);
  const rows = await read(
    opts,
    `MATCH (c:Entity {id: $id})
     CALL (c) {
       MATCH (c)-[r:${REL}]-(n:Entity) WHERE size($types) = 0 OR type(r) IN $types
       WITH DISTINCT n
       WITH n, COUNT { (n)-[:${REL}]-() } AS degree ORDER BY degree DESC, n.name
       RETURN collect(n) AS ranked
     }
     WITH size(ranked) AS total, [c] + ranked[$cursor..$cursor + $limit] AS shown
     UNWIND shown AS n
     WITH total, shown, collect(${NODE_MAP('n', 'without provinces')}) AS nodes
     RETURN total, nodes,
            COLLECT { UNWIND shown AS s MATCH (s)-[r:${REL}]->(t:Entity) WHERE t IN shown
                      RETURN ${EDGE_MAP('r', 's', 't')} AS e LIMIT $cap } AS edges`,
    { id: q.id, types, cursor: int(q.cursor), limit: int(limit), cap: int(opts.maxRows) },
  );
  const row = rows[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false, nextCursor: null, total: 0 };
  const nodes = (Array.isArray(row['nodes']) ? row['nodes'] : []).map(toNode);
  const missing = [...new Set(nodes.map((n) => n.id).filter((id) => !cache.has(id)))];
  if (missing.length > 0) for (const [id, p] of await provincesOf(opts, missing)) cache.set(id, p);
  for (const n of nodes) n.provinces = cache.get(n.id) ?? [];
  const edges = (Array.isArray(row['edges']) ? row['edges'] : []).map(toEdge);
  const total = numOrNull(row['total']) ?? 0;
  const shown = q.cursor + nodes.length - 1;
  return { nodes, edges, truncated: shown < total, nextCursor: shown < total ? shown : null, total };
}

export interface EvidenceItem {
  sentence: string;
  original: string | null;
  start: number;
  end: number;
  rule: string;
  document: { id: string; title: string; source: string | null; publishedAt: string | null; path: string };
}

export interface EdgeEvidence {
  edge: VEdge | null;
  source: VNode | null;
  target: VNode | null;
  evidence: EvidenceItem[];
  truncated: boolean;
}

/** Every sentence behind one relation, with its document and the rule that read it. */
export async function edgeEvidence(opts: ExploreOptions, key: string): Promise<EdgeEvidence> {
  const head = await read(
    opts,
    `MATCH (s:Entity)-[r:${REL}]->(t:Entity) WHERE r.key = $key
     RETURN ${EDGE_MAP('r', 's', 't')} AS e, ${NODE_MAP('s')} AS s, ${NODE_MAP('t')} AS t LIMIT 1`,
    { key },
  );
  const rows = await read(
    opts,
    `MATCH (e:Evidence {relKey: $key})-[:IN]->(d:Document)
     RETURN e.sentence AS sentence, e.original AS original, e.start AS start, e.end AS end, e.rule AS rule,
            d.id AS docId, d.title AS title, d.source AS source, toString(d.publishedAt) AS publishedAt, d.path AS path
     ORDER BY d.publishedAt, d.id, e.start LIMIT $limit`,
    { key, limit: int(opts.maxRows + 1) },
  );
  const first = head[0];
  return {
    edge: first === undefined ? null : toEdge(first['e']),
    source: first === undefined ? null : toNode(first['s']),
    target: first === undefined ? null : toNode(first['t']),
    evidence: rows.slice(0, opts.maxRows).map((r) => ({
      sentence: str(r['sentence']),
      original: strOrNull(r['original']),
      start: numOrNull(r['start']) ?? 0,
      end: numOrNull(r['end']) ?? 0,
      rule: str(r['rule']),
      document: { id: str(r['docId']), title: str(r['title']), source: strOrNull(r['source']), publishedAt: strOrNull(r['publishedAt']), path: str(r['path']) },
    })),
    truncated: rows.length > opts.maxRows,
  };
}

/** The shortest chain of ontology relations between two entities, in either direction (at most 8 hops). */
export async function shortestPath(opts: ExploreOptions, from: string, to: string): Promise<Subgraph & { found: boolean }> {
  const rows = await read(
    opts,
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH route = shortestPath((a)-[:${REL}*..8]-(b))
     RETURN [n IN nodes(route) | ${NODE_MAP('n')}] AS nodes,
            [r IN relationships(route) | ${EDGE_MAP('r', 'startNode(r)', 'endNode(r)')}] AS edges`,
    { from, to },
  );
  const row = rows[0];
  if (row === undefined) return { nodes: [], edges: [], truncated: false, found: false };
  const nodes = Array.isArray(row['nodes']) ? row['nodes'].map(toNode) : [];
  const edges = Array.isArray(row['edges']) ? row['edges'].map(toEdge) : [];
  return { nodes, edges, truncated: false, found: true };
}

export interface EntityDetail {
  node: VNode;
  /** Its place in the administrative hierarchy, nearest first (regions only). */
  within: string[];
  documents: { id: string; title: string; publishedAt: string | null; source: string | null }[];
}

export async function entityDetail(opts: ExploreOptions, id: string): Promise<EntityDetail | null> {
  const rows = await read(
    opts,
    `MATCH (n:Entity {id: $id})
     OPTIONAL MATCH chain = (n)-[:PART_OF*1..6]->(top:Region) WHERE NOT (top)-[:PART_OF]->()
     WITH n, chain ORDER BY length(chain) DESC LIMIT 1
     RETURN ${NODE_MAP('n')} AS n,
            CASE WHEN chain IS NULL THEN [] ELSE [x IN tail(nodes(chain)) | x.name] END AS within,
            COLLECT { MATCH (d:Document)-[:SUPPORTS]->(n)
                      RETURN {id: d.id, title: d.title, publishedAt: toString(d.publishedAt), source: d.source} AS doc
                      ORDER BY doc.publishedAt DESC LIMIT $limit } AS documents`,
    { id, limit: int(opts.maxRows) },
  );
  const row = rows[0];
  if (row === undefined) return null;
  const docs = Array.isArray(row['documents']) ? (row['documents'] as Rec[]) : [];
  return {
    node: toNode(row['n']),
    within: strs(row['within']),
    documents: docs.map((d) => ({ id: str(d['id']), title: str(d['title']), publishedAt: strOrNull(d['publishedAt']), source: strOrNull(d['source']) })),
  };
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  path: string;
  facts: number;
}

export async function listDocuments(opts: ExploreOptions): Promise<{ documents: DocumentSummary[]; truncated: boolean }> {
  const rows = await read(
    opts,
    `MATCH (d:Document)
     RETURN d.id AS id, d.title AS title, d.source AS source, toString(d.publishedAt) AS publishedAt, d.path AS path,
            COUNT { (:Evidence)-[:IN]->(d) } AS facts
     ORDER BY d.publishedAt DESC, d.title LIMIT $limit`,
    { limit: int(opts.maxRows + 1) },
  );
  return {
    documents: rows.slice(0, opts.maxRows).map((r) => ({
      id: str(r['id']),
      title: str(r['title']),
      source: strOrNull(r['source']),
      publishedAt: strOrNull(r['publishedAt']),
      path: str(r['path']),
      facts: numOrNull(r['facts']) ?? 0,
    })),
    truncated: rows.length > opts.maxRows,
  };
}

export interface DocumentFact {
  edge: VEdge;
  sourceName: string;
  targetName: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

export interface DocumentDetail extends Omit<DocumentSummary, 'facts'> {
  text: string;
  /** The entities the document mentions, with the names to highlight in its text. */
  entities: VNode[];
  facts: DocumentFact[];
}

export async function documentDetail(opts: ExploreOptions, id: string): Promise<DocumentDetail | null> {
  const head = await read(
    opts,
    `MATCH (d:Document {id: $id})
     RETURN d.id AS id, d.title AS title, d.source AS source, toString(d.publishedAt) AS publishedAt, d.path AS path, d.text AS text`,
    { id },
  );
  const d = head[0];
  if (d === undefined) return null;
  const ents = await read(opts, `MATCH (:Document {id: $id})-[:MENTIONS]->(n:Entity) RETURN ${NODE_MAP('n')} AS n LIMIT $limit`, {
    id,
    limit: int(opts.maxRows),
  });
  const facts = await read(
    opts,
    `MATCH (e:Evidence)-[:IN]->(:Document {id: $id})
     MATCH (s:Entity)-[r:${REL}]->(t:Entity) WHERE r.key = e.relKey
     RETURN ${EDGE_MAP('r', 's', 't')} AS edge, s.name AS sourceName, t.name AS targetName,
            e.sentence AS sentence, e.start AS start, e.end AS end, e.rule AS rule
     ORDER BY e.start LIMIT $limit`,
    { id, limit: int(opts.maxRows) },
  );
  return {
    id: str(d['id']),
    title: str(d['title']),
    source: strOrNull(d['source']),
    publishedAt: strOrNull(d['publishedAt']),
    path: str(d['path']),
    text: str(d['text']),
    facts: facts.map((f) => ({
      edge: toEdge(f['edge']),
      sourceName: str(f['sourceName']),
      targetName: str(f['targetName']),
      sentence: str(f['sentence']),
      start: numOrNull(f['start']) ?? 0,
      end: numOrNull(f['end']) ?? 0,
      rule: str(f['rule']),
    })),
    entities: ents.map((r) => toNode(r['n'])),
  };
}

export interface FilterValues {
  entityTypes: string[];
  relationTypes: string[];
  provinces: string[];
  documents: { id: string; title: string; publishedAt: string | null }[];
  dates: { min: string | null; max: string | null };
}

export async function filterValues(opts: ExploreOptions): Promise<FilterValues> {
  const provinces = await read(opts, "MATCH (p:Region {level: 'province'}) RETURN p.name AS name ORDER BY p.code, p.name LIMIT $limit", {
    limit: int(opts.maxRows),
  });
  const docs = await read(opts, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, toString(d.publishedAt) AS publishedAt ORDER BY d.publishedAt LIMIT $limit', {
    limit: int(opts.maxRows),
  });
  const dated = docs.map((r) => strOrNull(r['publishedAt'])).filter((x): x is string => x !== null).sort();
  return {
    entityTypes: [...ENTITY_TYPES],
    relationTypes: [...RELATION_TYPES],
    provinces: provinces.map((r) => str(r['name'])),
    documents: docs.map((r) => ({ id: str(r['id']), title: str(r['title']), publishedAt: strOrNull(r['publishedAt']) })),
    dates: { min: dated[0] ?? null, max: dated[dated.length - 1] ?? null },
  };
}

/** Labels, relationship types and property keys, for the Cypher editor's completion. */
export async function schemaNames(opts: ExploreOptions): Promise<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }> {
  const rows = await read(
    opts,
    `CALL db.labels() YIELD label WITH collect(label) AS labels
     CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types
     CALL db.propertyKeys() YIELD propertyKey RETURN labels, types, collect(propertyKey) AS keys`,
    {},
  );
  const r = rows[0] ?? {};
  return { labels: strs(r['labels']), relationshipTypes: strs(r['types']), propertyKeys: strs(r['keys']) };
}

export interface SearchEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  degree: number;
}

/** Every entity with its names and degree, for the in-memory search index; paged so memory stays bounded per call. */
export async function searchEntries(opts: ExploreOptions): Promise<SearchEntry[]> {
  const out: SearchEntry[] = [];
  const page = 20_000;
  for (let skip = 0; ; skip += page) {
    const rows = await read(
      opts,
      `MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, []) AS aliases,
              COUNT { (n)-[:${REL}]-() } AS degree ORDER BY n.id SKIP $skip LIMIT $page`,
      { skip: int(skip), page: int(page) },
    );
    for (const r of rows) out.push({ id: str(r['id']), name: str(r['name']), type: str(r['type']), aliases: strs(r['aliases']), degree: numOrNull(r['degree']) ?? 0 });
    if (rows.length < page) return out;
  }
}

/** Changes whenever a load finished or a document was removed, so the search index knows when to rebuild. */
export async function graphVersion(opts: ExploreOptions): Promise<string> {
  const rows = await read(opts, 'MATCH (d:Document) RETURN count(d) AS n, toString(max(d.loadedAt)) AS last', {});
  return `${JSON.stringify(rows[0]?.['n'] ?? 0)}|${str(rows[0]?.['last'])}`;
}


/** Named entities and the edges among them: what a copied link restores. */
export async function subgraph(opts: ExploreOptions, ids: string[]): Promise<Subgraph> {
  const capped = ids.slice(0, opts.maxRows);
  const rows = await read(opts, `MATCH (n:Entity) WHERE n.id IN $ids RETURN ${NODE_MAP('n')} AS n`, { ids: capped });
  const { edges, truncated } = await edgesAmong(opts, capped);
  return { nodes: rows.map((r) => toNode(r['n'])), edges, truncated: truncated || ids.length > capped.length };
}
