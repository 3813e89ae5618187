// docker-compose.yml: validated by the compose CLI where one exists, and always by a structural read of the file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const composeFile = path.join(root, 'docker-compose.yml');

/** `docker compose` (v2 plugin) or `docker-compose` (v1), whichever answers; null when neither does. */
function composeCli(): string[] | null {
  for (const cmd of [['docker', 'compose'], ['docker-compose']]) {
    const [bin, ...args] = cmd;
    if (bin === undefined) continue;
    const probe = spawnSync(bin, [...args, 'version'], { encoding: 'utf8', timeout: 20_000 });
    if (probe.status === 0) return cmd;
  }
  return null;
}

const cli = composeCli();

function compose(args: string[], env: NodeJS.ProcessEnv = {}) {
  const [bin, ...pre] = cli ?? [];
  if (bin === undefined) throw new Error('no compose CLI');
  // A clean environment, so a developer's own NEO4J_PASSWORD cannot make the "missing password" check pass.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
  return spawnSync(bin, [...pre, '--project-directory', root, '-f', composeFile, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...base, ...env },
  });
}

/**
 * The key paths and list items of a YAML file written in block style (as ours is): `services.neo4j.image`
 * → its scalar, `services.ingest.command` → its list. Enough to check structure without a YAML library.
 */
function readBlockYaml(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack: { indent: number; key: string }[] = [];
  let last = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item !== null) {
      out.set(last, [...(out.get(last) ?? []), (item[1] ?? '').trim()]);
      continue;
    }
    const kv = /^\s*([A-Za-z0-9_.-]+):(?:\s+(.*))?$/.exec(line);
    if (kv === null) throw new Error(`unexpected line in ${composeFile}: ${raw}`);
    while (stack.length > 0 && (stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    stack.push({ indent, key: kv[1] ?? '' });
    last = stack.map((s) => s.key).join('.');
    out.set(last, kv[2] === undefined ? [] : [kv[2].trim()]);
  }
  return out;
}

describe('docker-compose.yml', () => {
  it.skipIf(cli === null)('passes `compose config` with the documented .env.example', () => {
    const ok = compose(['--env-file', path.join(root, '.env.example'), 'config', '-q']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const services = compose(['--env-file', path.join(root, '.env.example'), 'config', '--services']);
    expect(services.stdout.trim().split('\n').sort()).toEqual(['ingest', 'neo4j', 'viewer']);
  });

  it.skipIf(cli === null)('refuses to start without a password: credentials come from .env', () => {
    // An empty env file, not none: a developer's own .env would otherwise supply the password.
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-compose-')), 'empty.env');
    fs.writeFileSync(empty, '');
    const noEnv = compose(['--env-file', empty, 'config', '-q']);
    expect(noEnv.status).not.toBe(0);
    expect(noEnv.stderr).toMatch(/NEO4J_PASSWORD/);
  });

  it('declares Neo4j 5.26 community with a health check, an ingest job that waits for it, the viewer and a named volume', () => {
    const y = readBlockYaml(fs.readFileSync(composeFile, 'utf8'));
    const one = (key: string): string | undefined => y.get(key)?.[0];

    expect(one('services.neo4j.image')).toBe('neo4j:5.26-community');
    expect(y.get('services.neo4j.healthcheck.test')?.join(' ')).toMatch(/cypher-shell/);
    expect(y.get('services.neo4j.volumes')).toContain('neo4j-data:/data');
    expect(y.has('volumes.neo4j-data')).toBe(true);
    expect(one('services.neo4j.environment.NEO4J_AUTH')).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);

    expect(one('services.ingest.image')).toBe('node:20');
    expect(one('services.ingest.command')).toMatch(/npm ci && npx kg ingest seeds/);
    expect(one('services.ingest.depends_on.neo4j.condition')).toBe('service_healthy');
    expect(one('services.ingest.environment.NEO4J_URI')).toBe('bolt://neo4j:7687');
    expect(one('services.ingest.environment.NEO4J_PASSWORD')).toBe('${NEO4J_PASSWORD}');

    expect(one('services.viewer.command')).toMatch(/npx kg serve --host 0\.0\.0\.0 --port 5173/);
    expect(y.get('services.viewer.ports')?.join(' ')).toMatch(/^"?127\.0\.0\.1:/);
    // The compose Neo4j is closed like the local one: no file URLs, an empty import folder, an allow-list, a timeout.
    expect(one('services.neo4j.environment.NEO4J_dbms_security_allow__csv__import__from__file__urls')).toMatch(/^"?false"?$/);
    expect(one('services.neo4j.environment.NEO4J_dbms_security_procedures_allowlist')).not.toMatch(/apoc\.(load|export|cypher|periodic)/);
    expect(one('services.neo4j.environment.NEO4J_db_transaction_timeout')).toMatch(/^\d+s$/);
    expect(one('services.viewer.depends_on.neo4j.condition')).toBe('service_healthy');
    expect(y.get('services.viewer.ports')?.join(' ')).toMatch(/5173/);
  });

  it('documents every variable the compose file reads in .env.example', () => {
    const used = new Set([...fs.readFileSync(composeFile, 'utf8').matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]));
    const documented = new Set([...fs.readFileSync(path.join(root, '.env.example'), 'utf8').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    for (const name of used) expect(documented, String(name)).toContain(name);
  });
});
