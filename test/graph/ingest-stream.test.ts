// The streaming ingest against a real Neo4j: content hashes are checked before extraction, a changed file is extracted
// again and its old contribution removed, and batches of any size give the same graph.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../graph/write/load-graph.ts';
import { eachLoadedDocument } from '../../graph/write/load-plan.ts';
import { extractFile } from '../../ingest/extract-file.ts';
import { inlineExtractor } from '../../ingest/parallel/extract-pool.ts';
import { listInputs, type SourceFile } from '../../ingest/read/read-inputs.ts';
import { ingestFiles, removeMissing } from '../../ingest/stream/ingest-files.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from './neo4j-setup.ts';

let neo: TestNeo4j;
let corpus: string;

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stream-'));
  for (const f of fs.readdirSync(path.join(projectRoot, 'seeds'))) fs.copyFileSync(path.join(projectRoot, 'seeds', f), path.join(corpus, f));
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
  if (corpus !== undefined) fs.rmSync(corpus, { recursive: true, force: true });
});

/** The real extractor, counting the files it is asked for. */
function countingExtractor(): { calls: string[]; extractor: ReturnType<typeof inlineExtractor> } {
  const calls: string[] = [];
  return {
    calls,
    extractor: inlineExtractor((file: SourceFile) => {
      calls.push(path.basename(file.path));
      return extractFile(file);
    }),
  };
}

async function ingest(opts: { docsPerBatch?: number; checkGroup?: number } = {}) {
  const { files } = await listInputs([corpus]);
  const { calls, extractor } = countingExtractor();
  const run = await ingestFiles(neo.driver, files, { database: neo.config.database, batchSize: 50, ...opts }, { extractor });
  const removed = await removeMissing(neo.driver, { database: neo.config.database, batchSize: 50 }, run.seen, (p) => p.startsWith(corpus));
  return { run, calls, removed };
}

/** Sorted keys with their supporting documents: the graph up to order. */
async function dump(): Promise<string[]> {
  const q = async (text: string): Promise<string[]> =>
    (await neo.driver.executeQuery(text, {}, { database: neo.config.database })).records.map((r) => String(r.get(0)));
  return [
    ...(await q("MATCH ()-[r:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF]->() RETURN r.key + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS_EDGE {key: r.key}]->() | d.id]), ',')")),
    ...(await q("MATCH (n:Entity) RETURN n.id + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS]->(n) | d.id]), ',')")),
    ...(await q("MATCH (e:Evidence)-[:IN]->(d:Document) RETURN e.id + '|' + d.id")),
  ].sort();
}

describe('streaming ingest', { timeout: 300_000 }, () => {
  let first: string[];

  it('extracts every file on a first run', async () => {
    const { run, calls } = await ingest();
    expect(run.failures).toEqual([]);
    expect(calls.sort()).toEqual(fs.readdirSync(corpus).sort());
    expect(run.documents).toEqual({ loaded: 5, unchanged: 0, removed: 0 });
    first = await dump();
  });

  it('does not call extraction for a file whose content hash is loaded', async () => {
    const before = await countGraph(neo.driver, neo.config.database);
    const { run, calls } = await ingest();
    expect(calls).toEqual([]);
    expect(run.documents).toEqual({ loaded: 0, unchanged: 5, removed: 0 });
    expect(await countGraph(neo.driver, neo.config.database)).toEqual(before);
  });

  it('extracts only a changed file and takes away exactly its old contribution', async () => {
    const [name] = fs.readdirSync(corpus).sort();
    if (name === undefined) throw new Error('no seed');
    const file = path.join(corpus, name);
    const original = fs.readFileSync(file);
    // Keep the title and header; the body becomes one sentence that says something new.
    const head = original.toString('utf8').split('\n').slice(0, 2).join('\n');
    fs.writeFileSync(file, `${head}\n四川省宜宾市兴文县开设14个流动课堂。\n`);
    const changed = await ingest();
    expect(changed.calls).toEqual([name]);
    expect(changed.run.documents).toEqual({ loaded: 1, unchanged: 4, removed: 1 });

    // Putting the file back gives exactly the first graph: the changed version's facts went with it.
    fs.writeFileSync(file, original);
    const restored = await ingest();
    expect(restored.calls).toEqual([name]);
    expect(await dump()).toEqual(first);
  });

  it('reads the loaded documents back a page at a time, each once, whatever the page size', async () => {
    const all = async (pageSize: number) => {
      const ids: string[] = [];
      for await (const d of eachLoadedDocument(neo.driver, neo.config.database, pageSize)) ids.push(d.id);
      return ids;
    };
    const whole = await all(5000);
    expect(whole).toHaveLength(5);
    expect(await all(2)).toEqual(whole);
    expect(await all(1)).toEqual(whole);
    expect(await all(5)).toEqual(whole);
  });

  it('gives the same graph whatever the batch and check-group sizes', async () => {
    await wipeDatabase(neo);
    await ingest({ docsPerBatch: 1, checkGroup: 2 });
    expect(await dump()).toEqual(first);
  });
});
