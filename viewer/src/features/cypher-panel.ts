// The Cypher panel: Neo4j's CodeMirror 6 editor with completion from this database, the example queries, parameters,
// and results as a graph (nodes and relationships in the rows) or as a table.
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { QueryResult } from '../../../graph/read/cypher.ts';
import type { ExampleQuery } from '../../../graph/read/example-queries.ts';
import { api, ApiError } from '../api.ts';
import { $, h } from '../shared/dom.ts';

export interface CypherPanel {
  run(): Promise<QueryResult | null>;
  setQuery(text: string, params?: Record<string, unknown>): void;
}

export function createCypherPanel(onGraph: (result: QueryResult) => void): CypherPanel {
  const { editor } = createCypherEditor($('editor'), {
    value: 'MATCH (r:Region)-[l:LAUNCHED]->(m:Measure) RETURN r, l, m LIMIT 25',
    lineNumbers: true,
    theme: 'light',
  });
  const text = (): string => editor.codemirror.state.doc.toString();
  const message = $('cypher-message');
  const params = $<HTMLInputElement>('params');
  let examples: ExampleQuery[] = [];

  void api.schema().then((s) => editor.setSchema({ labels: s.labels.map((l) => `:${l}`), relationshipTypes: s.relationshipTypes.map((t) => `:${t}`), propertyKeys: s.propertyKeys }));
  void api.examples().then((r) => {
    examples = r.examples;
    const select = $<HTMLSelectElement>('examples');
    select.append(...examples.map((e) => h('option', { value: e.name }, e.question)));
    select.addEventListener('change', () => {
      const ex = examples.find((e) => e.name === select.value);
      if (ex !== undefined) panel.setQuery(ex.text.replace(/^\/\/.*\n/gm, '').trim(), ex.params);
    });
  });

  const renderTable = (result: QueryResult): void => {
    const cell = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
    $('cypher-table').replaceChildren(
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, ...result.rows.map((row) => h('tr', {}, ...result.columns.map((c) => h('td', {}, cell(row[c])))))),
      ),
    );
  };

  const panel: CypherPanel = {
    async run() {
      let parsed: Record<string, unknown> = {};
      try {
        parsed = params.value.trim() === '' ? {} : (JSON.parse(params.value) as Record<string, unknown>);
      } catch {
        message.textContent = 'parameters must be a JSON object, e.g. {"region": "四川省"}';
        message.className = 'message error';
        return null;
      }
      message.textContent = 'running…';
      message.className = 'message';
      try {
        const result = await api.cypher(text(), parsed);
        message.textContent = `${result.rows.length} row(s), ${result.nodes.length} node(s), ${result.edges.length} relationship(s)` + (result.truncated ? ` — cut at the cap of ${result.maxRows} rows` : '');
        renderTable(result);
        const asTable = $<HTMLInputElement>('cypher-as-table').checked || result.nodes.length === 0;
        $('cypher-table').hidden = !asTable;
        if (!asTable) onGraph(result);
        return result;
      } catch (e) {
        message.textContent = e instanceof ApiError ? `${e.status}: ${e.message}` : String(e);
        message.className = 'message error';
        return null;
      }
    },
    setQuery(query, p) {
      editor.setValue(query);
      if (p !== undefined) params.value = Object.keys(p).length === 0 ? '' : JSON.stringify(p);
    },
  };
  $('run-cypher').addEventListener('click', () => void panel.run());
  return panel;
}
