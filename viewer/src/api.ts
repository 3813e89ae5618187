// The viewer's only way to the data: typed calls to the server's /api (credentials never reach the browser).
import type { DocumentDetail, DocumentSummary, EdgeEvidence, EntityDetail, FilterValues, NeighbourPage, Subgraph } from '../../graph/read/explore.ts';
import type { QueryResult } from '../../graph/read/cypher.ts';
import type { ExampleQuery } from '../../graph/read/example-queries.ts';
import type { SearchHit } from '../../api/search-index.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`api${path}`, init);
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new ApiError(body.error ?? `HTTP ${res.status}`, res.status);
  return body;
}

const q = (params: Record<string, string | number | undefined>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text === '' ? '' : `?${text}`;
};

export const api = {
  search: (text: string) => call<{ results: SearchHit[] }>(`/search${q({ q: text, limit: 12 })}`),
  overview: (p: { limit?: number; region?: string; doc?: string }) => call<Subgraph>(`/overview${q(p)}`),
  neighbours: (id: string, cursor = 0, limit = 25) => call<NeighbourPage>(`/nodes/${encodeURIComponent(id)}/neighbours${q({ cursor, limit })}`),
  node: (id: string) => call<EntityDetail>(`/nodes/${encodeURIComponent(id)}`),
  evidence: (key: string) => call<EdgeEvidence>(`/edges/${encodeURIComponent(key)}/evidence`),
  path: (from: string, to: string) => call<Subgraph & { found: boolean }>(`/path${q({ from, to })}`),
  subgraph: (ids: string[]) => call<Subgraph>(`/subgraph${q({ ids: ids.join(',') })}`),
  documents: () => call<{ documents: DocumentSummary[] }>('/documents'),
  document: (id: string) => call<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  filters: () => call<FilterValues>('/filters'),
  schema: () => call<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>('/schema'),
  examples: () => call<{ examples: ExampleQuery[] }>('/examples'),
  cypher: (query: string, params: Record<string, unknown>) =>
    call<QueryResult>('/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) }),
};
