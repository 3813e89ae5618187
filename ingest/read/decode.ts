// Turns a file's bytes into text: BOMs, strict UTF-8, then GB18030/Big5/UTF-16 by detection.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

const CANDIDATES = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['UTF-16LE', 'utf-16le'],
  ['UTF-16BE', 'utf-16be'],
  ['EUC-KR', ''],
  ['EUC-JP', ''],
]);

function hanShare(text: string): number {
  const sample = text.slice(0, 5000);
  const han = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const visible = sample.replace(/\s/g, '').length || 1;
  return han / visible;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.02;
}

function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  // Chinese UTF-16 without a BOM has a zero byte in every ASCII code unit but never a run of them.
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < Math.min(bytes.length, 4096); i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const enc = oddZero > evenZero ? 'utf-16le' : 'utf-16be';
  const text = iconv.decode(Buffer.from(bytes), enc);
  return hanShare(text) > 0.3 && !text.includes('\ufffd') ? text : undefined;
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (!looksBinary(buf)) return { text, encoding: 'utf-8' };
  } catch {
    // not UTF-8: detect below
  }
  const utf16 = utf16WithoutBom(buf);
  if (utf16 !== undefined) return { text: utf16, encoding: 'utf-16' };
  if (looksBinary(buf)) throw new InputError(file, 'binary file, not a text report');
  for (const guess of chardet.analyse(buf)) {
    const enc = CANDIDATES.get(guess.name);
    if (!enc) continue;
    const text = iconv.decode(buf, enc);
    const broken = (text.match(/\ufffd/g)?.length ?? 0) / (text.length || 1);
    if (broken < 0.01 && hanShare(text) > 0.2) return { text, encoding: enc };
  }
  throw new InputError(file, 'unreadable encoding: not UTF-8, UTF-16, GB18030 or Big5 Chinese text');
}
