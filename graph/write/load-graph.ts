// Writes a KnowledgeGraph into Neo4j: batched, idempotent, incremental per document, with provenance kept.
//
// The model in Neo4j (the head of docs/queries.cypher says the same for users):
//   (:Document {id, contentHash, path, title, source, publishedAt: date, script, encoding, text, complete, loadedAt})
//   (:Entity:Region|Group|Unit|Measure {id, type, name, aliases, aliasText, code, level, count})
//   (s)-[:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF {key, rule, count}]->(t)
//   (:Evidence {id, relKey, relType, source, target, docId, sentence, start, end, original, rule})-[:IN]->(:Document)
//   (:Document)-[:MENTIONS]->(:Entity)      an entity is an end of a relation the document gives a sentence for
//   (:Document)-[:SUPPORTS]->(:Entity)      the documents that support an entity
//   (:Document)-[:SUPPORTS_EDGE {key}]->(s) the documents that support the relationship with that key (s is its source)
// A relationship's evidence is the Evidence nodes whose relKey equals its key (indexed), so
//   MATCH (a)-[r:LAUNCHED]->(b) MATCH (e:Evidence {relKey: r.key}) RETURN e.sentence, e.rule
// and its documents are MATCH (d:Document)-[:SUPPORTS_EDGE {key: r.key}]->(). A region and the PART_OF edge above it
// are also supported by the documents that mention any region inside it. Removing a document deletes its support
// relationships and then what is left with none, so shared facts stay and facts only it gave disappear.
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { KnowledgeGraph, RELATION_TYPES, type KnowledgeGraph as Graph } from '../../schema/graph.ts';
import { planLoad, readLoadedDocuments, type PlanOptions } from './load-plan.ts';
import { buildRows, type LoadRows, type Row } from './load-rows.ts';
import { ensureSchema } from './schema.ts';
import { DEFAULT_BATCH_SIZE, writeDocuments, type LoadProgress } from './write-documents.ts';

export { planLoad, readLoadedDocuments, readLoadedFor, type LoadedDocument, type LoadPlan } from './load-plan.ts';
export { buildRows, evidenceId, relationKey, type LoadRows } from './load-rows.ts';
export { entityStatement, relationStatement } from './statements.ts';
export { DEFAULT_BATCH_SIZE, type LoadPhase, type LoadProgress } from './write-documents.ts';

export interface LoadOptions extends PlanOptions {
  database: string;
  /** Rows per UNWIND transaction; 1 gives one transaction per row (the benchmark's baseline). */
  batchSize?: number;
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

export function rowSummary(rows: LoadRows): Omit<LoadSummary, 'documents'> {
  const count = (m: Map<string, Row[]>): number => [...m.values()].reduce((n, l) => n + l.length, 0);
  return { entities: count(rows.entities), relations: count(rows.relations), evidence: rows.evidence.length, mentions: rows.mentions.length };
}

function parseGraph(input: unknown): Graph {
  const parsed = KnowledgeGraph.safeParse(input);
  if (parsed.success) return parsed.data;
  const shown = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  throw new Error(`the graph does not match the KnowledgeGraph schema: ${shown.join('; ')}${more}`);
}

/** One graph in one go (tests, the viewer's fixtures, the benchmark); `kg ingest` streams through ingest-stream.ts. */
export async function loadGraph(driver: Driver, input: Graph, opts: LoadOptions): Promise<LoadSummary> {
  const graph = opts.validate === false ? input : parseGraph(input);
  const { database } = opts;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);

  await ensureSchema(driver, database);
  const plan = planLoad(graph, await readLoadedDocuments(driver, database), opts);
  const rows = buildRows(graph, plan.load);
  await writeDocuments(driver, rows, [...plan.remove], { database, batchSize, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  return {
    documents: {
      loaded: plan.load.size,
      unchanged: plan.unchanged.size,
      removed: [...plan.remove].filter((id) => !plan.load.has(id)).length,
    },
    ...rowSummary(rows),
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
