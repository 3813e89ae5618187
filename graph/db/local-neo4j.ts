// Starts, stops and inspects a local Neo4j Community 5.26 (graph/neo4j-server, embedded, Bolt on 127.0.0.1) without Docker.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface LocalNeo4jOptions {
  projectRoot: string;
  /** Bolt port; default $KG_NEO4J_PORT or 7687. */
  port?: number;
  /** Neo4j Browser port (0 = off); default $KG_NEO4J_BROWSER_PORT or 7474. */
  browserPort?: number;
  /** Neo4j home (store + debug logs); default $KG_NEO4J_DATA_DIR or <projectRoot>/.data/neo4j. */
  dataDir?: string;
  /** Password for user neo4j, applied at every server start; default $NEO4J_PASSWORD or DEFAULT_LOCAL_NEO4J_PASSWORD. */
  password?: string;
  /** JVM max heap, e.g. "1g"; default $KG_NEO4J_HEAP or 1g. */
  heap?: string;
  /** How long start waits for Bolt; default 120 s. */
  timeoutMs?: number;
  /** Progress messages; default writes to stderr. */
  log?: (msg: string) => void;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  user: string;
  password: string;
  browserUrl: string | null;
  logFile: string;
  dataDir: string;
}

export const DEFAULT_LOCAL_NEO4J_PASSWORD = 'kg-local-neo4j';
export const LOCAL_NEO4J_USER = 'neo4j';

const MAIN_CLASS = 'kg.neo4j.Main';
const READY_MARKER = 'KG_NEO4J_READY';
const STOP_TIMEOUT_MS = 60_000;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

interface Resolved {
  root: string;
  serverDir: string;
  dataDir: string;
  pidFile: string;
  logFile: string;
  port: number;
  browserPort: number;
  password: string;
  heap: string;
  timeoutMs: number;
  log: (msg: string) => void;
}

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return n;
}

function envStr(name: string): string | undefined {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

function resolveOptions(opts: LocalNeo4jOptions): Resolved {
  const root = path.resolve(opts.projectRoot);
  const dataDir = path.resolve(root, opts.dataDir ?? envStr('KG_NEO4J_DATA_DIR') ?? path.join('.data', 'neo4j'));
  // pid/log sit beside the data dir so a second instance (e.g. tests on another port) gets its own.
  return {
    root,
    serverDir: path.join(root, 'graph', 'neo4j-server'),
    dataDir,
    pidFile: `${dataDir}.pid`,
    logFile: `${dataDir}.log`,
    port: opts.port ?? envInt('KG_NEO4J_PORT') ?? 7687,
    browserPort: opts.browserPort ?? envInt('KG_NEO4J_BROWSER_PORT') ?? 7474,
    password: opts.password ?? envStr('NEO4J_PASSWORD') ?? DEFAULT_LOCAL_NEO4J_PASSWORD,
    heap: opts.heap ?? envStr('KG_NEO4J_HEAP') ?? '1g',
    timeoutMs: opts.timeoutMs ?? 120_000,
    log: opts.log ?? ((msg: string) => process.stderr.write(`[neo4j] ${msg}\n`)),
  };
}

function statusOf(r: Resolved, running: boolean, pid: number | null): LocalNeo4jStatus {
  return {
    running,
    pid,
    // 127.0.0.1, not localhost: the server binds IPv4 only and localhost may resolve to ::1 first.
    uri: `bolt://127.0.0.1:${r.port}`,
    user: LOCAL_NEO4J_USER,
    password: r.password,
    browserUrl: running && r.browserPort > 0 ? `http://localhost:${r.browserPort}/browser/` : null,
    logFile: r.logFile,
    dataDir: r.dataDir,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readPid(pidFile: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(pidFile, 'utf8').trim();
  } catch {
    return null;
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM means it exists but belongs to someone else, which is still "alive" for our purposes.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A child we spawned and that exited stays a zombie until reaped; it is dead for our purposes.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

function commandLine(pid: number): string[] | null {
  if (fs.existsSync('/proc/self/cmdline')) {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((s) => s !== '');
    } catch {
      return null;
    }
  }
  // No procfs (macOS): ps joins argv with spaces, which is enough for the checks below.
  const ps = spawnSync('ps', ['-ww', '-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim().split(/\s+/) : null;
}

/** True only for our launcher serving this data dir, so a reused pid is never killed. */
function isOurServer(pid: number, r: Resolved): boolean {
  const argv = commandLine(pid);
  if (argv === null || !argv.includes(MAIN_CLASS)) return false;
  const i = argv.indexOf('--data-dir');
  return i >= 0 && argv[i + 1] === r.dataDir;
}

/** Speaks the Bolt handshake, so a foreign service on the port is not mistaken for Neo4j. */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => {
      // Magic preamble, then four proposals: Bolt 5.8 down to 5.0, 4.4, and two empty slots.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length >= 4) done(buf.readUInt32BE(0) !== 0);
    });
    socket.on('close', () => done(false));
  });
}

function tcpAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => done(true));
  });
}

function logTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function removePidFile(r: Resolved): void {
  fs.rmSync(r.pidFile, { force: true });
}

export async function localNeo4jStatus(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const r = resolveOptions(opts);
  const pid = readPid(r.pidFile);
  if (pid === null || !isAlive(pid) || !isOurServer(pid, r)) return statusOf(r, false, null);
  return statusOf(r, await boltAnswers(r.port), pid);
}

// ---------------------------------------------------------------------------------------------
// Build: compile Main.java and resolve the jar classpath once; ~/.m2 keeps the jars across runs.

function sourceHash(serverDir: string): string {
  const hash = createHash('sha256');
  const files = [path.join(serverDir, 'pom.xml')];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(serverDir, 'src'));
  for (const f of files.sort()) {
    hash.update(path.relative(serverDir, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

function runMaven(r: Resolved, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: r.serverDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'ENOENT'
          ? new Error('Maven (mvn) not found on PATH; the local Neo4j needs Java 17 and Maven 3.8+ (apt-get install maven openjdk-17-jdk-headless)')
          : e,
      );
    });
    child.on('close', (code) => {
      // Maven 3.8 emits bare ANSI resets even with -q; strip them so real errors stand out.
      const clean = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').trim();
      if (code === 0) resolve();
      else reject(new Error(`mvn ${args.join(' ')} failed (exit ${String(code)}) in ${r.serverDir}:\n${clean}`));
    });
  });
}

