// Writes a KnowledgeGraph into Neo4j: batched, idempotent, incremental per document, with provenance kept.
//
// The model in Neo4j (the head of docs/queries.cypher says the same for users):
//   (:Document {id, contentHash, path, title, source, publishedAt: date, script, encoding, text, complete, loadedAt})
//   (:Entity:Region|Group|Unit|Measure {id, type, name, aliases, aliasText, code, level, count, docIds})
//   (s)-[:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF {key, rule, count, docIds}]->(t)
//   (:Evidence {id, relKey, relType, source, target, docId, sentence, start, end, original, rule})-[:IN]->(:Document)
//   (:Document)-[:MENTIONS]->(:Entity)      an entity is an end of a relation the document gives a sentence for
// A relationship's evidence is the Evidence nodes whose relKey equals its key (indexed), so
//   MATCH (a)-[r:LAUNCHED]->(b) MATCH (e:Evidence {relKey: r.key}) RETURN e.sentence, e.rule
// `docIds` on entities and relationships lists the documents that support them; a region and the PART_OF edge
// above it are also supported by the documents that mention any region inside it. Removing a document takes its id out
// of every `docIds` and deletes what is left with none, so shared facts stay and facts only it gave disappear.
import { createHash } from 'node:crypto';
import neo4j, { type Driver, type Integer, type ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  KnowledgeGraph,
  RELATION_TYPES,
  type Document,
  type EntityType,
  type KnowledgeGraph as Graph,
  type RelationType,
} from '../../schema/graph.ts';
import { ensureSchema } from './schema.ts';

export type LoadPhase = 'remove' | 'documents' | 'entities' | 'relations' | 'evidence' | 'mentions';

export interface LoadProgress {
  phase: LoadPhase;
  /** Rows written so far over all phases. */
  done: number;
  total: number;
}

export interface LoadOptions {
  database: string;
  /** Rows per UNWIND transaction; 1 gives one transaction per row (the benchmark's baseline). */
  batchSize?: number;
  /** Reload documents even when their content hash is already loaded (e.g. after the extractor changed). */
  force?: boolean;
  /** Loaded documents absent from this graph whose path this accepts are removed, with their contribution. */
  removeMissing?: (path: string) => boolean;
  onProgress?: (progress: LoadProgress) => void;
  /** Check the graph against the zod contract first; default true. */
  validate?: boolean;
}

