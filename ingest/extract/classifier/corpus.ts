// The development corpus as the learned readers train and are measured on it: the documents of one split, loaded as
// the extractor reads them, with their gold, in id order (so the same corpus always trains the same weights).
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from '../../../schema/graph.ts';
import { loadGoldFile, type GoldFile } from '../../eval/gold.ts';
import { loadDocument } from '../../read/load-document.ts';

export const CORPUS = path.resolve(import.meta.dirname, '../../../test/data/corpus');

export type Split = 'dev' | 'heldout';

interface ManifestEntry {
  id: string;
  file: string;
  split: Split;
}

export interface CorpusEntry {
  id: string;
  doc: Document;
  /** The document's normalised text, as extraction reads it. */
  text: string;
  gold: GoldFile;
}

export async function loadCorpusSplit(split: Split): Promise<CorpusEntry[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const out: CorpusEntry[] = [];
  for (const m of manifest.filter((x) => x.split === split).sort((a, b) => a.id.localeCompare(b.id))) {
    const file = path.join(CORPUS, m.file);
    const { doc, body } = loadDocument(file, fs.readFileSync(file));
    out.push({ id: m.id, doc, text: body.text, gold: await loadGoldFile(path.join(CORPUS, 'gold', `${m.id}.json`)) });
  }
  return out;
}

/** The training scripts' report, a line at a time on stdout. */
export const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
