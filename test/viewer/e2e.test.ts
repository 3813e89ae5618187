// The viewer end to end in real headless Chromium (Debian's, driven by playwright-core) against the real server and
// a real Neo4j loaded with the seeds. Screenshots of each state go to test-output/screenshots/ to be looked at.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServerType } from '@hono/node-server';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../api/server.ts';
import { ensureViewerBuilt } from '../../api/viewer-build.ts';
import { parseQueryFile } from '../../graph/read/example-queries.ts';
import { loadGraph } from '../../graph/write/load-graph.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { readInputs } from '../../ingest/read/read-inputs.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from '../graph/neo4j-setup.ts';

const CHROMIUM = process.env['KG_CHROMIUM'] ?? '/usr/bin/chromium';
const SHOTS = path.join(projectRoot, 'test-output', 'screenshots');

let neo: TestNeo4j;
let server: ServerType;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`the viewer tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
  const read = await readInputs([path.join(projectRoot, 'seeds')]);
  await loadGraph(neo.driver, extractGraph(read.files).graph, { database: neo.config.database });
  const staticDir = await ensureViewerBuilt(projectRoot, () => undefined);
  const examples = parseQueryFile(fs.readFileSync(path.join(projectRoot, 'docs', 'queries.cypher'), 'utf8'));
  ({ server, url } = await startServer({ driver: neo.driver, database: neo.config.database, uri: neo.config.uri, examples, staticDir, port: 0, log: () => undefined }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await neo?.close();
  releaseDatabaseLock();
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Where a node is drawn, in page coordinates. */
async function nodePoint(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const { cy } = (window as unknown as { kg: { cy: Core } }).kg;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, id);
}

const count = (selector: string) => page.evaluate((s) => (window as unknown as { kg: { cy: Core } }).kg.cy.elements(s).length, selector);

async function settle(): Promise<void> {
  // fcose animates; wait until positions stop moving.
  await page.waitForTimeout(1500);
}

describe('the viewer in Chromium', { timeout: 120_000 }, () => {
  it('starts from a readable overview, not everything at once', async () => {
    await settle();
    const nodes = await count('node');
    expect(nodes).toBeGreaterThan(5);
    expect(nodes).toBeLessThanOrEqual(60);
    await shot('01-overview');
  });

  it('finds 重庆市 by 重庆, expands it on double-click and shows the sentence behind an edge', async () => {
    // From an empty canvas, as after a search on a fresh start: everything shown comes from search and expansion.
    await page.evaluate(() => (window as unknown as { kg: { cy: Core } }).kg.cy.elements().remove());
    await page.fill('#search', '重庆');
    await page.waitForSelector('#search-results li[data-id="Region:500000"]');
    await shot('02-search');
    await page.click('#search-results li[data-id="Region:500000"]');
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toBe('重庆市');
    await settle();
    const before = await count('node');
    const p = await nodePoint('Region:500000');
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction((n) => (window as unknown as { kg: { cy: Core } }).kg.cy.nodes().length > n, before);
    await settle();
    // An edge with sentences, from 重庆市; clicked at its midpoint like a user would.
    const mid = await page.evaluate(() => {
      const { cy } = (window as unknown as { kg: { cy: Core } }).kg;
      // Of the edges with sentences, the one whose midpoint is farthest from every other node and every other edge, so
      // the click lands on it (an edge into 重庆市 may run close to one out of it).
      const toSegment = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const clearance = (e: EdgeSingular): number => {
        const m = e.midpoint();
        const others = cy.nodes().difference(e.connectedNodes());
        const nodes = others.map((n: NodeSingular) => Math.hypot(n.position('x') - m.x, n.position('y') - m.y));
        const edges = cy
          .edges()
          .filter((o) => !o.same(e) && o.visible())
          .map((o: EdgeSingular) => toSegment(m, o.source().position(), o.target().position()));
        return Math.min(...nodes, ...edges);
      };
      const candidates = cy.edges('[source = "Region:500000"][evidence > 0]').filter((e) => e.visible()).toArray() as EdgeSingular[];
      const edge = candidates.sort((a, b) => clearance(b) - clearance(a))[0];
      if (edge === undefined) return null;
      cy.fit(edge.connectedNodes(), 200);
      const m = edge.renderedMidpoint();
      const box = cy.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + m.x, y: (box?.top ?? 0) + m.y, key: edge.data('key') as string };
    });
    expect(mid).not.toBeNull();
    await page.mouse.click(mid?.x ?? 0, mid?.y ?? 0);
    // The sentence shows with the relation's ends highlighted (重庆市 itself may be carried from an earlier sentence).
    await page.waitForSelector('#details .sentence mark');
    expect(await page.textContent('#details h2')).toMatch(/^重庆市 → /);
    expect((await page.textContent('#details .sentence'))?.length).toBeGreaterThan(5);
    expect(await page.textContent('#details .meta')).toMatch(/rule/);
    await shot('03-edge-evidence');
  });

  it('opens a document with its entities highlighted and its facts beside it', async () => {
    await page.click('.tabs button[data-tab="documents"]');
    await page.click('#document-list li:first-child a');
    await page.waitForSelector('#doc-text mark.ent');
    expect(await page.locator('#doc-text mark.ent').count()).toBeGreaterThan(5);
    expect(await page.locator('#doc-facts li').count()).toBeGreaterThan(3);
    await shot('04-document');
    await page.click('#doc-close');
  });

  it('runs an example query and renders its graph', async () => {
    await page.click('.tabs button[data-tab="cypher"]');
    await page.selectOption('#examples', 'shortest-path');
    await page.click('#run-cypher');
    await page.waitForFunction(() => /row\(s\)/.test(document.getElementById('cypher-message')?.textContent ?? ''));
    // A query returning nodes: the graph shows them.
    await page.evaluate(() => {
      const view = document.querySelector('#editor .cm-content');
      if (view === null) throw new Error('no editor');
    });
    await page.locator('#editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("MATCH p = (:Region {name: '兴文县'})-[:PART_OF*]->(:Region) RETURN p");
    await page.click('#run-cypher');
    await page.waitForFunction(() => /relationship\(s\)/.test(document.getElementById('cypher-message')?.textContent ?? ''));
    await settle();
    expect(await count('node')).toBe(3);
    await shot('05-cypher-graph');
  });

  it('refuses a write query with a clear message', async () => {
    await page.locator('#editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Region {name: 'x'}) RETURN n");
    await page.click('#run-cypher');
    await page.waitForSelector('#cypher-message.error');
    expect(await page.textContent('#cypher-message')).toMatch(/^403: refused/);
    await shot('06-write-refused');
  });
});

describe('the WebGL renderer (opt-in with ?renderer=webgl)', { timeout: 120_000 }, () => {
  it('draws the overview and a hundred more nodes, finishes its layouts and keeps drawing', async () => {
    const gl = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    gl.on('pageerror', (e) => errors.push(e.message));
    try {
      await gl.goto(`${url}?renderer=webgl`);
      await gl.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      type Kg = { cy: Core; canvas: { renderer: string; add: (s: unknown, o: unknown) => void; layout: (n?: string) => Promise<void> } };
      const drawn = await gl.evaluate(async () => {
        const { cy, canvas } = (window as unknown as { kg: Kg }).kg;
        // Nodes added at once, before any layout placed them: Cytoscape 3.35's WebGL renderer used to cache a NaN-sized
        // label for an edge whose ends coincided, throw inside its render loop and never draw (or end a layout) again.
        const nodes = Array.from({ length: 100 }, (_, i) => ({ id: `gl${i}`, name: `节点${i}`, type: 'Unit', aliases: [], degree: 1, code: null, level: null, count: null, docIds: [], provinces: [] }));
        const edges = nodes.slice(1).map((n, i) => ({ id: `gle${i}`, type: 'SUPERVISES', source: 'gl0', target: n.id, rule: null, count: 3, docIds: [], evidence: 2 }));
        canvas.add({ nodes, edges, truncated: false }, { layout: false });
        await canvas.layout('fcose');
        await canvas.layout('grid');
        const frame = (): Promise<number> => new Promise((res) => requestAnimationFrame(res));
        await frame();
        // Cytoscape counts the frames its render loop has drawn; a loop that died counts no more.
        const redraws = (): number => (cy as unknown as { renderer: () => { redrawCount?: number } }).renderer().redrawCount ?? 0;
        const before = redraws();
        cy.panBy({ x: 30, y: 10 });
        await frame();
        await frame();
        return { renderer: canvas.renderer, redrawn: redraws() > before };
      });
      expect(drawn).toEqual({ renderer: 'webgl', redrawn: true });
      expect(errors).toEqual([]);
      await gl.screenshot({ path: path.join(SHOTS, '07-webgl.png') });
    } finally {
      await gl.close();
    }
  });
});