export interface LoadSummary {
  documents: { loaded: number; unchanged: number; removed: number };
  /** Rows written this run (a MERGE that matched counts too). */
  entities: number;
  relations: number;
  evidence: number;
  mentions: number;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Documents carry their text: their batches also stop at this many characters. */
const MAX_TEXT_PER_BATCH = 4_000_000;

/** The key that ties a relationship to its Evidence nodes; one relationship per (type, source, target). */
export function relationKey(type: RelationType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

export function evidenceId(relKey: string, docId: string, start: number, end: number, rule: string): string {
  return createHash('sha1').update(`${relKey}\u0000${docId}\u0000${start}\u0000${end}\u0000${rule}`).digest('hex').slice(0, 32);
}

// ---------------------------------------------------------------------------------------------------------------
// Planning: which documents to load, skip or remove. Pure, so it is tested without a database.

export interface LoadedDocument {
  id: string;
  path: string;
  complete: boolean;
}

export interface LoadPlan {
  load: Set<string>;
  unchanged: Set<string>;
  /** Loaded documents whose contribution is removed first: changed at the same path, gone, or being reloaded. */
  remove: Set<string>;
}

export function planLoad(graph: Graph, loaded: LoadedDocument[], opts: Pick<LoadOptions, 'force' | 'removeMissing'>): LoadPlan {
  const byId = new Map(loaded.map((d) => [d.id, d]));
  const inputIds = new Set(graph.documents.map((d) => d.id));
  const inputPaths = new Set(graph.documents.map((d) => d.path));
  const plan: LoadPlan = { load: new Set(), unchanged: new Set(), remove: new Set() };
  for (const doc of graph.documents) {
    const old = byId.get(doc.id);
    if (old?.complete === true && opts.force !== true) {
      plan.unchanged.add(doc.id);
    } else {
      plan.load.add(doc.id);
      // A half-written earlier load (crash between batches) or a forced reload starts from a clean slate.
      if (old !== undefined) plan.remove.add(doc.id);
    }
  }
  for (const old of loaded) {
    if (inputIds.has(old.id)) continue;
    if (inputPaths.has(old.path) || opts.removeMissing?.(old.path) === true) plan.remove.add(old.id);
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows: the graph cut down to the documents being loaded, each fact tagged with the documents that support it.

type Row = Record<string, unknown>;

export interface LoadRows {
  documents: Row[];
  entities: Map<EntityType, Row[]>;
  relations: Map<RelationType, Row[]>;
  evidence: Row[];
  mentions: Row[];
}

/** Integers as neo4j.int: a plain JS number would be stored as a float. */
function num(n: number | undefined): Integer | number | null {
  if (n === undefined) return null;
  return Number.isInteger(n) ? neo4j.int(n) : n;
}

const addAll = (into: Set<string>, from: Iterable<string>): void => {
  for (const x of from) into.add(x);
};

export function buildRows(graph: Graph, load: ReadonlySet<string>): LoadRows {
  const mentions = new Map<string, Set<string>>();
  const mention = (entity: string, doc: string): void => {
    let set = mentions.get(entity);
    if (set === undefined) mentions.set(entity, (set = new Set()));
    set.add(doc);
  };

  const rows: LoadRows = { documents: [], entities: new Map(), relations: new Map(), evidence: [], mentions: [] };
  const relSupport: Set<string>[] = [];

  graph.relations.forEach((rel, i) => {
    const support = new Set<string>();
    relSupport[i] = support;
    if (rel.evidence.length === 0) return;
    const key = relationKey(rel.type, rel.source, rel.target);
    const seen = new Set<string>();
    for (const ev of rel.evidence) {
      if (!load.has(ev.docId)) continue;
      support.add(ev.docId);
      mention(rel.source, ev.docId);
      mention(rel.target, ev.docId);
      const id = evidenceId(key, ev.docId, ev.start, ev.end, ev.rule);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.evidence.push({
        id,
        relKey: key,
        relType: rel.type,
        source: rel.source,
        target: rel.target,
        docId: ev.docId,
        sentence: ev.sentence,
        start: num(ev.start),
        end: num(ev.end),
        original: ev.original ?? null,
        rule: ev.rule,
      });
    }
  });

  // A region is supported by every document that mentions it or any region inside it, and so is the PART_OF edge
  // above it, whether that edge comes from the gazetteer or is also written out in some document. Following every
  // PART_OF edge, not only sentence-less ones, keeps support the same whether documents are loaded together or
  // one run at a time (a run without the writing document still has the gazetteer's edge).
  const children = new Map<string, string[]>();
  for (const rel of graph.relations) {
    if (rel.type !== 'PART_OF') continue;
    const list = children.get(rel.target) ?? [];
    list.push(rel.source);
    children.set(rel.target, list);
  }
  const entitySupport = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const supportOf = (entity: string): Set<string> => {
    const known = entitySupport.get(entity);
    if (known !== undefined) return known;
    const support = new Set(mentions.get(entity) ?? []);
    if (visiting.has(entity)) return support; // a cycle in bad input must not recurse forever
    visiting.add(entity);
    for (const child of children.get(entity) ?? []) addAll(support, supportOf(child));
    visiting.delete(entity);
    entitySupport.set(entity, support);
    return support;
  };
  graph.relations.forEach((rel, i) => {
    const support = relSupport[i];
    if (rel.type === 'PART_OF' && support !== undefined) addAll(support, supportOf(rel.source));
  });

  const loadDocs = graph.documents.filter((d) => load.has(d.id));
  const related = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
  for (const entity of graph.entities) {
    let support = supportOf(entity.id);
    if (support.size === 0 && !related.has(entity.id)) {
      // An entity in no relation has no sentence; tie it to the loaded documents that name it, else to all of them.
      const names = [entity.name, ...entity.aliases];
      const naming = loadDocs.filter((d) => names.some((n) => d.text.includes(n)));
      support = new Set((naming.length > 0 ? naming : loadDocs).map((d) => d.id));
    }
    if (support.size === 0) continue; // only unchanged documents support it: already in the graph
    const list = rows.entities.get(entity.type) ?? [];
    list.push({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      aliasText: entity.aliases.join('\n'),
      code: entity.code ?? null,
      level: entity.level ?? null,
      count: num(entity.count),
      docIds: [...support],
    });
    rows.entities.set(entity.type, list);
  }

  const seenRel = new Set<string>();
  graph.relations.forEach((rel, i) => {
    const support = relSupport[i];
    if (support === undefined || support.size === 0) return;
    const key = relationKey(rel.type, rel.source, rel.target);
    if (seenRel.has(key)) return;
    seenRel.add(key);
    const list = rows.relations.get(rel.type) ?? [];
    list.push({ key, source: rel.source, target: rel.target, rule: rel.rule, count: num(rel.count), docIds: [...support] });
    rows.relations.set(rel.type, list);
  });

  for (const [entityId, docs] of mentions) {
    for (const docId of docs) rows.mentions.push({ docId, entityId });
  }
  rows.documents = loadDocs.map(documentRow);
  return rows;
}

function documentRow(d: Document): Row {
  return {
    id: d.id,
    path: d.path,
    title: d.title,
    source: d.source ?? null,
    publishedAt: d.publishedAt ?? null,
    script: d.script,
    encoding: d.encoding,
    text: d.text,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Statements. Labels and relationship types cannot be parameters, so they come from the schema enums only.

function entityLabel(type: string): EntityType {
  const found = ENTITY_TYPES.find((t) => t === type);
  if (found === undefined) throw new Error(`not an entity type: ${type}`);
  return found;
}

function relationType(type: string): RelationType {
  const found = RELATION_TYPES.find((t) => t === type);
  if (found === undefined) throw new Error(`not a relation type: ${type}`);
  return found;
}

// Appends the ids a row brings without repeating any, so a retried or repeated write changes nothing.
const UNION_DOC_IDS = (v: string) => `coalesce(${v}.docIds, []) + [x IN row.docIds WHERE NOT x IN coalesce(${v}.docIds, [])]`;

const DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.contentHash = row.id, d.path = row.path, d.title = row.title, d.source = row.source,
    d.publishedAt = date(row.publishedAt), d.script = row.script, d.encoding = row.encoding, d.text = row.text,
    d.complete = false`;

export function entityStatement(type: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (n:${entityLabel(type)} {id: row.id})
SET n:Entity, n.type = '${type}', n.name = row.name, n.aliases = row.aliases, n.aliasText = row.aliasText,
    n.code = row.code, n.level = row.level, n.count = row.count, n.docIds = ${UNION_DOC_IDS('n')}`;
}

export function relationStatement(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${relationType(type)}]->(t)
ON CREATE SET r.rule = row.rule
SET r.key = row.key, r.count = coalesce(row.count, r.count), r.docIds = ${UNION_DOC_IDS('r')}`;
}

const EVIDENCE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MERGE (e:Evidence {id: row.id})
SET e.relKey = row.relKey, e.relType = row.relType, e.source = row.source, e.target = row.target,
    e.docId = row.docId, e.sentence = row.sentence, e.start = row.start, e.end = row.end,
    e.original = row.original, e.rule = row.rule
MERGE (e)-[:IN]->(d)`;

const MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (n:Entity {id: row.entityId})
MERGE (d)-[:MENTIONS]->(n)`;

// Only now is a document "loaded": a crash before this leaves it incomplete, and the next load redoes it.
const COMPLETE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.complete = true, d.loadedAt = datetime()`;

// Relationships are reached from the entities the documents support: a fact's ends carry every id the fact does.
const REMOVE = [
  `UNWIND $ids AS id
   MATCH (:Document {id: id})<-[:IN]-(e:Evidence)
   DETACH DELETE e`,
  `MATCH (n:Entity) WHERE any(x IN n.docIds WHERE x IN $ids)
   MATCH (n)-[r]->(:Entity) WHERE any(x IN r.docIds WHERE x IN $ids)
   WITH DISTINCT r
   SET r.docIds = [x IN r.docIds WHERE NOT x IN $ids]
   WITH r WHERE size(r.docIds) = 0
   DELETE r`,
  `MATCH (n:Entity) WHERE any(x IN n.docIds WHERE x IN $ids)
   SET n.docIds = [x IN n.docIds WHERE NOT x IN $ids]
   WITH n WHERE size(n.docIds) = 0
   DETACH DELETE n`,
  `UNWIND $ids AS id
   MATCH (d:Document {id: id})
   DETACH DELETE d`,
];

// ---------------------------------------------------------------------------------------------------------------

function chunks<T>(items: T[], size: number, weight?: (item: T) => number, maxWeight = Infinity): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = weight?.(item) ?? 0;
    if (current.length > 0 && (current.length >= size || load + w > maxWeight)) {
      out.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

const textLength = (row: Row): number => (typeof row['text'] === 'string' ? row['text'].length : 0);

export async function readLoadedDocuments(driver: Driver, database: string): Promise<LoadedDocument[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run<{ id: string; path: string; complete: boolean | null }>(
        'MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.complete AS complete',
      ),
    );
    return result.records.map((r) => ({ id: r.get('id'), path: r.get('path'), complete: r.get('complete') === true }));
  } finally {
    await session.close();
  }
}

function parseGraph(input: unknown): Graph {
  const parsed = KnowledgeGraph.safeParse(input);
  if (parsed.success) return parsed.data;
  const shown = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  throw new Error(`the graph does not match the KnowledgeGraph schema: ${shown.join('; ')}${more}`);
}

export async function loadGraph(driver: Driver, input: Graph, opts: LoadOptions): Promise<LoadSummary> {
  const graph = opts.validate === false ? input : parseGraph(input);
  const { database } = opts;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);

  await ensureSchema(driver, database);
  const plan = planLoad(graph, await readLoadedDocuments(driver, database), opts);
  const rows = buildRows(graph, plan.load);
  const removeIds = [...plan.remove];

  const steps: { phase: LoadPhase; statement: string; rows: Row[] }[] = [
    { phase: 'documents', statement: DOCUMENTS, rows: rows.documents },
    ...[...rows.entities].map(([type, list]) => ({ phase: 'entities' as const, statement: entityStatement(type), rows: list })),
    ...[...rows.relations].map(([type, list]) => ({ phase: 'relations' as const, statement: relationStatement(type), rows: list })),
    { phase: 'evidence', statement: EVIDENCE, rows: rows.evidence },
    { phase: 'mentions', statement: MENTIONS, rows: rows.mentions },
  ];
  const total = removeIds.length + steps.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  const report = (phase: LoadPhase, n: number): void => {
    done += n;
    opts.onProgress?.({ phase, done, total });
  };

  const session = driver.session({ database });
  try {
    // Removal first, a few documents per transaction: each can touch many nodes.
    for (const ids of chunks(removeIds, Math.max(1, Math.min(100, Math.floor(batchSize / 20))))) {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (const statement of REMOVE) await tx.run(statement, { ids });
      });
      report('remove', ids.length);
    }
    for (const step of steps) {
      for (const batch of chunks(step.rows, batchSize, textLength, MAX_TEXT_PER_BATCH)) {
        await session.executeWrite((tx) => tx.run(step.statement, { rows: batch }));
        report(step.phase, batch.length);
      }
    }
    for (const batch of chunks(rows.documents, batchSize)) {
      await session.executeWrite((tx) => tx.run(COMPLETE, { rows: batch }));
    }
  } finally {
    await session.close();
  }

  const count = (m: Map<string, Row[]>): number => [...m.values()].reduce((n, l) => n + l.length, 0);
  return {
    documents: {
      loaded: plan.load.size,
      unchanged: plan.unchanged.size,
      removed: [...plan.remove].filter((id) => !plan.load.has(id)).length,
    },
    entities: count(rows.entities),
    relations: count(rows.relations),
    evidence: rows.evidence.length,
    mentions: rows.mentions.length,
  };
}

export interface GraphCounts {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
}

/** What the database holds now; relations are the ontology's four types only (not IN / MENTIONS). */
export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run<{ documents: Integer; entities: Integer; relations: Integer; evidence: Integer }>(`
        CALL { MATCH (d:Document) RETURN count(d) AS documents }
        CALL { MATCH (n:Entity) RETURN count(n) AS entities }
        CALL { MATCH ()-[r:${RELATION_TYPES.join('|')}]->() RETURN count(r) AS relations }
        CALL { MATCH (e:Evidence) RETURN count(e) AS evidence }
        RETURN documents, entities, relations, evidence`),
    );
    const record = result.records[0];
    if (record === undefined) throw new Error('count query returned no row');
    return {
      documents: record.get('documents').toNumber(),
      entities: record.get('entities').toNumber(),
      relations: record.get('relations').toNumber(),
      evidence: record.get('evidence').toNumber(),
    };
  } finally {
    await session.close();
  }
}
