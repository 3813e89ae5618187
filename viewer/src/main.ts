// The viewer's shell: wires search, the canvas, details, documents, filters, the Cypher panel and the URL together.
import type { NodeSingular } from 'cytoscape';
import type { QueryResult } from '../../graph/read/cypher.ts';
import type { Subgraph, VEdge, VNode } from '../../graph/read/explore.ts';
import { api } from './api.ts';
import { createCypherPanel } from './features/cypher-panel.ts';
import { showEdge, showNode } from './features/details.ts';
import { openDocument, renderDocumentList } from './features/documents.ts';
import { applyFilters, readFilters, renderFilters } from './features/filters.ts';
import { decodeView, encodeView } from './features/url-state.ts';
import { createCanvas, cytoscape, type LayoutName } from './graph/canvas.ts';
import { $, h, setStatus } from './shared/dom.ts';
import './styles.css';

const params = new URLSearchParams(location.search);
const asked = params.get('renderer') ?? (params.get('webgl') === '1' ? 'webgl' : null);
const canvas = createCanvas($('cy'), asked === 'webgl' || asked === 'canvas' ? { renderer: asked } : {});
const { cy } = canvas;
const docDates = new Map<string, string | null>();
const cursors = new Map<string, number | null>();

// Exposed for the end-to-end tests and for users poking at the graph from the console.
(window as unknown as { kg: unknown }).kg = { cy, canvas, cytoscape };

const report = (e: unknown): void => setStatus(e instanceof Error ? e.message : String(e), 'error');

