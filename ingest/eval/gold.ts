// The gold annotation files (one per document, see shared/spec/ontology.md) and their loader.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { EntityType, RelationType } from '../../schema/graph.ts';
import { InputError } from '../read/decode.ts';

export const GoldEntity = z.object({
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
});

export const GoldRelation = z.object({
  type: RelationType,
  source: GoldEntity,
  target: GoldEntity,
  count: z.number().optional(),
  sentence: z.string().describe('as written in the document'),
});

export const GoldFile = z.object({
  doc: z.string().min(1).describe('file name of the annotated document, matched against document path basenames'),
  relations: z.array(GoldRelation),
});

export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldRelation = z.infer<typeof GoldRelation>;
export type GoldFile = z.infer<typeof GoldFile>;

/** Every `*.json` in `dir`, in file-name order (the reference scorer's order, so verbose listings agree). */
export async function loadGoldDir(dir: string): Promise<GoldFile[]> {
  const entries = await readdir(dir).catch((error: unknown) => {
    throw new InputError(dir, `cannot read the gold folder (${messageOf(error)})`);
  });
  const names = entries.filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map((name) => loadGoldFile(path.join(dir, name))));
}

export function loadGoldFile(file: string): Promise<GoldFile> {
  return readValidatedJson(file, GoldFile, 'a gold file');
}

/** Reads a JSON file and checks it against `schema`; any failure is an InputError naming the file. */
export async function readValidatedJson<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new InputError(file, `cannot read (${messageOf(error)})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not valid JSON (${messageOf(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InputError(file, `not ${what}: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/** One line for a zod error: the first issue with its path, and how many more there are. */
export function firstIssue(error: z.ZodError): string {
  const [issue, ...rest] = error.issues;
  if (!issue) return 'invalid';
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}${rest.length ? ` (and ${rest.length} more)` : ''}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
