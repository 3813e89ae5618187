// The loader's Cypher. Labels and relationship types cannot be parameters, so they come from the schema enums only.
//
// Support is stored as relationships a document owns: (:Document)-[:SUPPORTS]->(:Entity) for an entity and
// (:Document)-[:SUPPORTS_EDGE {key}]->(source entity) for a relationship (a relationship cannot end at a relationship,
// so the edge's key says which one). Loading a document creates its own few of them; removing it deletes them and
// then whatever they alone held up. Neither walks nor rewrites anything the rest of the corpus shares, so a
// document's write cost does not grow with the number of documents that mention 重庆市.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../schema/graph.ts';

function entityLabel(type: string): EntityType {
  const found = ENTITY_TYPES.find((t) => t === type);
  if (found === undefined) throw new Error(`not an entity type: ${type}`);
  return found;
}

export function relationType(type: string): RelationType {
  const found = RELATION_TYPES.find((t) => t === type);
  if (found === undefined) throw new Error(`not a relation type: ${type}`);
  return found;
}

/** The type a relation key starts with (see relationKey). */
export function typeOfKey(key: string): RelationType {
  return relationType(key.slice(0, key.indexOf('|')));
}

// Written only when something changes: a no-op SET still takes the node's write lock, and hub nodes are shared by
// every concurrent writer.
const WHEN = (cond: string, set: string): string => `FOREACH (_ IN CASE WHEN ${cond} THEN [1] ELSE [] END | SET ${set})`;

export const DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.contentHash = row.id, d.path = row.path, d.title = row.title, d.source = row.source,
    d.publishedAt = date(row.publishedAt), d.script = row.script, d.encoding = row.encoding, d.text = row.text,
    d.complete = false`;

/** Aliases are a union over documents and first values win, so the result does not depend on load order. */
export function entityStatement(type: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (n:${entityLabel(type)} {id: row.id})
ON CREATE SET n:Entity, n.type = '${type}', n.name = row.name, n.aliases = row.aliases, n.aliasText = row.aliasText,
              n.code = row.code, n.level = row.level, n.count = row.count
WITH n, row, [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] AS fresh
${WHEN('size(fresh) > 0', `n.aliases = coalesce(n.aliases, []) + fresh,
  n.aliasText = reduce(s = '', a IN coalesce(n.aliases, []) + fresh | CASE s WHEN '' THEN a ELSE s + '\\n' + a END)`)}
${WHEN('n.code IS NULL AND row.code IS NOT NULL', 'n.code = row.code')}
${WHEN('n.level IS NULL AND row.level IS NOT NULL', 'n.level = row.level')}
${WHEN('n.count IS NULL AND row.count IS NOT NULL', 'n.count = row.count')}
WITH n, row
UNWIND row.docIds AS docId
MATCH (d:Document {id: docId})
MERGE (d)-[:SUPPORTS]->(n)`;
}

/**
 * The support comes first: creating it locks the source node, which a concurrent removal locks before it decides an
 * edge has no support left, so the two cannot both miss each other (see REMOVE_EDGES).
 */
export function relationStatement(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, row) {
  UNWIND row.docIds AS docId
  MATCH (d:Document {id: docId})
  MERGE (d)-[:SUPPORTS_EDGE {key: row.key}]->(s)
}
MERGE (s)-[r:${relationType(type)}]->(t)
ON CREATE SET r.key = row.key, r.rule = row.rule, r.count = row.count
WITH r, row
${WHEN("r.rule = 'gazetteer' AND row.rule <> 'gazetteer'", 'r.rule = row.rule')}
${WHEN('r.count IS NULL AND row.count IS NOT NULL', 'r.count = row.count')}`;
}

export const EVIDENCE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MERGE (e:Evidence {id: row.id})
SET e.relKey = row.relKey, e.relType = row.relType, e.source = row.source, e.target = row.target,
    e.docId = row.docId, e.sentence = row.sentence, e.start = row.start, e.end = row.end,
    e.original = row.original, e.rule = row.rule
MERGE (e)-[:IN]->(d)`;

export const MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (n:Entity {id: row.entityId})
MERGE (d)-[:MENTIONS]->(n)`;

// Only now is a document "loaded": a crash before this leaves it incomplete, and the next load redoes it.
export const COMPLETE = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.complete = true, d.loadedAt = datetime()`;

// ---------------------------------------------------------------------------------------------------------------
// Removal: exactly a document's contribution, found from the document itself.

export const REMOVE_EVIDENCE = `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:IN]-(e:Evidence)
DETACH DELETE e`;

/** Deletes the documents' edge support and returns the keys it was on. */
export const REMOVE_EDGE_SUPPORT = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[s:SUPPORTS_EDGE]->()
WITH s, s.key AS key
DELETE s
RETURN DISTINCT key`;

/**
 * Edges of one type whose support is gone. `SET … REMOVE` takes the source node's write lock before the check: a
 * concurrent load adding support to the same edge holds that lock until it commits, and is then seen.
 */
export function removeEdgesStatement(type: RelationType): string {
  return `
UNWIND $keys AS key
MATCH (s)-[r:${relationType(type)} {key: key}]->()
SET s.\`_lock\` = true REMOVE s.\`_lock\`
WITH r, key WHERE NOT EXISTS { MATCH ()-[o:SUPPORTS_EDGE]->() WHERE o.key = key }
DELETE r`;
}

export const REMOVE_ENTITY_SUPPORT = `
UNWIND $ids AS id
MATCH (:Document {id: id})-[s:SUPPORTS]->(n)
DELETE s
WITH DISTINCT n
SET n.\`_lock\` = true REMOVE n.\`_lock\`
WITH n WHERE NOT EXISTS { (n)<-[:SUPPORTS]-() }
DETACH DELETE n`;

export const REMOVE_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d`;
