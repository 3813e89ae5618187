// The viewer and its API, measured against baselines in the same run:
// - rendering in headless Chromium at 1k, 5k and 10k elements (bench/viewer-render.ts);
// - API latency of search and neighbours under 50 concurrent clients (p50/p99), bounded in time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api/app.ts';
import { startServer } from '../api/server.ts';
import { ensureViewerBuilt } from '../api/viewer-build.ts';
import { loadGraph } from '../graph/write/load-graph.ts';
import { extractGraph } from '../ingest/pipeline.ts';
import { readInputs } from '../ingest/read/read-inputs.ts';
import { benchNeo4j } from './load-throughput.ts';
import { say } from './measure.ts';
import { renderBench } from './viewer-render.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function apiLatency(app: ReturnType<typeof createApi>, urls: string[], clients: number, seconds: number): Promise<{ p50: number; p99: number; n: number }> {
  const times: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; Date.now() < deadline && i < c + 10_000; i++) {
        const t0 = performance.now();
        const res = await app.request(urls[i % urls.length] ?? '/api/health');
        await res.arrayBuffer();
        times.push(performance.now() - t0);
      }
    }),
  );
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

export async function run(): Promise<void> {
  const chromiumPath = process.env['KG_CHROMIUM'] ?? '/usr/bin/chromium';
  const neo = await benchNeo4j();
  try {
    await neo.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: neo.config.database });
    const read = await readInputs([path.join(root, 'seeds')]);
    await loadGraph(neo.driver, extractGraph(read.files).graph, { database: neo.config.database });
    const base = { driver: neo.driver, database: neo.config.database, uri: neo.config.uri, log: () => undefined };

    // API latency, in-process: the HTTP stack and Neo4j, not the loopback socket.
    const app = createApi(base);
    const search = ['重庆', 'cq', 'chongqing', '黔南州', '指导组', '四川'].map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    const hoods = ['Region:500000', 'Region:510000', 'Region:520000'].map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbours?limit=25`);
    await apiLatency(app, search, 1, 1); // builds the search index once
    for (const [name, urls] of [['search', search], ['neighbours', hoods]] as const) {
      const single = await apiLatency(app, urls, 1, 3);
      const loaded = await apiLatency(app, urls, 50, 5);
      say(`api ${name}`, `1 client p50 ${single.p50.toFixed(1)} ms; 50 clients p50 ${loaded.p50.toFixed(1)} ms, p99 ${loaded.p99.toFixed(1)} ms (${loaded.n} requests in 5 s)`);
    }

    if (!fs.existsSync(chromiumPath)) {
      say('render', `skipped: no Chromium at ${chromiumPath}`);
      return;
    }
    const staticDir = await ensureViewerBuilt(root, () => undefined);
    const { server, url } = await startServer({ ...base, staticDir, port: 0 });
    try {
      await renderBench(url, chromiumPath);
    } finally {
      server.close();
    }
  } finally {
    await neo.done();
  }
}
