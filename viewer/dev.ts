// `npm run dev`: the API (kg serve --api-only) on KG_API_PORT and Vite's dev server in front of it, proxying /api.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const apiPort = process.env['KG_API_PORT'] ?? '5174';
process.env['KG_API_PORT'] = apiPort;
const api = spawn(process.execPath, [path.join(root, 'cli', 'kg.mjs'), 'serve', '--api-only', '--port', apiPort], { stdio: 'inherit' });
const vite = await createServer({ configFile: path.join(root, 'viewer', 'vite.config.ts'), root: path.join(root, 'viewer') });
await vite.listen();
vite.printUrls();
const stop = (): void => {
  api.kill('SIGTERM');
  void vite.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
