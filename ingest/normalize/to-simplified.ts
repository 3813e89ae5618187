// Traditional → Simplified with OpenCC's tables (opencc-js), and a test of which script a text is in.
import * as OpenCC from 'opencc-js';
import { mapChars, type MappedText } from './mapped-text.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

export type Script = 'simplified' | 'traditional';

/** A text is Traditional when a noticeable share of its Han characters change under t2s. */
export function detectScript(text: string): Script {
  // The first 300 Han characters of the first 3000 characters are sample enough.
  let sample = '';
  for (let i = 0; i < text.length && i < 3000 && sample.length < 300; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) sample += text[i];
  }
  if (sample.length === 0) return 'simplified';
  const converted = t2s(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / sample.length > 0.05 ? 'traditional' : 'simplified';
}

export function toSimplified(input: MappedText): MappedText {
  return mapChars(input, t2s);
}

export function toSimplifiedString(text: string): string {
  return t2s(text);
}
