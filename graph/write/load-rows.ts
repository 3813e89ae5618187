// Rows for the loader: a graph cut down to the documents being loaded, each fact tagged with the documents among them
// that support it. The loader turns those tags into (:Document)-[:SUPPORTS]-> relationships, so a document's write
// touches its own facts and never a list that every other document also rewrites.
import { createHash } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import type { Document, EntityType, KnowledgeGraph as Graph, RelationType } from '../../schema/graph.ts';

export type Row = Record<string, unknown>;

export interface LoadRows {
  documents: Row[];
  /** Per entity: its properties and `docIds`, the loaded documents that support it. */
  entities: Map<EntityType, Row[]>;
  /** Per relationship: its properties and `docIds`, the loaded documents that support it. */
  relations: Map<RelationType, Row[]>;
  evidence: Row[];
  mentions: Row[];
}

/** The key that ties a relationship to its Evidence nodes and support; one relationship per (type, source, target). */
export function relationKey(type: RelationType, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

export function evidenceId(relKey: string, docId: string, start: number, end: number, rule: string): string {
  return createHash('sha1').update(`${relKey}\u0000${docId}\u0000${start}\u0000${end}\u0000${rule}`).digest('hex').slice(0, 32);
}

/** Integers as neo4j.int: a plain JS number would be stored as a float. */
export function num(n: number | undefined): Integer | number | null {
  if (n === undefined) return null;
  return Number.isInteger(n) ? neo4j.int(n) : n;
}

const addAll = (into: Set<string>, from: Iterable<string>): void => {
  for (const x of from) into.add(x);
};

interface EntityRow {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  code: string | null;
  level: string | null;
  count: Integer | number | null;
  docIds: Set<string>;
}

interface RelationRow {
  type: RelationType;
  key: string;
  source: string;
  target: string;
  rule: string;
  count: Integer | number | null;
  docIds: Set<string>;
}

/** Accumulates rows over slices, merging a fact that several slices give the way the database merges it. */
class RowSet {
  readonly entities = new Map<string, EntityRow>();
  readonly relations = new Map<string, RelationRow>();
  readonly evidence = new Map<string, Row>();
  readonly mentions = new Map<string, Row>();
  readonly documents: Row[] = [];

  entity(row: Omit<EntityRow, 'docIds'>, support: Iterable<string>): void {
    const known = this.entities.get(row.id);
    if (known === undefined) {
      this.entities.set(row.id, { ...row, aliases: [...row.aliases], docIds: new Set(support) });
      return;
    }
    for (const a of row.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
    known.count ??= row.count;
    addAll(known.docIds, support);
  }

  relation(row: Omit<RelationRow, 'docIds'>, support: Iterable<string>): void {
    const known = this.relations.get(row.key);
    if (known === undefined) {
      this.relations.set(row.key, { ...row, docIds: new Set(support) });
      return;
    }
    // A hierarchy edge some text also writes is credited to the text's rule, as the entity store does.
    if (known.rule === 'gazetteer' && row.rule !== 'gazetteer') known.rule = row.rule;
    known.count ??= row.count;
    addAll(known.docIds, support);
  }
}

/** One slice's support: a slice is a graph whose support is computed on its own (one document's graph, or a whole run). */
function addSlice(graph: Graph, load: ReadonlySet<string>, out: RowSet): void {
  const mentions = new Map<string, Set<string>>();
  const mention = (entity: string, doc: string): void => {
    let set = mentions.get(entity);
    if (set === undefined) mentions.set(entity, (set = new Set()));
    set.add(doc);
  };

  const relSupport: Set<string>[] = [];
  graph.relations.forEach((rel, i) => {
    const support = new Set<string>();
    relSupport[i] = support;
    if (rel.evidence.length === 0) return;
    const key = relationKey(rel.type, rel.source, rel.target);
    for (const ev of rel.evidence) {
      if (!load.has(ev.docId)) continue;
      support.add(ev.docId);
      mention(rel.source, ev.docId);
      mention(rel.target, ev.docId);
      const id = evidenceId(key, ev.docId, ev.start, ev.end, ev.rule);
      if (out.evidence.has(id)) continue;
      out.evidence.set(id, {
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
    out.entity(
      {
        type: entity.type,
        id: entity.id,
        name: entity.name,
        aliases: entity.aliases,
        code: entity.code ?? null,
        level: entity.level ?? null,
        count: num(entity.count),
      },
      support,
    );
  }

  graph.relations.forEach((rel, i) => {
    const support = relSupport[i];
    if (support === undefined || support.size === 0) return;
    const key = relationKey(rel.type, rel.source, rel.target);
    out.relation({ type: rel.type, key, source: rel.source, target: rel.target, rule: rel.rule, count: num(rel.count) }, support);
  });

  for (const [entityId, docs] of mentions) {
    for (const docId of docs) out.mentions.set(`${docId}\u0000${entityId}`, { docId, entityId });
  }
  for (const d of loadDocs) out.documents.push(documentRow(d));
}

/**
 * Rows for the documents in `load`. Given one graph, support is computed over the whole of it; given slices (one per
 * document, as `kg ingest` streams them), each document's support comes from its own graph alone, so how documents are
 * grouped into batches, runs or shards cannot change what supports what.
 */
export function buildRows(input: Graph | readonly Graph[], load: ReadonlySet<string>): LoadRows {
  const slices = Array.isArray(input) ? input : [input as Graph];
  const set = new RowSet();
  for (const slice of slices) addSlice(slice, load, set);

  const rows: LoadRows = { documents: set.documents, entities: new Map(), relations: new Map(), evidence: [...set.evidence.values()], mentions: [...set.mentions.values()] };
  for (const { type, docIds, aliases, ...rest } of set.entities.values()) {
    const list = rows.entities.get(type) ?? [];
    list.push({ ...rest, aliases, aliasText: aliases.join('\n'), docIds: [...docIds] });
    rows.entities.set(type, list);
  }
  for (const { type, docIds, ...rest } of set.relations.values()) {
    const list = rows.relations.get(type) ?? [];
    list.push({ ...rest, docIds: [...docIds] });
    rows.relations.set(type, list);
  }
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
