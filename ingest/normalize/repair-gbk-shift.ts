// Repairs spans that are GBK bytes read one byte off (確;鶎又Р堪延嘘P → 確�基層支部把有關);
// what cannot be recovered (the lost half of a character) is marked �, never guessed.
import iconv from 'iconv-lite';
import { charCommonness } from './char-frequency.ts';
import { replaceMapped, type MappedText } from './mapped-text.ts';

export const LOST = '\ufffd';

// Characters that GBK decoding produces from misaligned bytes but real Chinese prose rarely uses.
const ODD = /[\u0370-\u04ff\u2500-\u259f\u3040-\u30ffA-Za-z]/;
const RUN = /[\u3400-\u9fff\uf900-\ufaff\u0370-\u04ff\u2500-\u259f\u3040-\u30ffA-Za-z;；]{3,}/g;

function plausibility(s: string): number {
  let total = 0;
  let n = 0;
  for (const ch of s) {
    if (ch === LOST) continue;
    n++;
    if (/[\u4e00-\u9fff]/.test(ch)) total += Math.log1p(charCommonness(ch));
    else if (/[；;]/.test(ch)) total += 3;
    else total -= 2;
  }
  return n ? total / n : 0;
}

function decodeShifted(tail: string): string | undefined {
  const bytes = iconv.encode(tail, 'gbk');
  // Every character must have survived the round trip, or the bytes are not what was read.
  if (iconv.decode(bytes, 'gbk') !== tail || bytes.length < 3) return undefined;
  const body = bytes.subarray(1);
  const even = body.length % 2 === 0 ? body : body.subarray(0, body.length - 1);
  const decoded = iconv.decode(even, 'gbk');
  if (decoded.includes(LOST)) return undefined;
  return LOST + decoded + (even.length < body.length ? LOST : '');
}

function isSuspicious(ch: string): boolean {
  return ODD.test(ch) || (/[\u4e00-\u9fff]/.test(ch) && charCommonness(ch) < 15);
}

/**
 * The repaired form of one run, or undefined when no shift reads clearly better. The garbled
 * span can start and end inside the run (當叵伦憷C花功夫: only 叵伦憷C is shifted), so every
 * span around the suspicious characters is tried and the most plausible reading wins.
 */
export function repairRun(run: string): string | undefined {
  const odd = [...run].map((ch, i) => (isSuspicious(ch) ? i : -1)).filter((i) => i >= 0);
  const first = odd[0];
  const last = odd[odd.length - 1];
  if (first === undefined || last === undefined || (odd.length < 2 && !ODD.test(run))) return undefined;
  const before = plausibility(run);
  let best: { text: string; score: number } | undefined;
  for (let s = Math.max(0, first - 3); s <= first; s++) {
    for (let e = last + 1; e <= Math.min(run.length, last + 4); e++) {
      for (const span of new Set([run.slice(s, e), run.slice(s, e).replace(/;/g, '；')])) {
        const repaired = decodeShifted(span);
        if (repaired === undefined) continue;
        const text = run.slice(0, s) + repaired + run.slice(e);
        // Reaching back over readable characters needs a clear gain, so text is not rewritten lightly.
        const score = plausibility(text) - 0.3 * (first - s) - 0.3 * (e - last - 1);
        if (!best || score > best.score) best = { text, score };
      }
    }
  }
  if (!best || best.score < 4 || best.score - before < 1.5) return undefined;
  return best.text;
}

export function repairGbkShift(input: MappedText): MappedText {
  // Misread bytes always leave a letter, a Cyrillic or Greek character or a block glyph behind.
  if (!ODD.test(input.text)) return input;
  return replaceMapped(input, RUN, (m) => (ODD.test(m[0]) ? (repairRun(m[0]) ?? m[0]) : m[0]));
}
