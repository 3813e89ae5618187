// Extraction quality on the dev gold: the floors the ingest issue sets, so quality cannot silently drop.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGoldDir } from '../../ingest/eval/gold.ts';
import { scoreExtraction, type ScoreResult } from '../../ingest/eval/score.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { KnowledgeGraph } from '../../schema/graph.ts';

const root = path.resolve(import.meta.dirname, '../..');
let score: ScoreResult;
let graph: KnowledgeGraph;

beforeAll(async () => {
  const seeds = path.join(root, 'seeds');
  const files = fs.readdirSync(seeds).sort().map((f) => ({ path: path.join(seeds, f), bytes: fs.readFileSync(path.join(seeds, f)) }));
  const result = extractGraph(files);
  expect(result.failures).toEqual([]);
  graph = KnowledgeGraph.parse(result.graph);
  score = scoreExtraction(graph, await loadGoldDir(path.join(root, 'test/data/gold')));
});

describe('extraction quality on the dev gold', () => {
  it('reaches relation F1 of at least 0.80 overall', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches F1 of at least 0.75 for LAUNCHED and for SUPERVISES', () => {
    expect(score.perType.LAUNCHED?.f1).toBeGreaterThanOrEqual(0.75);
    expect(score.perType.SUPERVISES?.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('traces every relation that has evidence to a sentence of its document', () => {
    const docs = new Map(graph.documents.map((d) => [d.id, d]));
    const withEvidence = graph.relations.filter((r) => r.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(50);
    for (const r of withEvidence) {
      for (const e of r.evidence) expect(docs.get(e.docId)?.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it('gives hierarchy edges without a sentence only to the gazetteer', () => {
    const bare = graph.relations.filter((r) => r.evidence.length === 0);
    expect(bare.every((r) => r.type === 'PART_OF' && r.rule === 'gazetteer')).toBe(true);
  });
});
