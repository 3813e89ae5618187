// Reads listed files one at a time as a consumer pulls them: a corpus is never in memory at once.
import { readEntry, type InputEntry, type InputFailure, type SourceFile } from '../read/read-inputs.ts';

export async function* readFiles(entries: Iterable<InputEntry> | AsyncIterable<InputEntry>): AsyncGenerator<SourceFile | InputFailure> {
  for await (const entry of entries) yield await readEntry(entry);
}