async function ensureBuilt(r: Resolved): Promise<string> {
  const target = path.join(r.serverDir, 'target');
  const stampFile = path.join(target, 'kg-build.sha256');
  const cpFile = path.join(target, 'classpath.txt');
  const mainClass = path.join(target, 'classes', ...MAIN_CLASS.split('.')) + '.class';
  if (!fs.existsSync(path.join(r.serverDir, 'pom.xml'))) throw new Error(`missing ${r.serverDir}/pom.xml`);
  const hash = sourceHash(r.serverDir);
  const fresh =
    fs.existsSync(mainClass) &&
    fs.existsSync(cpFile) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8').trim() === hash;
  if (!fresh) {
    r.log('building graph/neo4j-server with Maven (the first run downloads ~175 MB of jars into ~/.m2)...');
    const t0 = Date.now();
    await runMaven(r, [
      '-q',
      '-B',
      '-Dstyle.color=never',
      'compile',
      'dependency:build-classpath',
      `-Dmdep.outputFile=${cpFile}`,
      '-Dmdep.includeScope=runtime',
    ]);
    fs.writeFileSync(stampFile, `${hash}\n`);
    r.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const cp = fs.readFileSync(cpFile, 'utf8').trim();
  return [path.join(target, 'classes'), cp].join(path.delimiter);
}

// ---------------------------------------------------------------------------------------------

function rotateLog(file: string): void {
  try {
    if (fs.statSync(file).size > LOG_ROTATE_BYTES) fs.renameSync(file, `${file}.1`);
  } catch {
    // no log yet
  }
}

function javaBinary(): string {
  const home = process.env['JAVA_HOME'];
  return home !== undefined && home !== '' ? path.join(home, 'bin', 'java') : 'java';
}

async function waitReady(
  r: Resolved,
  pid: number,
  logOffset: number,
  exited: () => string | null,
): Promise<void> {
  const deadline = Date.now() + r.timeoutMs;
  // The pid in the marker tells our line apart from an older run's when we did not spawn the process.
  const marker = `${READY_MARKER} bolt://localhost:${r.port} pid=${pid}`;
  let sawMarker = false;
  while (Date.now() < deadline) {
    const exit = exited() ?? (isAlive(pid) ? null : 'exited');
    if (exit !== null) {
      removePidFile(r);
      throw new Error(`Neo4j (pid ${pid}) ${exit} before becoming ready; see ${r.logFile}:\n${logTail(r.logFile)}`);
    }
    if (!sawMarker) {
      try {
        const fd = fs.openSync(r.logFile, 'r');
        try {
          const size = fs.fstatSync(fd).size;
          const buf = Buffer.alloc(Math.max(0, size - logOffset));
          fs.readSync(fd, buf, 0, buf.length, logOffset);
          sawMarker = buf.toString('utf8').includes(`${marker}\n`);
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        // log not created yet
      }
    }
    // The marker comes after the password is set, so Bolt answering alone is not enough.
    if (sawMarker && (await boltAnswers(r.port))) return;
    await sleep(250);
  }
  throw new Error(`Neo4j (pid ${pid}) not ready on bolt://127.0.0.1:${r.port} after ${r.timeoutMs / 1000} s; see ${r.logFile}:\n${logTail(r.logFile)}`);
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const r = resolveOptions(opts);
  const existing = readPid(r.pidFile);
  if (existing !== null && isAlive(existing) && isOurServer(existing, r)) {
    if (await boltAnswers(r.port)) {
      r.log(`already running (pid ${existing}) on bolt://127.0.0.1:${r.port}`);
      return statusOf(r, true, existing);
    }
    // Another start is still bringing it up (or it hangs): wait rather than launch a second JVM on the same store.
    r.log(`pid ${existing} is starting; waiting for Bolt on port ${r.port}...`);
    await waitReady(r, existing, 0, () => null);
    return statusOf(r, true, existing);
  }
  if (existing !== null) removePidFile(r);
  if (r.password.length < 8) {
    // Neo4j 5 rejects shorter passwords only after the JVM is up; say so before spending 10 s.
    throw new Error('the local Neo4j password (NEO4J_PASSWORD) must be at least 8 characters');
  }

  if (await tcpAnswers(r.port)) {
    throw new Error(
      `port ${r.port} on 127.0.0.1 is already in use by a process this project did not start (no live ${r.pidFile}); ` +
        'stop it or choose another port with KG_NEO4J_PORT',
    );
  }

  const classpath = await ensureBuilt(r);
  fs.mkdirSync(r.dataDir, { recursive: true });
  rotateLog(r.logFile);
  const logOffset = fs.existsSync(r.logFile) ? fs.statSync(r.logFile).size : 0;
  const out = fs.openSync(r.logFile, 'a');
  const t0 = Date.now();
  let exitReason: string | null = null;
  const child = spawn(
    javaBinary(),
    [
      '-Xms256m',
      `-Xmx${r.heap}`,
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      MAIN_CLASS,
      '--data-dir',
      r.dataDir,
      '--bolt-port',
      String(r.port),
      '--browser-port',
      String(r.browserPort),
    ],
    {
      cwd: r.root,
      detached: true,
      stdio: ['ignore', out, out],
      // Passed by env, not argv, so the password does not show up in ps.
      env: { ...process.env, NEO4J_PASSWORD: r.password },
    },
  );
  fs.closeSync(out);
  child.on('error', (e: NodeJS.ErrnoException) => {
    exitReason = e.code === 'ENOENT' ? 'could not be launched: java not found (install Java 17+ or set JAVA_HOME)' : `failed to launch: ${e.message}`;
  });
  child.on('exit', (code, signal) => {
    exitReason = `exited (code ${String(code)}, signal ${String(signal)})`;
  });
  child.unref();
  const pid = child.pid;
  if (pid === undefined) {
    await sleep(100);
    throw new Error(`Neo4j ${exitReason ?? 'could not be launched'}`);
  }
  fs.writeFileSync(r.pidFile, `${pid}\n`);
  const shownLog = r.logFile.startsWith(r.root + path.sep) ? path.relative(r.root, r.logFile) : r.logFile;
  r.log(`starting Neo4j (pid ${pid}), log ${shownLog}`);

  try {
    await waitReady(r, pid, logOffset, () => exitReason);
  } catch (e) {
    if (exitReason === null && isAlive(pid)) {
      // Do not leave a half-started JVM holding the store lock and the port.
      process.kill(pid, 'SIGTERM');
      await waitExit(pid, STOP_TIMEOUT_MS);
    }
    removePidFile(r);
    throw e;
  }
  r.log(`ready on bolt://127.0.0.1:${r.port} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return statusOf(r, true, pid);
}

async function waitExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

export async function stopLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const r = resolveOptions(opts);
  const pid = readPid(r.pidFile);
  if (pid === null) {
    r.log('not running (no pid file)');
    return statusOf(r, false, null);
  }
  if (!isAlive(pid)) {
    r.log(`not running (stale pid ${pid})`);
    removePidFile(r);
    return statusOf(r, false, null);
  }
  if (!isOurServer(pid, r)) {
    // The pid was reused by an unrelated process after ours died; never kill it.
    r.log(`pid ${pid} from ${r.pidFile} is not this project's Neo4j; removing the stale pid file only`);
    removePidFile(r);
    return statusOf(r, false, null);
  }
  r.log(`stopping Neo4j (pid ${pid})...`);
  const t0 = Date.now();
  process.kill(pid, 'SIGTERM');
  if (!(await waitExit(pid, STOP_TIMEOUT_MS))) {
    r.log(`pid ${pid} did not exit within ${STOP_TIMEOUT_MS / 1000} s; sending SIGKILL (the store will recover on next start)`);
    process.kill(pid, 'SIGKILL');
    if (!(await waitExit(pid, 10_000))) throw new Error(`could not stop Neo4j pid ${pid}`);
  }
  removePidFile(r);
  r.log(`stopped after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return statusOf(r, false, null);
}
