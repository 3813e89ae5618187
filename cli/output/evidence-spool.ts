// Evidence sentences parked in a temporary file while a corpus is extracted: `kg extract` prints each relation with all
// its sentences only after the last document, and holding every sentence until then is what made memory grow with
// the corpus. In memory stay two numbers per sentence (where its JSON starts in the file, and its length).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Evidence } from '../../schema/graph.ts';

export class EvidenceSpool {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-evidence-'));
  private readonly file = path.join(this.dir, 'evidence.jsonl');
  private readonly fd = fs.openSync(this.file, 'w+');
  private readonly index = new Map<string, number[]>();
  private size = 0;

  add(relationKey: string, evidence: Evidence): void {
    const bytes = Buffer.from(JSON.stringify(evidence), 'utf8');
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.size);
    let at = this.index.get(relationKey);
    if (at === undefined) this.index.set(relationKey, (at = []));
    at.push(this.size, bytes.length);
    this.size += bytes.length;
  }

  /** A relation's sentences in the order they were added. */
  read(relationKey: string): Evidence[] {
    const at = this.index.get(relationKey) ?? [];
    const out: Evidence[] = [];
    for (let i = 0; i < at.length; i += 2) {
      const offset = at[i] as number;
      const length = at[i + 1] as number;
      const buf = Buffer.allocUnsafe(length);
      fs.readSync(this.fd, buf, 0, length, offset);
      out.push(Evidence.parse(JSON.parse(buf.toString('utf8'))));
    }
    return out;
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
