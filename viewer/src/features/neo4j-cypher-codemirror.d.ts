// @neo4j-cypher/codemirror ships types in src/ that its package.json "exports" hides; this declares what the panel uses.
declare module '@neo4j-cypher/codemirror' {
  import type { EditorView } from '@codemirror/view';
  export interface CypherSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
  }
  export interface CypherEditor {
    codemirror: EditorView;
    setValue(value: string): void;
    setSchema(schema: CypherSchema): void;
  }
  export function createCypherEditor(
    parent: HTMLElement,
    options?: { value?: string; lineNumbers?: boolean; theme?: 'light' | 'dark' | 'auto'; schema?: CypherSchema },
  ): { editor: CypherEditor };
}
declare module '*.css';
