// The local Neo4j keeps its password out of sight (ps, logs, `kg db status`, errors), listens on loopback only, and
// keeps no more transaction logs than a server without backups needs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localNeo4jStatus, type LocalNeo4jStatus } from '../../graph/db/local-neo4j.ts';
import { connectTestNeo4j, projectRoot, startTestNeo4j, testNeo4jOptions } from './neo4j-setup.ts';

let status: LocalNeo4jStatus;
const password = testNeo4jOptions().password ?? '';

beforeAll(async () => {
  await startTestNeo4j();
  status = await localNeo4jStatus(testNeo4jOptions());
}, 300_000);

const kg = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'cli', 'kg.mjs'), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });

/** LISTEN sockets on `port` from /proc/net/tcp{,6}, as local addresses in hex. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [addr, p] = (cols[1] ?? '').split(':');
      if (p === hexPort && cols[3] === '0A' && addr !== undefined) out.push(addr);
    }
  }
  return out;
}

describe('the local Neo4j', () => {
  it('is running with a password long enough to recognise', () => {
    expect(status.running).toBe(true);
    expect(password.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the password out of its command line (ps) and its log', () => {
    const argv = fs.readFileSync(`/proc/${status.pid}/cmdline`, 'utf8');
    expect(argv).toContain('kg.neo4j.Main');
    expect(argv).not.toContain(password);
    expect(fs.readFileSync(status.logFile, 'utf8')).not.toContain(password);
    const ps = spawnSync('ps', ['-eo', 'args', '-ww'], { encoding: 'utf8' });
    expect(ps.stdout).not.toContain(password);
  });

  it('keeps the password out of `kg db status`', () => {
    const out = kg(['db', 'status'], {
      KG_NEO4J_DATA_DIR: testNeo4jOptions().dataDir ?? '',
      KG_NEO4J_PORT: String(testNeo4jOptions().port),
      NEO4J_PASSWORD: password,
    });
    expect(JSON.parse(out.stdout)).toMatchObject({ running: true, uri: status.uri });
    expect(out.stdout + out.stderr).not.toContain(password);
  });

  it('keeps a wrong password out of the error it causes', () => {
    const wrong = 'wrong-secret-4711-xyz';
    const out = kg(['cypher', 'RETURN 1'], { NEO4J_URI: status.uri, NEO4J_PASSWORD: wrong });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/refused the credentials/);
    expect(out.stderr).not.toContain(wrong);
  });

  it('listens for Bolt and the Browser on 127.0.0.1 only', () => {
    // 127.0.0.1 as IPv4, or as the IPv4-mapped IPv6 address ::ffff:127.0.0.1 (Java binds that way on a dual stack).
    const loopback = ['0100007F', '0000000000000000FFFF00000100007F'];
    for (const port of [testNeo4jOptions().port ?? 0, testNeo4jOptions().browserPort ?? 0]) {
      const addrs = listeners(port);
      expect(addrs.length, `port ${port}`).toBeGreaterThan(0);
      for (const a of addrs) expect(loopback, `port ${port}: ${a}`).toContain(a);
    }
  });

  it('prunes its transaction logs to the last files instead of keeping two days of them', async () => {
    // Neo4j's default ("2 days") kept 11 GiB of logs beside a 4.5 GiB store after 256 MiB of reports.
    const neo = await connectTestNeo4j();
    try {
      const result = await neo.driver.executeQuery("CALL dbms.listConfig('db.tx_log.rotation.retention_policy') YIELD name, value RETURN name, value");
      expect(result.records.map((r) => [r.get('name'), r.get('value')])).toEqual([['db.tx_log.rotation.retention_policy', '2 files']]);
    } finally {
      await neo.close();
    }
  });
});
