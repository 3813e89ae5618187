// Entity resolution: one node per real thing within and across documents, keyed by what the
// recognisers decided a mention names (a division code, an owner and a name …).
import type { Entity, Evidence, Relation, RelationType } from '../../schema/graph.ts';
import type { Mention } from '../extract/mentions/mention.ts';
import type { Division } from '../gazetteer/divisions.ts';

/** What the store reads of a mention; the rest (offsets, owners) is the recognisers' business. */
export type EntityRef = Pick<Mention, 'key' | 'type' | 'name' | 'aliases' | 'surface' | 'level' | 'division' | 'count'>;

/** Where a relation's sentences go when they are not to be held in memory (kg extract spools them to a file). */
export type EvidenceSink = (relationKey: string, evidence: Evidence) => void;

export class EntityStore {
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();
  /** Sentences already credited to a relation in the current document; keyed by document, so cleared after each. */
  private readonly evidenceSeen = new Set<string>();

  /** Without a sink, evidence is kept on the relations; with one, relations stay small and the sink keeps it. */
  constructor(private readonly evidenceSink?: EvidenceSink) {}

  add(m: EntityRef): string {
    // The key is the id: readable (Region:500109) and stable across runs.
    const id = m.key;
    const known = this.entities.get(id);
    if (known) {
      for (const a of [...m.aliases, m.surface]) if (a && a !== known.name && !known.aliases.includes(a)) known.aliases.push(a);
      return id;
    }
    const aliases = [...new Set([...m.aliases, m.surface])].filter((a) => a && a !== m.name);
    const entity: Entity = {
      id,
      type: m.type,
      name: m.name,
      aliases,
      ...(m.division ? { code: m.division.code } : {}),
      ...(m.level ? { level: m.level } : {}),
      ...(m.count !== undefined && m.type !== 'Group' ? { count: m.count } : {}),
    };
    this.entities.set(id, entity);
    if (m.division) this.addHierarchy(m.division);
    return id;
  }

  /** The gazetteer's chain up to the province, so a query can roll up; these edges carry no sentence. */
  private addHierarchy(d: Division): void {
    for (let child = d; child.parent; child = child.parent) {
      this.addDivision(child.parent);
      this.relate('PART_OF', `Region:${child.code}`, `Region:${child.parent.code}`, undefined, 'gazetteer', undefined);
    }
  }

  private addDivision(d: Division): void {
    const id = `Region:${d.code}`;
    if (this.entities.has(id)) return;
    this.entities.set(id, { id, type: 'Region', name: d.name, aliases: [...d.shortForms], code: d.code, level: d.level });
  }

  relate(type: RelationType, source: string, target: string, count: number | undefined, rule: string, evidence: Evidence | undefined): void {
    if (source === target) return;
    const key = `${type}|${source}|${target}`;
    const evidenceKey = evidence ? `${key}|${evidence.docId}|${evidence.start}` : undefined;
    const fresh = evidenceKey !== undefined && !this.evidenceSeen.has(evidenceKey);
    if (evidenceKey) this.evidenceSeen.add(evidenceKey);
    const known = this.relations.get(key);
    if (known) {
      if (known.count === undefined && count !== undefined) known.count = count;
      // A hierarchy edge the text also writes is credited to the text's rule.
      if (known.rule === 'gazetteer' && evidence) known.rule = rule;
      if (evidence && fresh) this.keep(known, key, evidence);
      return;
    }
    const relation: Relation = { type, source, target, rule, ...(count !== undefined ? { count } : {}), evidence: [] };
    this.relations.set(key, relation);
    if (evidence) this.keep(relation, key, evidence);
  }

  private keep(relation: Relation, key: string, evidence: Evidence): void {
    if (this.evidenceSink) this.evidenceSink(key, evidence);
    else relation.evidence.push(evidence);
  }

  /** A document's sentences never recur in another (documents are deduplicated by content), so forget them. */
  endDocument(): void {
    this.evidenceSeen.clear();
  }

  get size(): { entities: number; relations: number } {
    return { entities: this.entities.size, relations: this.relations.size };
  }

  snapshot(): { entities: Entity[]; relations: Relation[] } {
    return { entities: [...this.entities.values()], relations: [...this.relations.values()] };
  }
}
