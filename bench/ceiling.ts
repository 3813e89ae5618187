// The practical ceiling for loading: the loader's own rows written with plain `UNWIND … CREATE` into an empty database
// with the loader's schema in place (both pay the same index upkeep), but no MERGE, no support, no mentions. What the
// loader takes beyond this is its price for being idempotent, incremental and exact about support.
import type { Driver } from 'neo4j-driver';
import { buildRows } from '../graph/write/load-rows.ts';
import { chunks, DEFAULT_BATCH_SIZE } from '../graph/write/write-documents.ts';
import { ENTITY_TYPES, RELATION_TYPES, type KnowledgeGraph } from '../schema/graph.ts';

/** The loader's rows carry their supporting documents; the ceiling writes no support. */
const withoutSupport = (row: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'docIds'));

export async function createOnly(driver: Driver, database: string, graph: KnowledgeGraph, batchSize = DEFAULT_BATCH_SIZE): Promise<void> {
  const rows = buildRows(graph, new Set(graph.documents.map((d) => d.id)));
  const session = driver.session({ database });
  try {
    const write = async (statement: string, list: Record<string, unknown>[]): Promise<void> => {
      for (const batch of chunks(list, batchSize)) await session.executeWrite((tx) => tx.run(statement, { rows: batch }));
    };
    await write('UNWIND $rows AS row CREATE (d:Document) SET d = row', rows.documents);
    for (const type of ENTITY_TYPES) {
      const list = (rows.entities.get(type) ?? []).map(withoutSupport);
      await write(`UNWIND $rows AS row CREATE (n:${type}:Entity) SET n = row`, list);
    }
    for (const type of RELATION_TYPES) {
      const list = (rows.relations.get(type) ?? []).map(withoutSupport);
      await write(
        `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target})
         CREATE (s)-[r:${type}]->(t) SET r.key = row.key, r.rule = row.rule, r.count = row.count`,
        list,
      );
    }
    await write('UNWIND $rows AS row MATCH (d:Document {id: row.docId}) CREATE (e:Evidence)-[:IN]->(d) SET e = row', rows.evidence);
  } finally {
    await session.close();
  }
}
