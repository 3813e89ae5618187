// Files → extracted documents, in input order, a bounded window at a time: the stream `kg extract` writes from.
import type { ExtractedFile } from '../extract-file.ts';
import type { FileExtractor } from '../parallel/extract-pool.ts';
import { mapOrdered } from '../parallel/ordered.ts';
import { failureOf } from '../pipeline.ts';
import { isFailure, type InputEntry, type InputFailure, type SourceFile } from '../read/read-inputs.ts';
import { IdSet } from './id-set.ts';
import { readFiles } from './read-files.ts';

export type StreamItem = { file: ExtractedFile } | { failure: InputFailure } | { duplicate: string };

export async function* extractStream(entries: Iterable<InputEntry> | AsyncIterable<InputEntry>, extractor: FileExtractor): AsyncGenerator<StreamItem> {
  const step = async (read: SourceFile | InputFailure): Promise<StreamItem> => {
    if (isFailure(read)) return { failure: read };
    try {
      return { file: await extractor.extract(read) };
    } catch (err) {
      return { failure: failureOf(err, read.path) };
    }
  };
  // 16 bytes an id, not a Set of strings' 60: `kg extract --jsonl` holds nothing else for the whole run.
  const seen = new IdSet();
  for await (const item of mapOrdered(readFiles(entries), step, 2 * extractor.parallelism + 2)) {
    // The same bytes under two names are one document: its content hash is its id.
    if ('file' in item) {
      if (seen.has(item.file.doc.id)) {
        yield { duplicate: item.file.doc.path };
        continue;
      }
      seen.add(item.file.doc.id);
    }
    yield item;
  }
}
