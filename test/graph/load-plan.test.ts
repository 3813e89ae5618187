// What the loader decides before it writes: which documents to load, skip or remove, and who supports each fact.
import { describe, expect, it } from 'vitest';
import { buildRows, planLoad, relationKey } from '../../graph/write/load-graph.ts';
import { DOC_A, DOC_B, DOC_B2, DOC_C, seedLikeGraph } from './fixtures.ts';

const loaded = (id: string, p: string, complete = true) => ({ id, path: p, complete });

describe('planLoad', () => {
  const graph = seedLikeGraph({ changedB: true });

  it('skips documents already loaded, loads new ones and removes the old version at a changed path', () => {
    const plan = planLoad(graph, [loaded(DOC_A, 'seeds/000_a.txt'), loaded(DOC_B, 'seeds/003_b.txt')], {});
    expect([...plan.unchanged]).toEqual([DOC_A]);
    expect([...plan.load].sort()).toEqual([DOC_B2, DOC_C].sort());
    expect([...plan.remove]).toEqual([DOC_B]);
  });

  it('reloads a document a crashed load left incomplete, clearing it first', () => {
    const plan = planLoad(graph, [loaded(DOC_A, 'seeds/000_a.txt', false)], {});
    expect(plan.load.has(DOC_A)).toBe(true);
    expect(plan.remove.has(DOC_A)).toBe(true);
  });

  it('reloads everything with force', () => {
    const plan = planLoad(graph, [loaded(DOC_A, 'seeds/000_a.txt')], { force: true });
    expect(plan.unchanged.size).toBe(0);
    expect(plan.remove.has(DOC_A)).toBe(true);
  });

  it('removes documents missing from the input only where removeMissing says so', () => {
    const elsewhere = [loaded('old-1', 'seeds/gone.txt'), loaded('old-2', 'other/kept.txt')];
    expect(planLoad(graph, elsewhere, {}).remove.size).toBe(0);
    const plan = planLoad(graph, elsewhere, { removeMissing: (p) => p.startsWith('seeds/') });
    expect([...plan.remove]).toEqual(['old-1']);
  });
});

describe('buildRows', () => {
  const graph = seedLikeGraph();

  it('supports a gazetteer edge by the documents that mention a region below it', () => {
    const rows = buildRows(graph, new Set([DOC_A, DOC_B, DOC_C]));
    const partOf = rows.relations.get('PART_OF') ?? [];
    const yibinUp = partOf.find((r) => r['key'] === relationKey('PART_OF', 'Region:宜宾市', 'Region:四川省'));
    expect(yibinUp?.['docIds']).toEqual([DOC_A]);
    const shared = partOf.find((r) => r['key'] === relationKey('PART_OF', 'Region:北碚区', 'Region:重庆市'));
    expect(shared?.['docIds']).toEqual([DOC_A, DOC_B]);
    const sichuan = rows.entities.get('Region')?.find((e) => e['id'] === 'Region:四川省');
    expect(sichuan?.['docIds']).toEqual([DOC_A]);
  });

  it('writes nothing that only unchanged documents support', () => {
    const rows = buildRows(graph, new Set([DOC_C]));
    const regions = (rows.entities.get('Region') ?? []).map((e) => e['id']);
    expect(regions.sort()).toEqual(['Region:天津市', 'Region:山东省', 'Region:河北省'].sort());
    expect(rows.relations.get('PART_OF')).toBeUndefined();
    expect(rows.evidence.every((e) => e['docId'] === DOC_C)).toBe(true);
    expect(rows.documents.map((d) => d['id'])).toEqual([DOC_C]);
  });
});
