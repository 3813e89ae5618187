// The worker side of the extraction pool: one file in, its document and facts (or why it failed) out.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/extract-document.ts';
import { extractFile } from '../extract-file.ts';
import { InputError } from '../read/decode.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts runs as a worker thread only');

// Load the dictionaries (seconds) before saying it can take files, so that none waits on a worker still starting
// while the main thread could have extracted it.
extractDocument('warm-up', '省委成立主题教育领导小组。');
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: extractFile({ path: req.path, bytes: req.bytes }) };
  } catch (err) {
    reply =
      err instanceof InputError
        ? { id: req.id, error: { file: err.file, reason: err.reason, input: true } }
        : { id: req.id, error: { file: req.path, reason: (err as Error).message, input: false } };
  }
  port.postMessage(reply);
});
