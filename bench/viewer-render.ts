// The viewer's rendering in headless Chromium at 1k, 5k and 10k elements, measured against baselines in the same run:
// - time to first render and to a finished layout, the viewer's settings against the same graph in a Cytoscape with
//   default settings (default style, canvas renderer, default fcose);
// - on the viewer's own canvas, how long a frame takes while panning and while zooming, and how long a select + focus
//   (dim all but the neighbourhood) takes to show, for the canvas renderer against the WebGL renderer.
// A default-fcose layout that outlasts its time limit is stopped (its browser context closed) and reported as "> N s".
import type cytoscapeModule from 'cytoscape';
import type { Core, LayoutOptions } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median, say } from './measure.ts';

// ---------------------------------------------------------------------------------------------------------------
// In the page. These functions are sent to Chromium as source, so they reach nothing outside themselves.

type Kg = {
  cy: Core;
  canvas: { add: (s: unknown, o: unknown) => void; layout: (n?: string) => Promise<void>; renderer: string };
  cytoscape: typeof cytoscapeModule;
};

interface OursRun {
  render: number;
  layout: number;
  /** Median frame interval while panning and while zooming (rAF to rAF, ms; 16.7 is a full 60 Hz). */
  pan: number;
  zoom: number;
  /** Select a node and dim all but its neighbourhood, until the frame after it is drawn (median of 5). */
  focus: number;
  renderer: string;
}

/** The synthetic graph: half nodes, half edges, the viewer's four types, a fixed seed so every run draws the same. */
function makeGraph(total: number): { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const nodesN = Math.floor(total / 2);
  const types = ['Region', 'Group', 'Unit', 'Measure'];
  const rel = ['LAUNCHED', 'SUPERVISES', 'ESTABLISHED', 'PART_OF'];
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const nodes = Array.from({ length: nodesN }, (_, i) => ({ id: `n${i}`, name: `实体${i}`, type: types[i % 4], aliases: [], degree: 2, code: null, level: null, count: null, docIds: [], provinces: [] }));
  const edges = Array.from({ length: total - nodesN }, (_, i) => ({
    id: `e${i}`,
    type: rel[i % 4],
    source: `n${Math.floor(rnd() * nodesN)}`,
    target: `n${Math.floor(rnd() * nodesN)}`,
    rule: null,
    count: null,
    docIds: [],
    evidence: 1,
  }));
  return { nodes, edges };
}

async function measureOurs(args: { total: number; graphSource: string }): Promise<OursRun> {
  const kg = (window as unknown as { kg: Kg }).kg;
  const { cy } = kg;
  const make = new Function(`return (${args.graphSource})`)() as typeof makeGraph;
  const { nodes, edges } = make(args.total);
  const frame = (): Promise<number> => new Promise((res) => requestAnimationFrame((t) => res(t)));
  const frames = async (): Promise<void> => {
    await frame();
    await frame();
  };
  // Frame intervals while `step` changes the viewport once per frame: what a user dragging or wheeling sees.
  const during = async (n: number, step: (i: number) => void): Promise<number> => {
    const intervals: number[] = [];
    let last = await frame();
    for (let i = 0; i < n; i++) {
      step(i);
      const now = await frame();
      intervals.push(now - last);
      last = now;
    }
    intervals.sort((a, b) => a - b);
    return intervals[Math.floor(intervals.length / 2)] ?? NaN;
  };

  let t0 = performance.now();
  kg.canvas.add({ nodes, edges, truncated: false }, { replace: true, layout: false });
  await frames();
  const render = performance.now() - t0;
  t0 = performance.now();
  await kg.canvas.layout('fcose');
  await frames();
  const layout = performance.now() - t0;

  cy.fit(undefined, 20);
  await frames();
  const pan = await during(20, (i) => cy.panBy({ x: i < 10 ? 9 : -9, y: i < 10 ? 5 : -5 }));
  const box = { x: cy.width() / 2, y: cy.height() / 2 };
  const zoom = await during(20, (i) => cy.zoom({ level: cy.zoom() * (i < 10 ? 1.04 : 1 / 1.04), renderedPosition: box }));
  const focusTimes: number[] = [];
  for (let k = 0; k < 5; k++) {
    const node = cy.nodes()[(k * 997) % cy.nodes().length];
    if (node === undefined) break;
    t0 = performance.now();
    cy.batch(() => {
      cy.elements().unselect();
      node.select();
      cy.elements().not(node.closedNeighborhood()).addClass('dimmed');
    });
    await frames();
    focusTimes.push(performance.now() - t0);
    cy.batch(() => cy.elements().removeClass('dimmed').unselect());
    await frames();
  }
  focusTimes.sort((a, b) => a - b);
  cy.elements().remove();
  await frames();
  return { render, layout, pan, zoom, focus: focusTimes[Math.floor(focusTimes.length / 2)] ?? NaN, renderer: kg.canvas.renderer };
}

