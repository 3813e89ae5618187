// The viewer and its API, measured against baselines in the same run:
// - rendering in headless Chromium at 1k, 5k and 10k elements (bench/viewer-render.ts);
// - API latency of search and neighbours under 50 concurrent clients (p50/p99), bounded in time (`--api-only`: this
//   half alone).
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

// Each client takes the next URL from `next` until it runs dry or time is up.
async function apiLatency(app: ReturnType<typeof createApi>, next: () => string | undefined, clients: number, seconds: number): Promise<{ p50: number; p99: number; n: number }> {
  const times: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let url = next(); url !== undefined && Date.now() < deadline; url = next()) {
        const t0 = performance.now();
        const res = await app.request(url);
        await res.arrayBuffer();
        times.push(performance.now() - t0);
      }
    }),
  );
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

const cycle = (urls: string[]) => {
  let i = 0;
  return () => urls[i++ % urls.length];
};
const once = (urls: string[]) => {
  let i = 0;
  return () => urls[i++];
};

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
    const neighboursOf = (id: string) => `/api/nodes/${encodeURIComponent(id)}/neighbours?limit=25`;
    const hubs = ['Region:500000', 'Region:510000', 'Region:520000'].map(neighboursOf);
    const ids = await neo.driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id', {}, { database: neo.config.database });
    const everyEntity = ids.records.map((r) => neighboursOf(String(r.get('id'))));
    await apiLatency(app, cycle(search), 1, 1); // builds the search index once
    const measure = async (name: string, on: ReturnType<typeof createApi>, single: () => string | undefined, loaded: () => string | undefined, unit = 'requests') => {
      const one = await apiLatency(on, single, 1, 3);
      const many = await apiLatency(on, loaded, 50, 5);
      say(`api ${name}`, `1 client p50 ${one.p50.toFixed(1)} ms; 50 clients p50 ${many.p50.toFixed(1)} ms, p99 ${many.p99.toFixed(1)} ms (${many.n} ${unit})`);
    };
    await measure('search', app, cycle(search), cycle(search));
    // Cold: every request a different entity, first time asked (a fresh API, so nothing cached); the hubs then come
    // from the page cache, as when a team keeps expanding the same provinces.
    const half = Math.floor(everyEntity.length / 2);
    const cold = createApi(base);
    await apiLatency(cold, cycle(search), 1, 1);
    await measure('neighbours, cold', cold, once(everyEntity.slice(0, half)), once(everyEntity.slice(half)), 'distinct entities');
    await measure('neighbours, hubs', app, cycle(hubs), cycle(hubs));

    // `--api-only`: the latency half alone, for a quick look after a change to the read path.
    if (process.argv.includes('--api-only')) return;
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
