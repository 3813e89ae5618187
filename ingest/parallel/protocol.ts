// Messages between the extraction pool and its workers; plain data, since they are structured-cloned across threads.
import type { ExtractedFile } from '../extract-file.ts';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export type WorkerReply =
  /** Sent once, when the worker has loaded the segmenter's dictionaries and can take files. */
  | { ready: true }
  | { id: number; ok: ExtractedFile }
  /** input: the file is not a readable report (InputError); otherwise extraction itself threw. */
  | { id: number; error: { file: string; reason: string; input: boolean } };
