// `kg extract` as a user runs it: JSON on stdout, one stderr line per bad input, exit code 1 on any; a clean run exits 0.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../schema/graph.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function kg(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['cli/kg.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GBK_REPORT =
  '黔南州推进主题教育\n' +
  '贵州省黔南州结合实际将拖欠农民工工资问题纳入专项整治，建立健全排查化解机制，针对排查出的132个欠资问题逐一整改。\n';

describe('kg extract with good and bad inputs mixed', () => {
  let dir: string;
  let run: Run;
  const file = (name: string) => path.join(dir, name);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-test-'));
    fs.copyFileSync(path.join(root, 'seeds/000_34456a7a7a55b0b5.txt'), file('good.txt'));
    fs.writeFileSync(file('empty.txt'), '');
    fs.writeFileSync(file('image.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512)]));
    fs.writeFileSync(file('gbk.txt'), iconv.encode(GBK_REPORT, 'gbk'));
    run = kg('extract', file('good.txt'), file('empty.txt'), file('image.txt'), file('gbk.txt'), file('missing.txt'));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints JSON that parses as a KnowledgeGraph', () => {
    const graph = KnowledgeGraph.parse(JSON.parse(run.stdout));
    expect(graph.relations.length).toBeGreaterThan(0);
  });

  it('extracts the good report and the GBK one, and nothing of the bad inputs', () => {
    const graph = KnowledgeGraph.parse(JSON.parse(run.stdout));
    expect(graph.documents.map((d) => path.basename(d.path)).sort()).toEqual(['gbk.txt', 'good.txt']);
    const gbk = graph.documents.find((d) => d.path.endsWith('gbk.txt'));
    expect(gbk).toMatchObject({ encoding: 'gb18030', title: '黔南州推进主题教育' });
    expect(gbk?.text).toContain('建立健全排查化解机制');
    const names = new Map(graph.entities.map((e) => [e.id, e.name]));
    const fromGbk = graph.relations.filter((r) => r.evidence.some((e) => e.docId === gbk?.id)).map((r) => `${names.get(r.source)} → ${names.get(r.target)}`);
    expect(fromGbk).toContain('黔南布依族苗族自治州 → 排查化解机制');
  });

  it('writes exactly one stderr line per bad input, naming the file and the reason', () => {
    const lines = run.stderr.split('\n').filter((l) => l.trim().length > 0);
    const expected: Array<[name: string, reason: RegExp]> = [
      ['empty.txt', /empty/],
      ['image.txt', /binary/],
      ['missing.txt', /no such file/],
    ];
    for (const [name, reason] of expected) {
      const about = lines.filter((l) => l.includes(file(name)));
      expect(about, name).toHaveLength(1);
      expect(about[0]).toMatch(reason);
    }
    for (const good of ['good.txt', 'gbk.txt']) expect(lines.filter((l) => l.includes(file(good)))).toEqual([]);
    // Besides them only the closing summary.
    expect(lines.filter((l) => !expected.some(([name]) => l.includes(file(name))))).toEqual([expect.stringMatching(/^extracted 2 documents/)]);
  });

  it('exits with code 1', () => {
    expect(run.status).toBe(1);
  });
});

describe('kg extract on the seeds', () => {
  it('extracts every seed and exits 0 with no failure lines', () => {
    const run = kg('extract', 'seeds');
    expect(run.status).toBe(0);
    const graph = KnowledgeGraph.parse(JSON.parse(run.stdout));
    const seeds = fs.readdirSync(path.join(root, 'seeds')).length;
    expect(graph.documents).toHaveLength(seeds);
    expect(run.stderr.trim().split('\n')).toEqual([`extracted ${seeds} documents: ${graph.entities.length} entities, ${graph.relations.length} relations`]);
  });
});
