// Builds the viewer with Vite when its sources changed since the last build, so a fresh clone needs no extra step:
// `kg serve` (and so `npm start`) builds on first use, then reuses viewer/dist.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const STAMP = '.kg-build-hash';

function sourceHash(viewerDir: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'dist' && e.name !== 'node_modules') walk(p);
      } else files.push(p);
    }
  };
  walk(viewerDir);
  for (const f of files.sort()) hash.update(path.relative(viewerDir, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}

/** Returns the folder of the built viewer, building it first when missing or stale. */
export async function ensureViewerBuilt(projectRoot: string, log: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<string> {
  const viewerDir = path.join(projectRoot, 'viewer');
  const dist = path.join(viewerDir, 'dist');
  const hash = sourceHash(viewerDir);
  const stamp = path.join(dist, STAMP);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return dist;
  log('kg serve: building the viewer with Vite (once, after each change to viewer/)...');
  const t0 = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(viewerDir, 'vite.config.ts'), root: viewerDir, logLevel: 'warn' });
  fs.writeFileSync(stamp, `${hash}\n`);
  log(`kg serve: viewer built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return dist;
}