function show(sub: Subgraph, opts: { replace?: boolean } = {}): void {
  canvas.checkpoint();
  canvas.add(sub, opts);
  refilter();
  setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges${sub.truncated ? ' (more available: double-click to expand further)' : ''}`);
  updateUrl();
}

function refilter(): void {
  applyFilters(cy, readFilters(), docDates);
}

function updateUrl(): void {
  const state = { ids: cy.nodes().map((n) => n.id()).slice(0, 300), layout: canvas.currentLayout() };
  history.replaceState(null, '', `${location.pathname}${location.search}${encodeView(state)}`);
}

async function expand(id: string): Promise<void> {
  const cursor = cursors.get(id) ?? 0;
  if (cursor === null) {
    setStatus('all neighbours are already shown');
    return;
  }
  const page = await api.neighbours(id, cursor);
  cursors.set(id, page.nextCursor);
  show(page);
  if (page.nextCursor !== null) setStatus(`showing ${page.nextCursor} of ${page.total} neighbours; double-click again for more`);
}

/** Results of a Cypher query as graph elements: entities keep their ids, other nodes get their element ids. */
function fromCypher(result: QueryResult): Subgraph {
  const idOf = new Map<string, string>();
  const nodes: VNode[] = result.nodes.map((n) => {
    const p = n.properties;
    const id = typeof p['id'] === 'string' ? p['id'] : n.elementId;
    idOf.set(n.elementId, id);
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return {
      id,
      name: str(p['name']) ?? str(p['title']) ?? n.labels.join(':'),
      type: str(p['type']) ?? n.labels[0] ?? 'Other',
      aliases: Array.isArray(p['aliases']) ? p['aliases'].filter((x): x is string => typeof x === 'string') : [],
      degree: 0,
      code: str(p['code']),
      level: str(p['level']),
      count: typeof p['count'] === 'number' ? p['count'] : null,
      docIds: Array.isArray(p['docIds']) ? p['docIds'].filter((x): x is string => typeof x === 'string') : [],
      provinces: [],
    };
  });
  const edges: VEdge[] = result.edges.map((e) => ({
    id: typeof e.properties['key'] === 'string' ? e.properties['key'] : e.elementId,
    type: e.type,
    source: idOf.get(e.start) ?? e.start,
    target: idOf.get(e.end) ?? e.end,
    rule: typeof e.properties['rule'] === 'string' ? e.properties['rule'] : null,
    count: typeof e.properties['count'] === 'number' ? e.properties['count'] : null,
    docIds: Array.isArray(e.properties['docIds']) ? e.properties['docIds'].filter((x): x is string => typeof x === 'string') : [],
    evidence: 0,
  }));
  return { nodes, edges, truncated: result.truncated };
}

const openDoc = (id: string): void => {
  openDocument(id, {
    showFact: (fact) => {
      $<HTMLDialogElement>('document-view').close();
      void api
        .subgraph([fact.edge.source, fact.edge.target])
        .then((sub) => {
          show(sub);
          const edge = cy.getElementById(`edge:${fact.edge.id}`);
          cy.elements().unselect();
          edge.select();
          cy.animate({ fit: { eles: edge.connectedNodes(), padding: 120 } });
          return showEdge(fact.edge.id, { openDocument: openDoc });
        })
        .catch(report);
    },
  }).catch(report);
};

// ---------------------------------------------------------------------------------------------------------------
// Canvas events.

cy.on('tap', 'node', (e) => void showNode((e.target as NodeSingular).id(), { openDocument: openDoc }).catch(report));
cy.on('tap', 'edge', (e) => {
  const key = e.target.data('key') as string | undefined;
  if (key !== undefined) void showEdge(key, { openDocument: openDoc }).catch(report);
});
cy.on('dbltap', 'node', (e) => void expand((e.target as NodeSingular).id()).catch(report));

// ---------------------------------------------------------------------------------------------------------------
// Search.

const input = $<HTMLInputElement>('search');
const results = $('search-results');
let searchTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    const text = input.value.trim();
    if (text === '') {
      results.hidden = true;
      return;
    }
    void api
      .search(text)
      .then(({ results: hits }) => {
        results.replaceChildren(
          ...hits.map((hit) => {
            const li = h('li', { 'data-id': hit.id, class: `type-${hit.type}` }, h('b', {}, hit.name), h('span', { class: 'meta' }, ` ${hit.type} · ${hit.degree} · ${hit.match}`));
            li.addEventListener('click', () => {
              results.hidden = true;
              void jumpTo(hit.id).catch(report);
            });
            return li;
          }),
        );
        if (hits.length === 0) results.replaceChildren(h('li', { class: 'meta' }, 'no match'));
        results.hidden = false;
      })
      .catch(report);
  }, 150);
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') (results.querySelector('li[data-id]') as HTMLElement | null)?.click();
  if (e.key === 'Escape') results.hidden = true;
});

async function jumpTo(id: string): Promise<void> {
  if (cy.getElementById(id).empty()) show(await api.subgraph([id]));
  const node = cy.getElementById(id);
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) });
  await showNode(id, { openDocument: openDoc });
}

// ---------------------------------------------------------------------------------------------------------------
// Toolbar.

const selectedNodes = () => cy.nodes(':selected');
$('layout').addEventListener('change', () => {
  void canvas.layout($<HTMLSelectElement>('layout').value as LayoutName);
  updateUrl();
});
$('relayout').addEventListener('click', () => void canvas.layout());
$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 40));
$('undo').addEventListener('click', () => setStatus(canvas.undo() ? 'undone' : 'nothing to undo'));
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !(e.target instanceof HTMLInputElement) && !(e.target as HTMLElement).closest('.editor')) canvas.undo();
});
$('hide').addEventListener('click', () => {
  canvas.checkpoint();
  selectedNodes().remove();
  updateUrl();
});
$('pin').addEventListener('click', () => {
  selectedNodes().forEach((n) => {
    n.toggleClass('pinned');
    if (n.hasClass('pinned')) n.lock();
    else n.unlock();
  });
});
$('focus').addEventListener('click', () => {
  const sel = selectedNodes();
  // One batch: with 10,000 elements a class change per element would otherwise redraw for each.
  if (sel.empty() || cy.elements('.dimmed').nonempty()) {
    cy.batch(() => cy.elements().removeClass('dimmed'));
    return;
  }
  const hood = sel.closedNeighborhood();
  cy.batch(() => cy.elements().not(hood).addClass('dimmed'));
});
$('path').addEventListener('click', () => {
  const sel = selectedNodes();
  if (sel.length !== 2) {
    setStatus('select exactly two nodes (shift-click) for a shortest path', 'error');
    return;
  }
  const [a, b] = [sel[0]?.id() ?? '', sel[1]?.id() ?? ''];
  void api
    .path(a, b)
    .then((p) => {
      if (!p.found) {
        setStatus('no path between them within 8 relations', 'error');
        return;
      }
      show(p);
      cy.elements().removeClass('path');
      for (const n of p.nodes) cy.getElementById(n.id).addClass('path');
      for (const e of p.edges) cy.getElementById(`edge:${e.id}`).addClass('path');
      setStatus(`path of ${p.edges.length} relation(s)`);
    })
    .catch(report);
});
$('export-png').addEventListener('click', () => {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  download(blob, 'kg-view.png');
});
$('export-json').addEventListener('click', () => {
  void (async () => {
    const edges = cy.edges(':visible').map((e) => ({ ...e.data() }) as Record<string, unknown>);
    const evidence = await Promise.all(edges.map(async (e) => (typeof e['key'] === 'string' ? (await api.evidence(e['key'])).evidence : [])));
    const data = { nodes: cy.nodes(':visible').map((n) => n.data() as unknown), edges: edges.map((e, i) => ({ ...e, sentences: evidence[i] })) };
    download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), 'kg-view.json');
  })().catch(report);
});
$('copy-link').addEventListener('click', () => {
  updateUrl();
  void navigator.clipboard?.writeText(location.href).then(
    () => setStatus('link copied'),
    () => setStatus(location.href),
  );
});

function download(blob: Blob, name: string): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// Tabs of the bottom drawer.
for (const tab of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll<HTMLButtonElement>('.tabs button')) t.classList.toggle('active', t === tab);
    $('tab-cypher').hidden = tab.dataset['tab'] !== 'cypher';
    $('tab-documents').hidden = tab.dataset['tab'] !== 'documents';
  });
}
$('doc-close').addEventListener('click', () => $<HTMLDialogElement>('document-view').close());

// Starting points.
$('start-overview').addEventListener('click', () => void api.overview({ limit: 60 }).then((s) => show(s, { replace: true })).catch(report));
$('start-province').addEventListener('change', () => {
  const region = $<HTMLSelectElement>('start-province').value;
  if (region !== '') void api.overview({ limit: 80, region }).then((s) => show(s, { replace: true })).catch(report);
});
$('start-document').addEventListener('change', () => {
  const doc = $<HTMLSelectElement>('start-document').value;
  if (doc !== '') void api.overview({ limit: 120, doc }).then((s) => show(s, { replace: true })).catch(report);
});

createCypherPanel((result) => show(fromCypher(result), { replace: true }));

// ---------------------------------------------------------------------------------------------------------------
// Start: filters, documents, then the view in the URL or a readable overview.

async function start(): Promise<void> {
  const values = await api.filters();
  for (const d of values.documents) docDates.set(d.id, d.publishedAt);
  renderFilters(values, refilter);
  $('start-province').append(...values.provinces.map((p) => h('option', { value: p }, p)));
  $('start-document').append(...values.documents.map((d) => h('option', { value: d.id }, d.title)));
  await renderDocumentList(openDoc);
  const view = decodeView(location.hash);
  if (view !== null && view.ids.length > 0) {
    const layout = view.layout as LayoutName;
    $<HTMLSelectElement>('layout').value = layout;
    void canvas.layout(layout);
    show(await api.subgraph(view.ids), { replace: true });
  } else {
    show(await api.overview({ limit: 60 }), { replace: true });
  }
  document.body.dataset['ready'] = 'true';
}

start().catch(report);
