// Traditional → Simplified with OpenCC's tables (opencc-js), and a test of which script a text is in.
import * as OpenCC from 'opencc-js';
import { mapChars, type MappedText } from './mapped-text.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

export type Script = 'simplified' | 'traditional';

/** A text is Traditional when a noticeable share of its Han characters change under t2s. */
export function detectScript(text: string): Script {
  const han = text.slice(0, 3000).match(/[\u4e00-\u9fff]/g) ?? [];
  if (han.length === 0) return 'simplified';
  const sample = han.slice(0, 300).join('');
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
