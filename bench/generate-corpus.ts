// A large corpus on disk for the scale benchmarks: copies of the seeds and the development corpus's plain texts,
// each ending in a line of its own so that every file is a distinct document (content hash = id).
// `node cli/run-ts.mjs bench/generate-corpus.ts <dir> <MiB>` writes one for measuring `kg extract` / `kg ingest` by hand.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MIB } from './measure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = [path.join(root, 'seeds'), path.join(root, 'test', 'data', 'corpus', 'plain')];
/** Files per folder: a real collection is spread over folders (one per site or year), and so is this. */
const PER_FOLDER = 1000;

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

function sourceTexts(): Buffer[] {
  const texts: Buffer[] = [];
  for (const dir of SOURCES) {
    for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, name)));
  }
  if (texts.length === 0) throw new Error('no source texts for the generated corpus');
  return texts;
}

export function generateCorpus(dir: string, mib: number): GeneratedCorpus {
  const texts = sourceTexts();
  let bytes = 0;
  let files = 0;
  for (; bytes < mib * MIB; files++) {
    const text = texts[files % texts.length] as Buffer;
    const folder = path.join(dir, `part-${String(Math.floor(files / PER_FOLDER)).padStart(4, '0')}`);
    if (files % PER_FOLDER === 0) fs.mkdirSync(folder, { recursive: true });
    const data = Buffer.concat([text, Buffer.from(`\n（第${files}份）\n`, 'utf8')]);
    fs.writeFileSync(path.join(folder, `${String(files).padStart(7, '0')}.txt`), data);
    bytes += data.length;
  }
  return { dir, files, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, mib] = process.argv.slice(2);
  if (dir === undefined || !(Number(mib) > 0)) {
    console.error('usage: generate-corpus.ts <dir> <MiB>');
    process.exit(2);
  }
  const c = generateCorpus(dir, Number(mib));
  process.stdout.write(`${c.files} files, ${(c.bytes / MIB).toFixed(1)} MiB in ${c.dir}\n`);
}
