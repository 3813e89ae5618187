// Finds a real Neo4j for the graph tests (never a mock) and keeps test files from wiping each other's data.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConfig } from '../../graph/config.ts';
import { localNeo4jStatus, startLocalNeo4j, type LocalNeo4jOptions, type LocalNeo4jStatus } from '../../graph/db/local-neo4j.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The tests' own local Neo4j: its own data folder and ports, so `npm test` never touches what `npm start` loaded. */
export function testNeo4jOptions(): LocalNeo4jOptions {
  const port = Number(process.env['KG_TEST_NEO4J_PORT'] ?? '17687');
  return {
    projectRoot,
    dataDir: path.join(projectRoot, '.data', 'neo4j-test'),
    port,
    // On, so a test can check that the Browser too listens on loopback only.
    browserPort: port + 1,
    password: 'kg-test-neo4j-password',
    heap: '1g',
    log: () => undefined,
  };
}

/** Starts the tests' instance, or returns it when it already runs. */
export async function startTestNeo4j(): Promise<LocalNeo4jStatus> {
  const opts = testNeo4jOptions();
  const status = await localNeo4jStatus(opts);
  return status.running ? status : startLocalNeo4j(opts);
}

export function testTargetFromEnv(): Neo4jConfig | null {
  const uri = process.env['KG_TEST_NEO4J_URI'];
  if (uri === undefined || uri === '') return null;
  return {
    uri,
    username: process.env['KG_TEST_NEO4J_USERNAME'] ?? 'neo4j',
    password: process.env['KG_TEST_NEO4J_PASSWORD'] ?? '',
    database: process.env['KG_TEST_NEO4J_DATABASE'] ?? 'neo4j',
  };
}

export interface TestNeo4j {
  driver: Driver;
  config: Neo4jConfig;
  /** Which of the ways below found it, for failure messages. */
  source: string;
  close(): Promise<void>;
}

export function containerRuntime(): boolean {
  const probe = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000, stdio: 'ignore' });
  return probe.status === 0;
}

async function reachable(config: Neo4jConfig): Promise<Driver> {
  const driver = createDriver(config, { connectionTimeout: 5000, maxTransactionRetryTime: 5000 });
  try {
    await driver.verifyConnectivity({ database: config.database });
    return driver;
  } catch (e) {
    await driver.close();
    throw e;
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e));

/**
 * The user's Neo4j (the default local instance, NEO4J_URI) is never a test target: tests empty the database they
 * run on. In order: the instance KG_TEST_NEO4J_URI names (with KG_TEST_NEO4J_USERNAME/PASSWORD/DATABASE); a
 * testcontainers Neo4j (@testcontainers/neo4j 11.x) where a container runtime exists; the tests' own local
 * instance (.data/neo4j-test, its own ports, started by test/global-setup.ts or here). Throws, listing every
 * attempt, when none answers: the graph tests fail rather than skip.
 */
export async function connectTestNeo4j(): Promise<TestNeo4j> {
  const attempts: string[] = [];

  if (testTargetFromEnv() !== null) {
    attempts.push('testcontainers: not tried, KG_TEST_NEO4J_URI names the target');
  } else if (containerRuntime()) {
    try {
      // Loaded only with a runtime to talk to: the module pulls in the whole Docker client.
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const password = 'kg-test-password';
      const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
      const config: Neo4jConfig = { uri: container.getBoltUri(), username: container.getUsername(), password: container.getPassword(), database: 'neo4j' };
      const driver = await reachable(config);
      return {
        driver,
        config,
        source: `testcontainers (${config.uri})`,
        close: async () => {
          await driver.close();
          await container.stop();
        },
      };
    } catch (e) {
      attempts.push(`testcontainers: ${message(e)}`);
    }
  } else {
    attempts.push('testcontainers: no container runtime (docker info failed)');
  }

  const named = testTargetFromEnv();
  if (named !== null) {
    try {
      const driver = await reachable(named);
      return { driver, config: named, source: `KG_TEST_NEO4J_URI (${named.uri})`, close: () => driver.close() };
    } catch (e) {
      attempts.push(`KG_TEST_NEO4J_URI ${named.uri}: ${message(e)}`);
    }
  }

  try {
    const status = await startTestNeo4j();
    const config: Neo4jConfig = { uri: status.uri, username: status.user, password: status.password, database: 'neo4j' };
    const driver = await reachable(config);
    return { driver, config, source: `the tests' own local Neo4j (${config.uri}, ${status.dataDir})`, close: () => driver.close() };
  } catch (e) {
    attempts.push(`the tests' own local Neo4j: ${message(e)}`);
  }

  throw new Error(`graph tests need a real Neo4j and found none:\n  - ${attempts.join('\n  - ')}`);
}

/** Community edition has one user database, so every suite starts from an empty one. */
/** The environment a `kg` child process needs to reach the test database. */
export function neo4jEnv(neo: TestNeo4j): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: neo.config.uri,
    NEO4J_USERNAME: neo.config.username,
    NEO4J_PASSWORD: neo.config.password,
    NEO4J_DATABASE: neo.config.database,
  };
}

export async function wipeDatabase(neo: TestNeo4j): Promise<void> {
  const session = neo.driver.session({ database: neo.config.database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction; it keeps a large leftover graph from one huge delete.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

// ------------------------------------------------------------------------------------------------------------
// Graph test files share the one database; this lock keeps them sequential even if vitest runs files in parallel.

const LOCK = path.join(projectRoot, '.data', 'graph-tests.lock');

function holder(): number | null {
  try {
    const pid = Number(fs.readFileSync(LOCK, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireDatabaseLock(timeoutMs = 600_000): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = holder();
    if (pid === process.pid) return;
    // A crashed run leaves its lock behind; a dead holder's lock is free.
    if (pid === null || !alive(pid)) fs.rmSync(LOCK, { force: true });
    else if (Date.now() > deadline) throw new Error(`graph tests: ${LOCK} held by pid ${pid} for too long`);
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function releaseDatabaseLock(): void {
  if (holder() === process.pid) fs.rmSync(LOCK, { force: true });
}
