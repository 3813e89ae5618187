// npm links the bins of dependencies, not the project's own; this makes `node_modules/.bin/kg` exist
// too, so scripts and hooks can call the command without npx.
import fs from 'node:fs';
import path from 'node:path';

const bin = path.resolve('node_modules/.bin');
fs.mkdirSync(bin, { recursive: true });
const link = path.join(bin, 'kg');
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(bin, path.resolve('cli/kg.mjs')), link);
