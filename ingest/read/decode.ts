// Turns a file's bytes into text: BOMs, strict UTF-8, then GB18030/Big5/UTF-16 by detection.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { charCommonness } from '../normalize/char-frequency.ts';

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
  if (sample.indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.02;
}

/** Mean commonness of a decoding's Han characters; other scripts (kana, Hangul …) count against it. */
function plausibility(text: string): number {
  let total = 0;
  let n = 0;
  for (const ch of text.slice(0, 2000)) {
    if (/[\s\x21-\x7e\u3000-\u303f\uff01-\uff5e“”‘’…—·]/.test(ch)) continue;
    total += /[\u4e00-\u9fff]/.test(ch) ? Math.log1p(charCommonness(ch)) : -2;
    n++;
  }
  return n ? total / n : 0;
}
/** Chinese text scores about 6.5; the same bytes read in the wrong encoding score below 3. */
const PLAUSIBLE = 4;

function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  // Chinese UTF-16 without a BOM has a zero byte in every ASCII code unit but never a run of them.
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < Math.min(bytes.length, 4096); i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // Zero counts only hint at the byte order (一 is U+4E00, a zero byte too): the reading in
  // common characters decides, and one in rare characters only is not Chinese text at all.
  const hinted = oddZero > evenZero ? 'utf-16le' : 'utf-16be';
  const [text] = [hinted, hinted === 'utf-16le' ? 'utf-16be' : 'utf-16le']
    .map((enc) => iconv.decode(Buffer.from(bytes), enc))
    .filter((t) => hanShare(t) > 0.3 && !t.includes('\ufffd') && plausibility(t) >= PLAUSIBLE)
    .sort((a, b) => plausibility(b) - plausibility(a));
  return text;
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
  // chardet is unsure on short texts (a GBK sentence comes back as Big5 or Shift_JIS), so
  // GB18030 and Big5 are always tried and the most plausible reading wins.
  const guessed = chardet.analyse(buf).map((g) => CANDIDATES.get(g.name) ?? '');
  const readings = [...new Set([...guessed, 'gb18030', 'big5'])]
    .filter((enc) => enc !== '')
    .map((enc) => ({ enc, text: iconv.decode(buf, enc) }))
    .filter(({ text }) => (text.match(/\ufffd/g)?.length ?? 0) / (text.length || 1) < 0.01 && hanShare(text) > 0.2)
    .map((r) => ({ ...r, score: plausibility(r.text) }))
    .filter((r) => r.score >= PLAUSIBLE)
    .sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (best) return { text: best.text, encoding: best.enc };
  throw new InputError(file, 'unreadable encoding: not UTF-8, UTF-16, GB18030 or Big5 Chinese text');
}
