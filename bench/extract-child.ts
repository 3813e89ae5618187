// One independent process of the parallel ceiling (bench/extract-throughput.ts): extracts every file of a folder in its
// own thread after warming the segmenter, and prints the seconds the extraction took.
import fs from 'node:fs';
import path from 'node:path';
import { extractFile } from '../ingest/extract-file.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: extract-child.ts <folder>');
const files = fs.readdirSync(dir).map((f) => ({ path: path.join(dir, f), bytes: fs.readFileSync(path.join(dir, f)) }));
const first = files[0];
if (first) extractFile(first);
const t0 = performance.now();
for (const f of files) extractFile(f);
process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(3)}\n`);
