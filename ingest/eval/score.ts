// Scores an extract output against gold files with the matching rules of shared/spec/ontology.md;
// it must agree with the reference scorer shared/tools/score.mjs count for count.
import path from 'node:path';
import {
  RELATION_TYPES,
  type Document,
  type Entity,
  type EntityType,
  type Evidence,
  type Relation,
  type RelationType,
} from '../../schema/graph.ts';
import type { GoldEntity, GoldFile, GoldRelation } from './gold.ts';

/** The parts of an extract output that scoring reads; every `KnowledgeGraph` is one. */
export interface ScorableGraph {
  documents: readonly Pick<Document, 'id' | 'path'>[];
  entities: readonly Pick<Entity, 'id' | 'name' | 'aliases'>[];
  relations: readonly (Pick<Relation, 'type' | 'source' | 'target'> & {
    evidence: readonly Pick<Evidence, 'docId'>[];
  })[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreError {
  kind: 'FP' | 'FN';
  /** the gold file's `doc`, i.e. the document's file name */
  doc: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface ScoreOptions {
  types?: readonly RelationType[];
}

export interface ScoreResult {
  /** one entry per scored relation type, zeros included */
  perType: Partial<Record<RelationType, TypeScore>>;
  overall: TypeScore;
  /** FPs then FNs of each gold file, gold files in the order given */
  errors: ScoreError[];
}

type NamedEntity = ScorableGraph['entities'][number];

interface Prediction {
  type: RelationType;
  // Absent when the relation points at an entity id the graph does not define: it then matches nothing.
  source: NamedEntity | undefined;
  target: NamedEntity | undefined;
}

// ---------------------------------------------------------------------------------------------
// Surface forms

/** Quotes, brackets, white space and the punctuation that writers put in or around names. */
const IGNORED_CHARACTERS = /[“”"'‘’《》〈〉「」『』()（）[\]【】\s·・、,，。:：;；]/g;

function stripName(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(IGNORED_CHARACTERS, '').toLowerCase();
}

/** Ethnic-group names inside autonomous-area names: 黔南布依族苗族自治州 and 黔南州 share a stem. */
const ETHNIC_GROUPS = [
  '维吾尔', '壮族', '回族', '藏族', '彝族', '布依族', '苗族', '侗族', '土家族', '哈萨克',
  '蒙古族', '朝鲜族', '傣族', '白族', '哈尼族', '黎族', '傈僳族', '羌族', '满族',
];
// The first alternative that fits at the leftmost position wins, so longer suffixes come first
// (自治州 before 州, 地区 before 区).
const ADMINISTRATIVE_SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区',
  '省', '市', '区', '县', '州', '盟', '旗', '镇', '乡', '街道', '社区', '村',
];
const ETHNIC_GROUP_RUN = new RegExp(`(${ETHNIC_GROUPS.join('|')})+`, 'g');
const ADMINISTRATIVE_SUFFIX = new RegExp(`(${ADMINISTRATIVE_SUFFIXES.join('|')})$`);

/** 重庆市 → 重庆, 黔南布依族苗族自治州 → 黔南, 四川省凉山彝族自治州 → 四川省凉山. */
function regionStem(name: string): string {
  return stripName(name).replace(ETHNIC_GROUP_RUN, '').replace(ADMINISTRATIVE_SUFFIX, '');
}

// A qualified name ends with its short form (四川省凉山 ~ 凉山), hence endsWith rather than includes.
function regionStemsMatch(a: string, b: string): boolean {
  const x = regionStem(a);
  const y = regionStem(b);
  if (!x || !y) return false;
  if (x === y) return true;
  return x.length >= 2 && y.length >= 2 && (x.endsWith(y) || y.endsWith(x));
}

const MIN_CONTAINED_LENGTH = 2;
const MIN_CONTAINED_SHARE = 0.4;

// Lenient enough for a measure named with or without its count or qualifier, strict enough that
// a two-character head noun (方案) does not match every plan.
function oneContainsTheOther(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    short.length >= MIN_CONTAINED_LENGTH && long.includes(short) && short.length / long.length >= MIN_CONTAINED_SHARE
  );
}

/** Whether two surface forms name the same thing of the given type, by the gold matching rules. */
export function namesMatch(type: EntityType, a: string, b: string): boolean {
  const x = stripName(a);
  const y = stripName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (type === 'Region' && regionStemsMatch(a, b)) return true;
  return oneContainsTheOther(x, y);
}

function namesOf(entity: NamedEntity | undefined): string[] {
  return entity ? [entity.name, ...entity.aliases] : [];
}

function entityMatches(gold: GoldEntity, predicted: NamedEntity | undefined): boolean {
  const goldNames = [gold.name, ...(gold.aliases ?? [])];
  return namesOf(predicted).some((p) => goldNames.some((g) => namesMatch(gold.type, g, p)));
}

function relationMatches(gold: GoldRelation, predicted: Prediction): boolean {
  return (
    gold.type === predicted.type &&
    entityMatches(gold.source, predicted.source) &&
    entityMatches(gold.target, predicted.target)
  );
}

// ---------------------------------------------------------------------------------------------
// Predictions per document

function dedupKey(p: Prediction): string {
  return `${p.type}|${stripName(p.source?.name)}|${stripName(p.target?.name)}`;
}

/**
 * Predicted relations grouped by document file name. A relation counts once in every document
 * its evidence cites; within a document, repeats of (type, source, target) count once, the
 * first one kept, as the gold is annotated.
 */
function predictionsByDocument(graph: ScorableGraph, types: ReadonlySet<RelationType>): Map<string, Prediction[]> {
  const fileNameOf = new Map(graph.documents.map((d) => [d.id, path.basename(d.path)]));
  const entityById = new Map(graph.entities.map((e) => [e.id, e]));
  const byDocument = new Map<string, Map<string, Prediction>>();
  for (const relation of graph.relations) {
    if (!types.has(relation.type)) continue;
    const prediction: Prediction = {
      type: relation.type,
      source: entityById.get(relation.source),
      target: entityById.get(relation.target),
    };
    const key = dedupKey(prediction);
    for (const docId of new Set(relation.evidence.map((e) => e.docId))) {
      const fileName = fileNameOf.get(docId);
      if (fileName === undefined) continue;
      const predictions = byDocument.get(fileName) ?? new Map<string, Prediction>();
      byDocument.set(fileName, predictions);
      if (!predictions.has(key)) predictions.set(key, prediction);
    }
  }
  return new Map([...byDocument].map(([fileName, predictions]) => [fileName, [...predictions.values()]]));
}

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * Maximum bipartite matching by augmenting paths (Kuhn): a lenient match of one prediction must
 * not take the gold relation that another prediction matches more closely.
 * `candidates[i]` lists the gold indices prediction i matches; returns gold index → prediction index.
 */
export function maximumMatching(candidates: readonly (readonly number[])[]): Map<number, number> {
  const owner = new Map<number, number>();
  const augment = (prediction: number, visited: Set<number>): boolean =>
    (candidates[prediction] ?? []).some((gold) => {
      if (visited.has(gold)) return false;
      visited.add(gold);
      const current = owner.get(gold);
      if (current !== undefined && !augment(current, visited)) return false;
      owner.set(gold, prediction);
      return true;
    });
  candidates.forEach((_, prediction) => augment(prediction, new Set()));
  return owner;
}

interface DocumentOutcome {
  truePositives: Prediction[];
  falsePositives: Prediction[];
  falseNegatives: GoldRelation[];
}

function scoreDocument(gold: readonly GoldRelation[], predictions: readonly Prediction[]): DocumentOutcome {
  const candidates = predictions.map((p) => gold.flatMap((g, k) => (relationMatches(g, p) ? [k] : [])));
  const owner = maximumMatching(candidates);
  const matchedPredictions = new Set(owner.values());
  return {
    truePositives: predictions.filter((_, i) => matchedPredictions.has(i)),
    // A prediction that matches a gold relation another prediction already took is a repeat, not an error.
    falsePositives: predictions.filter((_, i) => !matchedPredictions.has(i) && candidates[i]?.length === 0),
    falseNegatives: gold.filter((_, k) => !owner.has(k)),
  };
}

// ---------------------------------------------------------------------------------------------
// Totals

function withRates(counts: Counts): TypeScore {
  const { tp, fp, fn } = counts;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreExtraction(
  graph: ScorableGraph,
  gold: readonly GoldFile[],
  opts: ScoreOptions = {},
): ScoreResult {
  const types = new Set(opts.types ?? RELATION_TYPES);
  const counts = new Map<RelationType, Counts>([...types].sort().map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const count = (type: RelationType, field: keyof Counts): void => {
    const c = counts.get(type);
    if (c) c[field] += 1;
  };
  const errors: ScoreError[] = [];
  const predictions = predictionsByDocument(graph, types);

  for (const file of gold) {
    const goldRelations = file.relations.filter((r) => types.has(r.type));
    const outcome = scoreDocument(goldRelations, predictions.get(file.doc) ?? []);
    for (const p of outcome.truePositives) count(p.type, 'tp');
    for (const p of outcome.falsePositives) {
      count(p.type, 'fp');
      errors.push({ kind: 'FP', doc: file.doc, type: p.type, source: p.source?.name ?? '', target: p.target?.name ?? '' });
    }
    for (const g of outcome.falseNegatives) {
      count(g.type, 'fn');
      errors.push({ kind: 'FN', doc: file.doc, type: g.type, source: g.source.name, target: g.target.name });
    }
  }

  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return {
    perType: Object.fromEntries([...counts].map(([type, c]) => [type, withRates(c)])),
    overall: withRates(total),
    errors,
  };
}
