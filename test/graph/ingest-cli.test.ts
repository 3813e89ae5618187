// `kg ingest` and `kg db status` end to end: real files, the real extractor, a real Neo4j.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../graph/write/load-graph.ts';
import { acquireDatabaseLock, connectTestNeo4j, projectRoot, releaseDatabaseLock, wipeDatabase, type TestNeo4j } from './neo4j-setup.ts';

let neo: TestNeo4j;
let corpus: string;

beforeAll(async () => {
  await acquireDatabaseLock();
  neo = await connectTestNeo4j();
  await wipeDatabase(neo);
  // A copy of the seeds, so a test can change and delete files.
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
  for (const f of fs.readdirSync(path.join(projectRoot, 'seeds'))) fs.copyFileSync(path.join(projectRoot, 'seeds', f), path.join(corpus, f));
}, 600_000);

afterAll(async () => {
  await neo?.close();
  releaseDatabaseLock();
  if (corpus !== undefined) fs.rmSync(corpus, { recursive: true, force: true });
});

function kg(args: string[]) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'cli', 'kg.mjs'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      NEO4J_URI: neo.config.uri,
      NEO4J_USERNAME: neo.config.username,
      NEO4J_PASSWORD: neo.config.password,
      NEO4J_DATABASE: neo.config.database,
    },
  });
}

const seedCount = (): number => fs.readdirSync(corpus).length;

describe('kg ingest', { timeout: 180_000 }, () => {
  it('extracts and loads a folder, reporting counts on stderr', async () => {
    const out = kg(['ingest', corpus]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(new RegExp(`${seedCount()} files read, 0 failed; documents ${seedCount()} loaded, 0 unchanged`));
    const counts = await countGraph(neo.driver, neo.config.database);
    expect(counts.documents).toBe(seedCount());
    expect(counts.relations).toBeGreaterThan(50);
    expect(out.stderr).toContain(`now holds ${counts.documents} documents, ${counts.entities} entities, ${counts.relations} relations`);
  });

  it('skips every unchanged document on a second run and leaves the same counts', async () => {
    const before = await countGraph(neo.driver, neo.config.database);
    const out = kg(['ingest', corpus]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toMatch(new RegExp(`documents 0 loaded, ${seedCount()} unchanged \\(skipped\\), 0 removed`));
    expect(await countGraph(neo.driver, neo.config.database)).toEqual(before);
  });

  it('replaces a changed file and drops a deleted one', async () => {
    const [first, second] = fs.readdirSync(corpus).sort();
    if (first === undefined || second === undefined) throw new Error('need two seed files');
    fs.appendFileSync(path.join(corpus, first), '\n');
    fs.rmSync(path.join(corpus, second));
    const out = kg(['ingest', corpus]);
    expect(out.status, out.stderr).toBe(0);
    // Two removed: the old version of the changed file and the deleted one.
    expect(out.stderr).toMatch(new RegExp(`documents 1 loaded, ${seedCount() - 1} unchanged \\(skipped\\), 2 removed`));
    const [row] = (
      await neo.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n, sum(CASE WHEN d.path ENDS WITH $gone THEN 1 ELSE 0 END) AS gone', { gone: second }, { database: neo.config.database })
    ).records;
    expect(row?.get('n').toNumber()).toBe(seedCount());
    expect(row?.get('gone').toNumber()).toBe(0);
  });

  it('exits non-zero when a file fails, after loading the others', () => {
    const out = kg(['ingest', corpus, path.join(corpus, 'no-such-report.txt')]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/1 failed/);
    expect(out.stderr).toMatch(/failed: .*no-such-report\.txt: no such file/);
  });

  it('fails fast, in one line, when Neo4j cannot be reached', () => {
    const out = spawnSync(process.execPath, [path.join(projectRoot, 'cli', 'kg.mjs'), 'ingest', corpus], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg ingest: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 /)]);
  });
});

describe('kg db status', () => {
  it('reports the local Neo4j as JSON without its password', () => {
    const out = kg(['db', 'status']);
    const status = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(status).toHaveProperty('running');
    expect(status).not.toHaveProperty('password');
    expect(out.status).toBe(status['running'] === true ? 0 : 3);
  });
});
