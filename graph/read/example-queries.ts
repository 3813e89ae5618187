// The example questions of docs/queries.cypher, parsed: the tests run each one, the viewer offers them one click away.
import type { Json } from './cypher.ts';

export interface ExampleQuery {
  name: string;
  question: string;
  params: Record<string, Json>;
  text: string;
}

/** Splits the file on `;` at a line end; blocks that are only comments (the header) are not queries. */
export function parseQueryFile(text: string): ExampleQuery[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((block) => block.trim())
    .filter((block) => block.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('//')))
    .map((block) => {
      const name = /^\/\/ name: (\S+)\s*$/m.exec(block)?.[1];
      const question = /^\/\/ Q: (.+)$/m.exec(block)?.[1];
      const params = /^\/\/ params: (.+)$/m.exec(block)?.[1];
      if (name === undefined || question === undefined || params === undefined) {
        throw new Error(`query without name, Q or params comment:\n${block}`);
      }
      return { name, question, params: JSON.parse(params) as Record<string, Json>, text: block };
    });
}
