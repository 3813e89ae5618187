// `kg extract` as a stream: the incremental writer is byte for byte JSON.stringify, workers give the serial output,
// and --jsonl gives one document's graph per line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphJsonWriter } from '../../cli/output/graph-json-writer.ts';
import { extractFile } from '../../ingest/extract-file.ts';
import { workerExtractor } from '../../ingest/parallel/extract-pool.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';
import { KnowledgeGraph } from '../../schema/graph.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'seeds');

function kg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['cli/kg.mjs', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function written(graph: KnowledgeGraph, pretty: boolean): Promise<string> {
  let text = '';
  const writer = new GraphJsonWriter({ write: (s) => Promise.resolve(void (text += s)) }, pretty);
  for (const d of graph.documents) await writer.item('documents', d);
  for (const e of graph.entities) await writer.item('entities', e);
  for (const r of graph.relations) await writer.item('relations', r);
  await writer.end();
  return text;
}

describe('GraphJsonWriter', () => {
  const graph: KnowledgeGraph = {
    documents: [{ id: 'd1', path: 'a.txt', title: 't', script: 'simplified', encoding: 'utf-8', text: '甲\n乙' }],
    entities: [
      { id: 'Region:1', type: 'Region', name: '重庆市', aliases: [] },
      { id: 'Measure:1', type: 'Measure', name: '“三学”机制', aliases: ['三学'] },
    ],
    relations: [],
  };

  it.each([false, true])('writes what JSON.stringify writes (pretty: %s), empty sections included', async (pretty) => {
    expect(await written(graph, pretty)).toBe(`${JSON.stringify(graph, null, pretty ? 2 : undefined)}\n`);
    const empty: KnowledgeGraph = { documents: [], entities: [], relations: [] };
    expect(await written(empty, pretty)).toBe(`${JSON.stringify(empty, null, pretty ? 2 : undefined)}\n`);
  });
});

describe('kg extract, streamed', { timeout: 180_000 }, () => {
  it('prints the graph of extractGraph byte for byte, serially and with two worker threads', async () => {
    const { files } = await readInputs([seeds]);
    const expected = `${JSON.stringify(KnowledgeGraph.parse(extractGraph(files).graph))}\n`;
    const serial = kg('extract', seeds, '--jobs', '1');
    expect(serial.status, serial.stderr).toBe(0);
    expect(serial.stdout).toBe(expected);
    const parallel = kg('extract', seeds, '--jobs', '2');
    expect(parallel.status, parallel.stderr).toBe(0);
    expect(parallel.stdout).toBe(expected);
  });

  it('--jsonl prints one graph per document whose facts together are the whole graph’s', async () => {
    const { files } = await readInputs([seeds]);
    const whole = extractGraph(files).graph;
    const out = kg('extract', seeds, '--jsonl');
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout.trimEnd().split('\n').map((l) => KnowledgeGraph.parse(JSON.parse(l)));
    expect(lines.map((g) => g.documents.map((d) => d.id))).toEqual(whole.documents.map((d) => [d.id]));
    const evidence = (g: KnowledgeGraph): string[] => g.relations.flatMap((r) => r.evidence.map((e) => `${r.type}|${r.source}|${r.target}|${e.docId}|${e.start}`));
    expect(lines.flatMap(evidence).sort()).toEqual(evidence(whole).sort());
    expect(new Set(lines.flatMap((g) => g.entities.map((e) => e.id)))).toEqual(new Set(whole.entities.map((e) => e.id)));
  });
});

describe('the extraction pool', () => {
  it('extracts in the calling thread while no worker is ready, and gives a worker no file before it is', async () => {
    const { files } = await readInputs([seeds]);
    expect(files.length).toBeGreaterThan(2);
    const pool = workerExtractor(1, new URL('./fixtures/never-ready-worker.mjs', import.meta.url), extractFile);
    try {
      expect(pool.parallelism).toBe(2);
      const got = await Promise.all(files.map((f) => pool.extract(f)));
      expect(got).toEqual(files.map((f) => extractFile(f)));
    } finally {
      await pool.close();
    }
  });

  it('sends a worker a file in reserve, so that it has the next one when it answers', async () => {
    const { files } = await readInputs([seeds]);
    // The calling thread is kept busy, as a main thread extracting a large file of its own is.
    const busy = (f: (typeof files)[number]) => {
      const until = Date.now() + 300;
      while (Date.now() < until);
      return extractFile(f);
    };
    const pool = workerExtractor(1, new URL('./fixtures/reserve-worker.mjs', import.meta.url), busy);
    try {
      const got = (await Promise.all(files.map((f) => pool.extract(f)))) as unknown as Array<{ worker?: boolean; held?: number }>;
      // Held two means the pool sent the next file before the worker answered the first; a worker left with the last
      // file alone (held one, answered on its timer) is the stream's end, whose timing depends on the machine's load.
      const byWorker = got.filter((g) => g.worker === true);
      expect(byWorker.some((g) => g.held === 2)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
