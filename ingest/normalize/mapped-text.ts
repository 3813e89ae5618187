// Text that remembers, for every character, where it came from in the file as decoded,
// so evidence found in normalised text can be shown as the user's own text.
export interface MappedText {
  readonly text: string;
  /** origin[i] is the index in the source of text[i]; origin[text.length] is the source end. */
  readonly origin: readonly number[];
}

export function fromSource(source: string): MappedText {
  const origin = Array.from({ length: source.length + 1 }, (_, i) => i);
  return { text: source, origin };
}

export type Replacer = (match: RegExpExecArray) => string;

/**
 * Replaces every match of `pattern` (must be global). A replacement of the same length maps
 * character by character; otherwise its characters all map to the start of the match, and
 * the match's end stays the end, so a sentence never loses or gains source text at its edges.
 */
export function replaceMapped(input: MappedText, pattern: RegExp, replacer: Replacer | string): MappedText {
  if (!pattern.global) throw new Error('replaceMapped needs a global pattern');
  let text = '';
  const origin: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m !== null; m = pattern.exec(input.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    text += input.text.slice(last, m.index);
    for (let i = last; i < m.index; i++) origin.push(input.origin[i] as number);
    const rep = typeof replacer === 'string' ? replacer : replacer(m);
    const sameLength = rep.length === m[0].length;
    for (let k = 0; k < rep.length; k++) origin.push(input.origin[m.index + (sameLength ? k : 0)] as number);
    text += rep;
    last = m.index + m[0].length;
  }
  text += input.text.slice(last);
  for (let i = last; i <= input.text.length; i++) origin.push(input.origin[i] as number);
  return { text, origin };
}

/** Maps a character-for-character conversion (such as Traditional to Simplified) over the text. */
export function mapChars(input: MappedText, convert: (s: string) => string): MappedText {
  const out = convert(input.text);
  if (out.length === input.text.length) return { text: out, origin: input.origin };
  // A converter that changed the length (phrase tables can) is applied line by line so the
  // mismatch stays local; a line whose length changed maps all its characters to its start.
  let text = '';
  const origin: number[] = [];
  let pos = 0;
  for (const line of input.text.split('\n')) {
    const conv = convert(line);
    for (let k = 0; k < conv.length; k++) {
      origin.push(input.origin[pos + (conv.length === line.length ? k : 0)] as number);
    }
    text += conv;
    pos += line.length;
    if (pos < input.text.length) {
      text += '\n';
      origin.push(input.origin[pos] as number);
      pos++;
    }
  }
  origin.push(input.origin[input.text.length] as number);
  return { text, origin };
}

/** Source span [start, end) behind the text span [start, end). */
export function sourceSpan(t: MappedText, start: number, end: number): [number, number] {
  const s = t.origin[start] ?? 0;
  // The end maps through the last character kept, so a span never swallows dropped text after it.
  const e = end > start ? (t.origin[end - 1] ?? s) + 1 : s;
  return [s, Math.max(e, s)];
}
