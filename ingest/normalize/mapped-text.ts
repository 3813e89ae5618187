// Text that remembers, for every character, where it came from in the file as decoded,
// so evidence found in normalised text can be shown as the user's own text.
export interface MappedText {
  readonly text: string;
  /** origin[i] is the index in the source of text[i]; origin[text.length] is the source end. */
  readonly origin: Int32Array;
}

export function fromSource(source: string): MappedText {
  const origin = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) origin[i] = i;
  return { text: source, origin };
}

export type Replacer = (match: RegExpExecArray) => string;

/** Offsets grown chunk by chunk; typed arrays keep normalisation off the hot path. */
class OriginBuilder {
  private buf: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Int32Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  copy(from: Int32Array, start: number, end: number): void {
    this.reserve(end - start);
    // Most runs between two replacements are short, where a view for set() costs more than a loop.
    if (end - start > 64) this.buf.set(from.subarray(start, end), this.length);
    else for (let i = start, j = this.length; i < end; i++, j++) this.buf[j] = from[i] as number;
    this.length += end - start;
  }

  push(value: number): void {
    this.reserve(1);
    this.buf[this.length++] = value;
  }

  /** The offsets written, as a view: the builder is dropped after, so nothing else writes to them. */
  done(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * Offsets of one replacement. Same length maps character by character; otherwise the characters
 * it shares with the match at either end keep their own offsets and the changed ones map to the
 * start of the change, so that a repaired span inside a longer run (并將…向當厝罕娡▓蟆 →
 * 并將…向當�群眾通報�) keeps exact offsets before and after the part that changed.
 */
function mapReplacement(origin: OriginBuilder, from: Int32Array, at: number, match: string, rep: string): void {
  if (rep.length === match.length) {
    origin.copy(from, at, at + rep.length);
    return;
  }
  let head = 0;
  let tail = 0;
  while (head < rep.length && head < match.length && rep[head] === match[head]) head++;
  while (tail < rep.length - head && tail < match.length - head && rep[rep.length - 1 - tail] === match[match.length - 1 - tail]) tail++;
  origin.copy(from, at, at + head);
  for (let k = head; k < rep.length - tail; k++) origin.push(from[at + head] ?? 0);
  origin.copy(from, at + match.length - tail, at + match.length);
}

/**
 * Replaces every match of `pattern` (must be global), mapping offsets as `mapReplacement` does;
 * the match's end stays the end, so a sentence never loses or gains source text at its edges.
 */
export function replaceMapped(input: MappedText, pattern: RegExp, replacer: Replacer | string): MappedText {
  if (!pattern.global) throw new Error('replaceMapped needs a global pattern');
  // Most steps change nothing in most documents: skip copying the offsets then.
  pattern.lastIndex = 0;
  if (!pattern.test(input.text)) return input;
  const parts: string[] = [];
  // Replacements of the same length (punctuation, most repairs) leave every offset where it was,
  // so the offsets are copied only from the first replacement that changes the length.
  let origin: OriginBuilder | undefined;
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m !== null; m = pattern.exec(input.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const rep = typeof replacer === 'string' ? replacer : replacer(m);
    const match = m[0];
    // A match left as it is (a run with nothing to repair) stays part of the text around it.
    if (rep === match) continue;
    parts.push(input.text.slice(last, m.index));
    if (!origin && rep.length !== match.length) {
      origin = new OriginBuilder(input.origin.length);
      origin.copy(input.origin, 0, m.index);
    } else origin?.copy(input.origin, last, m.index);
    if (origin) mapReplacement(origin, input.origin, m.index, match, rep);
    parts.push(rep);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return input;
  parts.push(input.text.slice(last));
  if (!origin) return { text: parts.join(''), origin: input.origin };
  origin.copy(input.origin, last, input.text.length + 1);
  return { text: parts.join(''), origin: origin.done() };
}

/** Maps a character-for-character conversion (such as Traditional to Simplified) over the text. */
export function mapChars(input: MappedText, convert: (s: string) => string): MappedText {
  const out = convert(input.text);
  if (out.length === input.text.length) return { text: out, origin: input.origin };
  // A converter that changed the length (phrase tables can) is applied line by line so the
  // mismatch stays local; a line whose length changed maps all its characters to its start.
  const parts: string[] = [];
  const origin = new OriginBuilder(input.origin.length);
  let pos = 0;
  for (const line of input.text.split('\n')) {
    const conv = convert(line);
    if (conv.length === line.length) origin.copy(input.origin, pos, pos + line.length);
    else for (let k = 0; k < conv.length; k++) origin.push(input.origin[pos] ?? 0);
    parts.push(conv);
    pos += line.length;
    if (pos < input.text.length) {
      parts.push('\n');
      origin.push(input.origin[pos] ?? 0);
      pos++;
    }
  }
  origin.push(input.origin[input.text.length] ?? 0);
  return { text: parts.join(''), origin: origin.done() };
}

/** Source span [start, end) behind the text span [start, end). */
export function sourceSpan(t: MappedText, start: number, end: number): [number, number] {
  const s = t.origin[start] ?? 0;
  // The end maps through the last character kept, so a span never swallows dropped text after it.
  const e = end > start ? (t.origin[end - 1] ?? s) + 1 : s;
  return [s, Math.max(e, s)];
}
