// `kg ingest --shard i/N`: four independent processes, each taking its share of the files, write to one Neo4j at the
// same time and leave exactly the graph one process leaves.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../ingest/stream/shard.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j, neo4jEnv } from './neo4j-setup.ts';

let neo: TestNeo4j;
let corpus: string;
const SHARDS = 4;

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  // The seeds and a dozen reports of the development corpus: regions, groups and measures shared across files.
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-shard-'));
  for (const f of fs.readdirSync(path.join(projectRoot, 'seeds'))) fs.copyFileSync(path.join(projectRoot, 'seeds', f), path.join(corpus, f));
  const plain = path.join(projectRoot, 'test', 'data', 'corpus', 'plain');
  for (const f of fs.readdirSync(plain).sort().slice(0, 12)) fs.copyFileSync(path.join(plain, f), path.join(corpus, f));
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
  if (corpus !== undefined) fs.rmSync(corpus, { recursive: true, force: true });
});

const env = (): NodeJS.ProcessEnv => neo4jEnv(neo);
const kgArgs = (extra: string[]): string[] => [path.join(projectRoot, 'cli', 'kg.mjs'), 'ingest', '--no-progress', '--jobs', '1', '--batch-size', '20', corpus, ...extra];

function run(extra: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, kgArgs(extra), { cwd: projectRoot, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

async function dump(): Promise<unknown> {
  const q = async (text: string): Promise<string[]> =>
    (await neo.driver.executeQuery(text, {}, { database: neo.config.database })).records.map((r) => String(r.get(0))).sort();
  return {
    labels: await q("MATCH (n) UNWIND labels(n) AS l WITH l, count(*) AS c RETURN l + ':' + c"),
    types: await q("MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN t + ':' + c"),
    relations: await q(
      "MATCH (s)-[r:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF]->(t) RETURN r.key + '|' + s.id + '|' + t.id + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS_EDGE {key: r.key}]->(s) | d.id]), ',')",
    ),
    entities: await q("MATCH (n:Entity) RETURN n.id + '|' + apoc.text.join(apoc.coll.sort(n.aliases), ',') + '|' + apoc.text.join(apoc.coll.sort([(d:Document)-[:SUPPORTS]->(n) | d.id]), ',')"),
    evidence: await q("MATCH (e:Evidence)-[:IN]->(d:Document) RETURN e.id + '|' + d.id"),
    documents: await q("MATCH (d:Document) RETURN d.id + '|' + d.path + '|' + d.complete"),
  };
}

describe('kg ingest --shard', { timeout: 600_000 }, () => {
  it('spreads the files over every shard', () => {
    // Fixed paths: the test corpus lives in a random temporary folder, and 17 files may leave a shard empty by chance.
    const per = new Array<number>(SHARDS).fill(0);
    for (let f = 0; f < 400; f++) {
      const i = shardOf(path.join('/reports', `county-${f}.txt`), SHARDS);
      per[i] = (per[i] ?? 0) + 1;
    }
    for (const n of per) expect(n).toBeGreaterThan(60);
    expect(per.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('four processes at once converge to the graph of one process', async () => {
    await wipeDatabase(neo);
    const one = await run([]);
    expect(one.code, one.stderr).toBe(0);
    const reference = await dump();

    await wipeDatabase(neo);
    const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => run(['--shard', `${i}/${SHARDS}`])));
    for (const s of shards) expect(s.code, s.stderr).toBe(0);
    expect(await dump()).toEqual(reference);

    // Sharded again on the same files: every shard finds its documents loaded and changes nothing.
    const again = await Promise.all(Array.from({ length: SHARDS }, (_, i) => run(['--shard', `${i}/${SHARDS}`])));
    for (const s of again) expect(s.stderr).toMatch(/documents 0 loaded, \d+ unchanged \(skipped\), 0 removed/);
    expect(await dump()).toEqual(reference);
  });

  it('rejects a shard outside 0..N-1', () => {
    const out = spawnSync(process.execPath, kgArgs(['--shard', '4/4']), { cwd: projectRoot, env: env(), encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--shard must be i\/N/);
  });
});
