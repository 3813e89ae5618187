// The Cytoscape canvas: adds subgraphs from the API, runs layouts, keeps an undo history of what is on screen.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Subgraph, VEdge, VNode } from '../../../graph/read/explore.ts';
import { stylesheet } from './style.ts';

cytoscape.use(fcose);

export { cytoscape };

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'grid';

export function nodeElement(n: VNode): ElementDefinition {
  return { group: 'nodes', data: { ...n, id: n.id } };
}

export function edgeElement(e: VEdge): ElementDefinition {
  const label = e.count !== null && e.count > 1 ? `${e.type} ×${e.count}` : e.type;
  return { group: 'edges', data: { ...e, id: `edge:${e.id}`, key: e.id, label: e.evidence > 1 ? `${label} (${e.evidence})` : label } };
}

export type RendererName = 'canvas' | 'webgl';

/** Whether this browser can give Cytoscape's WebGL renderer the WebGL2 context it needs (it throws without one). */
export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export interface Canvas {
  cy: Core;
  /** The renderer Cytoscape draws with. */
  renderer: RendererName;
  add(sub: Subgraph, opts?: { replace?: boolean; layout?: boolean }): void;
  /** Runs the layout; resolves when it has stopped. */
  layout(name?: LayoutName): Promise<void>;
  /** Remembers the current elements so the next change can be undone. */
  checkpoint(): void;
  undo(): boolean;
  currentLayout(): LayoutName;
}

const BIG = 2000;

export function createCanvas(container: HTMLElement, opts: { renderer?: RendererName } = {}): Canvas {
  const renderer: RendererName = opts.renderer === 'webgl' && webglAvailable() ? 'webgl' : 'canvas';
  const cy = cytoscape({
    container,
    // Cytoscape's WebGL renderer (3.31+, experimental) draws through the canvas renderer's texture caches.
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    style: stylesheet,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    // Fitting three nodes should not blow labels up to headline size.
    maxZoom: 2,
  });
  const history: ElementDefinition[][] = [];
  let current: LayoutName = 'fcose';

  const layoutOptions = (name: LayoutName): cytoscape.LayoutOptions => {
    const big = cy.elements().length > BIG;
    switch (name) {
      case 'fcose':
        // "draft" quality past a few thousand elements: a finished layout in seconds, not minutes.
        // Labels count as part of a node below that size, so that Chinese names do not run into each other.
        return { name: 'fcose', quality: big ? 'draft' : 'default', animate: !big, randomize: true, nodeRepulsion: () => 6000, idealEdgeLength: () => 90, packComponents: true, nodeDimensionsIncludeLabels: !big } as cytoscape.LayoutOptions;
      case 'concentric':
        return { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => Number(n.data('degree') ?? 0), levelWidth: () => 2, animate: !big, minNodeSpacing: 12 } as cytoscape.LayoutOptions;
      case 'breadthfirst':
        // The administrative hierarchy reads top-down: provinces (no PART_OF upwards) are the roots.
        return { name: 'breadthfirst', directed: true, roots: cy.nodes().filter((n) => n.outgoers('edge[type = "PART_OF"]').length === 0 && n.incomers('edge[type = "PART_OF"]').length > 0), spacingFactor: 1.1, animate: !big } as cytoscape.LayoutOptions;
      case 'grid':
        return { name: 'grid', avoidOverlap: true, animate: false };
    }
  };

  const canvas: Canvas = {
    cy,
    renderer,
    add(sub, opts = {}) {
      cy.batch(() => {
        if (opts.replace === true) cy.elements().remove();
        const nodes = sub.nodes.filter((n) => cy.getElementById(n.id).empty()).map(nodeElement);
        // New nodes start scattered, not stacked at the origin: an edge whose ends coincide has no geometry, and
        // Cytoscape 3.35's WebGL renderer then caches a NaN-sized edge label, throws, and stops drawing for good.
        const spread = 60 * Math.sqrt(cy.nodes().length + nodes.length);
        const centre = cy.nodes().nonempty() ? cy.nodes().boundingBox() : { x1: 0, y1: 0, w: 0, h: 0 };
        // Only for WebGL: with the canvas renderer, preset positions slowed the expand layout until Chromium's page crashed.
        if (renderer === 'webgl') for (const n of nodes) n.position = { x: centre.x1 + centre.w / 2 + (Math.random() - 0.5) * spread, y: centre.y1 + centre.h / 2 + (Math.random() - 0.5) * spread };
        cy.add(nodes);
        const edges = sub.edges
          .filter((e) => cy.getElementById(`edge:${e.id}`).empty() && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty())
          .map(edgeElement);
        cy.add(edges);
      });
      if (opts.layout !== false) void canvas.layout();
    },
    layout(name) {
      if (name !== undefined) current = name;
      const unpinned = cy.elements().filter((e) => !e.hasClass('pinned'));
      const layout = unpinned.layout(layoutOptions(current));
      const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      return stopped;
    },
    checkpoint() {
      history.push(cy.elements().jsons() as unknown as ElementDefinition[]);
      if (history.length > 30) history.shift();
    },
    undo() {
      const last = history.pop();
      if (last === undefined) return false;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(last);
      });
      return true;
    },
    currentLayout: () => current,
  };
  return canvas;
}
