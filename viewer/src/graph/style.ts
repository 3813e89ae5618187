// How entities and relations look: one stylesheet keyed by data, the legend drawn from the same table.
import type { StylesheetJson } from 'cytoscape';

export const TYPES: Record<string, { color: string; shape: string; label: string }> = {
  Region: { color: '#4e79a7', shape: 'round-rectangle', label: 'Region 地区' },
  Group: { color: '#f28e2b', shape: 'diamond', label: 'Group 指导组/督导组' },
  Unit: { color: '#59a14f', shape: 'ellipse', label: 'Unit 单位' },
  Measure: { color: '#e15759', shape: 'hexagon', label: 'Measure 措施' },
  Other: { color: '#9c9c9c', shape: 'ellipse', label: 'other node' },
};

export const EDGE_COLORS: Record<string, string> = {
  LAUNCHED: '#e15759',
  SUPERVISES: '#f28e2b',
  ESTABLISHED: '#76b7b2',
  PART_OF: '#4e79a7',
};

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '120px',
      'text-wrap': 'ellipsis',
      width: 'mapData(degree, 0, 30, 18, 48)',
      height: 'mapData(degree, 0, 30, 18, 48)',
      'background-color': TYPES['Other']?.color ?? '#999',
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(TYPES).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': t.color, shape: t.shape as 'ellipse' },
  })),
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 8,
      color: '#555',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 'mapData(evidence, 0, 10, 1.2, 5)',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'line-color': '#aaa',
      'target-arrow-color': '#aaa',
    },
  },
  ...Object.entries(EDGE_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  })),
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#222' } },
  { selector: 'edge:selected', style: { width: 5, 'line-color': '#222', 'target-arrow-color': '#222' } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#333' } },
  { selector: '.dimmed', style: { opacity: 0.12 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.path', style: { 'line-color': '#000', 'target-arrow-color': '#000', 'border-color': '#000', 'border-width': 4, width: 5 } },
];