async function measureDefault(args: { total: number; graphSource: string }): Promise<{ render: number; layout: number }> {
  const kg = (window as unknown as { kg: Kg }).kg;
  kg.cy.elements().remove();
  const make = new Function(`return (${args.graphSource})`)() as typeof makeGraph;
  const { nodes, edges } = make(args.total);
  const frames = (): Promise<void> => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res())));
  const div = document.createElement('div');
  div.style.cssText = 'position:fixed;left:0;top:0;width:1200px;height:800px;background:#fff;z-index:10';
  document.body.append(div);
  const els = [...nodes.map((n) => ({ group: 'nodes' as const, data: n })), ...edges.map((e) => ({ group: 'edges' as const, data: e }))];
  let t0 = performance.now();
  const baseline = kg.cytoscape({ container: div, elements: els });
  await frames();
  const render = performance.now() - t0;
  // Told to Node through the console, so a layout stopped at its limit still leaves the first render measured.
  // eslint-disable-next-line no-console
  console.log(`bench-default-render ${render}`);
  t0 = performance.now();
  await new Promise<void>((res) => {
    const l = baseline.layout({ name: 'fcose' } as LayoutOptions);
    l.one('layoutstop', () => res());
    l.run();
  });
  await frames();
  const layout = performance.now() - t0;
  baseline.destroy();
  div.remove();
  return { render, layout };
}

// ---------------------------------------------------------------------------------------------------------------
// In Node.

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // As the viewer's tests run it. There is no GPU here: 2D canvases are rasterised in software, and WebGL2 is still
  // there, as ANGLE on SwiftShader (a CPU implementation), which the run prints.
  '--disable-gpu',
];

async function openViewer(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  // tsx keeps function names with a __name helper, which the functions sent to the page would otherwise miss.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** `work` in a fresh viewer, or null when it outlasts `limitMs`: its context is closed, which ends the page's work. */
async function bounded<T>(browser: Browser, url: string, limitMs: number, work: (page: Page) => Promise<T>): Promise<T | null> {
  const { page, close } = await openViewer(browser, url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<null>((res) => {
      timer = setTimeout(() => res(null), limitMs);
    });
    return await Promise.race([work(page), late]);
  } finally {
    clearTimeout(timer);
    await close();
  }
}

const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);

