// The Neo4j schema the loader relies on: id constraints (which also back every MERGE), name indexes, full-text search.
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/graph.ts';

/** Every node label the loader writes; entity labels come from the schema enum, so a new type gets a constraint. */
export const NODE_LABELS = ['Document', 'Entity', ...ENTITY_TYPES, 'Evidence'] as const;

/** Full-text index over entity names and aliases; `cjk` indexes Han text as overlapping bigrams. */
export const ENTITY_FULLTEXT_INDEX = 'entity_names';
/** Full-text index over evidence sentences, so users can search what the reports say. */
export const EVIDENCE_FULLTEXT_INDEX = 'evidence_sentences';

const snake = (label: string): string => label.toLowerCase();

export function schemaStatements(): string[] {
  const statements: string[] = [];
  for (const label of NODE_LABELS) {
    statements.push(`CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  for (const type of RELATION_TYPES) {
    statements.push(`CREATE INDEX ${snake(type)}_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.key)`);
  }
  for (const label of ENTITY_TYPES) {
    statements.push(`CREATE INDEX ${snake(label)}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  statements.push(
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    'CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path)',
    // The key from a relationship to its evidence; see load-graph.ts for the model.
    'CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (n:Evidence) ON (n.relKey)',
    // The key from a relationship to its support, and to the relationship itself, for removal by key.
    'CREATE INDEX supports_edge_key IF NOT EXISTS FOR ()-[s:SUPPORTS_EDGE]-() ON (s.key)',
    // Full-text indexes take string properties only, hence `aliasText` beside the `aliases` list.
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_TYPES.join('|')}) ON EACH [n.name, n.aliasText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
    `CREATE FULLTEXT INDEX ${EVIDENCE_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Evidence) ON EACH [n.sentence] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
  );
  return statements;
}

/** Creates what is missing (all statements are IF NOT EXISTS) and waits until the indexes are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Schema commands cannot share a transaction with each other or with data writes: one each.
    for (const statement of schemaStatements()) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
