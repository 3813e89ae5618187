// Which documents to load, skip or remove: decided from content hashes before anything is extracted or written.
import neo4j, { type Driver } from 'neo4j-driver';

export interface LoadedDocument {
  id: string;
  path: string;
  complete: boolean;
}

export interface LoadPlan {
  load: Set<string>;
  unchanged: Set<string>;
  /** Loaded documents whose contribution is removed first: changed at the same path, gone, or being reloaded. */
  remove: Set<string>;
}

export interface PlanOptions {
  /** Reload documents even when their content hash is already loaded (e.g. after the extractor changed). */
  force?: boolean;
  /** Loaded documents absent from the input whose path this accepts are removed, with their contribution. */
  removeMissing?: (path: string) => boolean;
}

/** Pure, so it is tested without a database; the input is documents (id = content hash, path), not their facts. */
export function planLoad(input: { documents: ReadonlyArray<{ id: string; path: string }> }, loaded: LoadedDocument[], opts: PlanOptions): LoadPlan {
  const byId = new Map(loaded.map((d) => [d.id, d]));
  const inputIds = new Set(input.documents.map((d) => d.id));
  const inputPaths = new Set(input.documents.map((d) => d.path));
  const plan: LoadPlan = { load: new Set(), unchanged: new Set(), remove: new Set() };
  for (const doc of input.documents) {
    const old = byId.get(doc.id);
    if (old?.complete === true && opts.force !== true) {
      plan.unchanged.add(doc.id);
    } else {
      plan.load.add(doc.id);
      // A half-written earlier load (crash between batches) or a forced reload starts from a clean slate.
      if (old !== undefined) plan.remove.add(doc.id);
    }
  }
  for (const old of loaded) {
    if (inputIds.has(old.id)) continue;
    if (inputPaths.has(old.path) || opts.removeMissing?.(old.path) === true) plan.remove.add(old.id);
  }
  return plan;
}

type DocumentRecord = { id: string; path: string; complete: boolean | null };
const toLoaded = (r: { get<K extends keyof DocumentRecord>(k: K): DocumentRecord[K] }): LoadedDocument => ({
  id: r.get('id'),
  path: r.get('path'),
  complete: r.get('complete') === true,
});

/** Every loaded document (id, path, state) at once, for planning the load of a whole graph (loadGraph). */
export async function readLoadedDocuments(driver: Driver, database: string): Promise<LoadedDocument[]> {
  const all: LoadedDocument[] = [];
  for await (const d of eachLoadedDocument(driver, database)) all.push(d);
  return all;
}

/**
 * Every loaded document, a page at a time in order of id (the id constraint's index gives the order): a database of
 * 370,000 documents read in one result held 100 MiB of records at the end of an ingest.
 */
export async function* eachLoadedDocument(driver: Driver, database: string, pageSize = 5000): AsyncGenerator<LoadedDocument> {
  let after = '';
  for (;;) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    let page: LoadedDocument[];
    try {
      const result = await session.executeRead((tx) =>
        tx.run<DocumentRecord>(
          'MATCH (d:Document) WHERE d.id > $after RETURN d.id AS id, d.path AS path, d.complete AS complete ORDER BY d.id LIMIT $n',
          { after, n: neo4j.int(pageSize) },
        ),
      );
      page = result.records.map(toLoaded);
    } finally {
      await session.close();
    }
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) return;
    after = last.id;
  }
}

/** The loaded documents one batch of input can concern: the same content, or the same path (a changed file). */
export async function readLoadedFor(driver: Driver, database: string, ids: string[], paths: string[]): Promise<LoadedDocument[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run<DocumentRecord>(
        `CALL { UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d
                UNION UNWIND $paths AS p MATCH (d:Document {path: p}) RETURN d }
         RETURN d.id AS id, d.path AS path, d.complete AS complete`,
        { ids, paths },
      ),
    );
    return result.records.map(toLoaded);
  } finally {
    await session.close();
  }
}
