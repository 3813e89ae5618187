// The viewer and its API, measured against baselines in the same run:
// - rendering in headless Chromium: time to first render and to a finished layout for 1k, 5k and 10k elements, the
//   viewer's settings against the same graph in a Cytoscape with default settings (and the WebGL renderer beside);
// - API latency of search and neighbours under 50 concurrent clients (p50/p99), bounded in time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type cytoscapeModule from 'cytoscape';
import type { Core, LayoutOptions } from 'cytoscape';
import { chromium } from 'playwright-core';
import { createApi } from '../api/app.ts';
import { startServer } from '../api/server.ts';
import { ensureViewerBuilt } from '../api/viewer-build.ts';
import { loadGraph } from '../graph/write/load-graph.ts';
import { extractGraph } from '../ingest/pipeline.ts';
import { readInputs } from '../ingest/read/read-inputs.ts';
import { benchNeo4j } from './load-throughput.ts';
import { median, say } from './measure.ts';

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
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      for (const webgl of [false, true]) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        // tsx keeps function names with a __name helper, which the functions sent to the page would otherwise miss.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.goto(`${url}${webgl ? '?webgl=1' : ''}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        for (const elements of [1000, 5000, 10000]) {
          const runs: { oursRender: number; oursLayout: number; baseRender: number; baseLayout: number }[] = [];
          for (let r = 0; r < 3; r++) {
            runs.push(
              await page.evaluate(async (total) => {
                type Kg = { cy: Core; canvas: { add: (s: unknown, o: unknown) => void; layout: (n?: string) => Promise<void> }; cytoscape: typeof cytoscapeModule };
                const kg = (window as unknown as { kg: Kg }).kg;
                const nodesN = Math.floor(total / 2);
                const types = ['Region', 'Group', 'Unit', 'Measure'];
                const rel = ['LAUNCHED', 'SUPERVISES', 'ESTABLISHED', 'PART_OF'];
                let seed = 42;
                const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
                const nodes = Array.from({ length: nodesN }, (_, i) => ({ id: `n${i}`, name: `实体${i}`, type: types[i % 4], aliases: [], degree: 2, code: null, level: null, count: null, docIds: [], provinces: [] }));
                const edges = Array.from({ length: total - nodesN }, (_, i) => ({ id: `e${i}`, type: rel[i % 4], source: `n${Math.floor(rnd() * nodesN)}`, target: `n${Math.floor(rnd() * nodesN)}`, rule: null, count: null, docIds: [], evidence: 1 }));
                const frame = (): Promise<void> => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res())));
                let t0 = performance.now();
                kg.canvas.add({ nodes, edges, truncated: false }, { replace: true, layout: false });
                await frame();
                const oursRender = performance.now() - t0;
                t0 = performance.now();
                await kg.canvas.layout('fcose');
                await frame();
                const oursLayout = performance.now() - t0;
                kg.cy.elements().remove();

                const div = document.createElement('div');
                div.style.cssText = 'position:fixed;left:0;top:0;width:1200px;height:800px;';
                document.body.append(div);
                const els = [...nodes.map((n) => ({ group: 'nodes' as const, data: n })), ...edges.map((e) => ({ group: 'edges' as const, data: e }))];
                t0 = performance.now();
                const baseline = kg.cytoscape({ container: div, elements: els });
                await frame();
                const baseRender = performance.now() - t0;
                t0 = performance.now();
                await new Promise<void>((res) => {
                  const l = baseline.layout({ name: 'fcose' } as LayoutOptions);
                  l.one('layoutstop', () => res());
                  l.run();
                });
                await frame();
                const baseLayout = performance.now() - t0;
                baseline.destroy();
                div.remove();
                return { oursRender, oursLayout, baseRender, baseLayout };
              }, elements),
            );
          }
          const m = (k: keyof (typeof runs)[number]): number => median(runs.map((x) => x[k]));
          say(
            `render ${elements}${webgl ? ' webgl' : ''}`,
            `first render ${m('oursRender').toFixed(0)} ms vs default ${m('baseRender').toFixed(0)} ms (ratio ${(m('oursRender') / m('baseRender')).toFixed(2)}); ` +
              `layout done ${m('oursLayout').toFixed(0)} ms vs default fcose ${m('baseLayout').toFixed(0)} ms (ratio ${(m('oursLayout') / m('baseLayout')).toFixed(2)})`,
          );
        }
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await neo.done();
  }
}
