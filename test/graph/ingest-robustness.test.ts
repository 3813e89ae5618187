// `kg ingest` under the failures a local tool meets: killed with SIGKILL mid-load, Neo4j lost mid-load, two runs at
// once on overlapping folders. Each ends, after a plain re-run, in exactly the graph of one clean run.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopLocalNeo4j } from '../../graph/db/local-neo4j.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, startTestNeo4j, testNeo4jOptions, wipeDatabase, type TestNeo4j, neo4jEnv } from './neo4j-setup.ts';

let neo: TestNeo4j;
let work: string;
const folders: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  // Three folders over the five seeds; a and b share one file's folder (b), as users' folders overlap.
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-robust-'));
  const seeds = fs.readdirSync(path.join(projectRoot, 'seeds')).sort();
  const split: Record<'a' | 'b' | 'c', string[]> = { a: seeds.slice(0, 2), b: seeds.slice(2, 3), c: seeds.slice(3) };
  for (const key of ['a', 'b', 'c'] as const) {
    folders[key] = path.join(work, key);
    fs.mkdirSync(folders[key]);
    for (const f of split[key]) fs.copyFileSync(path.join(projectRoot, 'seeds', f), path.join(folders[key], f));
  }
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
  if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
});

const env = (): NodeJS.ProcessEnv => neo4jEnv(neo);
const kgArgs = (paths: string[]): string[] => [path.join(projectRoot, 'cli', 'kg.mjs'), 'ingest', '--no-progress', '--batch-size', '7', ...paths];

function ingest(paths: string[]): { status: number | null; stderr: string } {
  const out = spawnSync(process.execPath, kgArgs(paths), { cwd: projectRoot, encoding: 'utf8', env: env(), timeout: 180_000 });
  return { status: out.status, stderr: out.stderr };
}

function ingestAsync(paths: string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, kgArgs(paths), { cwd: projectRoot, env: env(), stdio: 'ignore' });
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve(code))), kill: () => child.kill('SIGKILL') };
}

/** Counts per label and type, and the sorted keys of relations (with their documents) and of evidence. */
async function dump(): Promise<unknown> {
  const q = async (text: string): Promise<string[]> =>
    (await neo.driver.executeQuery(text, {}, { database: neo.config.database })).records.map((r) => String(r.get(0))).sort();
  return {
    labels: await q("MATCH (n) UNWIND labels(n) AS l WITH l, count(*) AS c RETURN l + ':' + c"),
    types: await q("MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN t + ':' + c"),
    relations: await q(
      "MATCH (s)-[r:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF]->(t) RETURN r.key + '|' + s.id + '|' + t.id + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS_EDGE {key: r.key}]->(s) | d.id]), ',')",
    ),
    evidence: await q("MATCH (e:Evidence)-[:IN]->(d:Document) RETURN e.id + '|' + d.id"),
    entities: await q("MATCH (n:Entity) RETURN n.id + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS]->(n) | d.id]), ',')"),
    documents: await q("MATCH (d:Document) RETURN d.id + '|' + d.complete"),
  };
}

const documentCount = async (): Promise<number> =>
  (await neo.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: neo.config.database })).records[0]?.get('n').toNumber() ?? 0;

async function waitFor(cond: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let clean: unknown;

describe('kg ingest converges', { timeout: 600_000 }, () => {
  it('gives the reference graph in one clean run', async () => {
    await wipeDatabase(neo);
    const out = ingest([folders.a, folders.b, folders.c]);
    expect(out.status, out.stderr).toBe(0);
    clean = await dump();
    expect((clean as { documents: string[] }).documents).toHaveLength(5);
  });

  it('after SIGKILL at several points of the load, then a plain run', async () => {
    await wipeDatabase(neo);
    // Kill points from the first document row on: the loader is then between its write transactions.
    for (const afterMs of [0, 120, 350, 700, 1200]) {
      const run = ingestAsync([folders.a, folders.b, folders.c]);
      await waitFor(async () => (await documentCount()) > 0, 120_000).catch(() => undefined);
      await new Promise((r) => setTimeout(r, afterMs));
      run.kill();
      await run.done;
    }
    const out = ingest([folders.a, folders.b, folders.c]);
    expect(out.status, out.stderr).toBe(0);
    expect(await dump()).toEqual(clean);
  });

  it('after Neo4j is lost in the middle of a load and comes back', async () => {
    if (neo.source.startsWith('KG_TEST_NEO4J_URI') || neo.source.startsWith('testcontainers')) {
      throw new Error(`this test stops and restarts the tests' own local Neo4j; it cannot stop ${neo.source}`);
    }
    await wipeDatabase(neo);
    const run = ingestAsync([folders.a, folders.b, folders.c]);
    await waitFor(async () => (await documentCount()) > 0, 120_000);
    await stopLocalNeo4j(testNeo4jOptions());
    expect(await run.done).not.toBe(0);
    await startTestNeo4j();
    const out = ingest([folders.a, folders.b, folders.c]);
    expect(out.status, out.stderr).toBe(0);
    expect(await dump()).toEqual(clean);
  });

  it('with two runs at once on overlapping folders, as one after the other', async () => {
    await wipeDatabase(neo);
    const first = ingestAsync([folders.a, folders.b]);
    const second = ingestAsync([folders.b, folders.c]);
    expect(await first.done).toBe(0);
    expect(await second.done).toBe(0);
    const together = await dump();
    await wipeDatabase(neo);
    expect(ingest([folders.a, folders.b]).status).toBe(0);
    expect(ingest([folders.b, folders.c]).status).toBe(0);
    expect(together).toEqual(await dump());
    expect(together).toEqual(clean);
  });

  it('and keeps what is loaded when a later run meets bad input', async () => {
    fs.writeFileSync(path.join(folders.c, 'empty.txt'), '');
    fs.writeFileSync(path.join(folders.c, 'binary.txt'), Buffer.alloc(100, 0));
    const out = ingest([folders.a, folders.b, folders.c]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/failed: .*empty\.txt: empty file/);
    expect(out.stderr).toMatch(/failed: .*binary\.txt: binary/);
    expect(await dump()).toEqual(clean);
  });
});