export async function renderBench(url: string, chromiumPath: string, opts: { sizes?: number[]; limitS?: number; launchArgs?: string[] } = {}): Promise<void> {
  const sizes = opts.sizes ?? [1000, 5000, 10_000];
  const limitMs = (opts.limitS ?? Number(process.env['KG_BENCH_LAYOUT_LIMIT_S'] ?? 45)) * 1000;
  const graphSource = makeGraph.toString();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: opts.launchArgs ?? LAUNCH_ARGS });
  try {
    const gl = await bounded(browser, url, 60_000, (page) =>
      page.evaluate(() => {
        const c = document.createElement('canvas').getContext('webgl2');
        if (c === null) return 'none';
        const info = c.getExtension('WEBGL_debug_renderer_info');
        return String(info === null ? c.getParameter(c.RENDERER) : c.getParameter(info.UNMASKED_RENDERER_WEBGL));
      }),
    );
    say('render', `WebGL2: ${gl ?? 'unknown'}; Chromium ${browser.version()}; layout limit ${limitMs / 1000} s per measurement`);
    const table: string[] = [];
    for (const total of sizes) {
      const runs = total >= 10_000 ? 1 : 3;
      // The baseline first, each run in a fresh context so that a stopped one cannot slow the next.
      const defaults: { render: number; layout: number | null }[] = [];
      for (let r = 0; r < runs; r++) {
        let render = NaN;
        const done = await bounded(browser, `${url}?renderer=canvas`, limitMs, async (page) => {
          // The first render is read before the layout starts, so a stopped layout still leaves it.
          page.on('console', (m) => {
            const hit = /^bench-default-render (\d+(?:\.\d+)?)$/.exec(m.text());
            if (hit !== null) render = Number(hit[1]);
          });
          return page.evaluate(measureDefault, { total, graphSource });
        });
        defaults.push(done ?? { render, layout: null });
        if (done === null) break; // a second try would only be stopped again
      }
      const baseRender = median(defaults.map((d) => d.render).filter((x) => !Number.isNaN(x)));
      const finished = defaults.map((d) => d.layout).filter((x): x is number => x !== null);
      const baseLayout = finished.length === defaults.length ? median(finished) : null;
      const baseLayoutText = baseLayout === null ? `> ${limitMs / 1000} s (stopped)` : ms(baseLayout);

      const byRenderer = new Map<string, OursRun>();
      for (const renderer of ['canvas', 'webgl'] as const) {
        const { page, close } = await openViewer(browser, `${url}?renderer=${renderer}`);
        try {
          const ours: OursRun[] = [];
          for (let r = 0; r < runs; r++) ours.push(await page.evaluate(measureOurs, { total, graphSource }));
          const m = (k: Exclude<keyof OursRun, 'renderer'>): number => median(ours.map((x) => x[k]));
          const run: OursRun = { render: m('render'), layout: m('layout'), pan: m('pan'), zoom: m('zoom'), focus: m('focus'), renderer: ours[0]?.renderer ?? '?' };
          byRenderer.set(renderer, run);
          const layoutRatio = baseLayout === null ? `< ${(run.layout / limitMs).toFixed(2)}` : (run.layout / baseLayout).toFixed(2);
          const canvas = byRenderer.get('canvas');
          const vsCanvas =
            renderer === 'webgl' && canvas !== undefined
              ? ` (webgl/canvas: pan ${(run.pan / canvas.pan).toFixed(2)}, zoom ${(run.zoom / canvas.zoom).toFixed(2)}, focus ${(run.focus / canvas.focus).toFixed(2)})`
              : '';
          say(
            `render ${total} ${renderer}`,
            `first render ${ms(run.render)} vs default ${ms(baseRender)} (ratio ${(run.render / baseRender).toFixed(2)}); ` +
              `layout ${ms(run.layout)} vs default fcose ${baseLayoutText} (ratio ${layoutRatio}); ` +
              `frame while panning ${run.pan.toFixed(1)} ms, zooming ${run.zoom.toFixed(1)} ms; select+focus ${ms(run.focus)}${vsCanvas}` +
              (run.renderer === renderer ? '' : ` [drew with ${run.renderer}]`),
          );
          table.push(
            `| ${total.toLocaleString('en')} | ${renderer} | ${ms(run.render)} (${(run.render / baseRender).toFixed(2)}×) | ${ms(run.layout)} (${layoutRatio}×) | ${run.pan.toFixed(0)} / ${run.zoom.toFixed(0)} ms | ${ms(run.focus)} |`,
          );
        } finally {
          await close();
        }
      }
      table.push(`| ${total.toLocaleString('en')} | default (baseline) | ${ms(baseRender)} | ${baseLayoutText} | | |`);
    }
    process.stdout.write(`\n| elements | renderer | first render (÷ default) | layout (÷ default fcose) | frame pan / zoom | select+focus |\n| --- | --- | --- | --- | --- | --- |\n${table.join('\n')}\n`);
  } finally {
    await browser.close();
  }
}
