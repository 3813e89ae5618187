// Removes the pinyin that some converters put in brackets after each character: 經(jīng)開區(qū) → 經開區.
import { fromSource, replaceMapped, type MappedText } from './mapped-text.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
const LETTERS = `a-zü${TONED}`;
// A syllable needs a tone mark, so bracketed Latin such as (APP) or (a) is left alone.
const SYLLABLE = `[${LETTERS}]*[${TONED}][${LETTERS}]*`;

/** After a Han character, the `?` a lost one leaves, or a garbled letter (嘘P(guān)): `經(jīng)` → `經`. */
const BRACKETED = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaffA-Za-z?？])[（(]${SYLLABLE}[)）]`, 'g');
/** The opening bracket itself was lost to a `?`: `當(dāng)?shù)` → `當`. */
const LOST_BRACKET = new RegExp(`[?？]${SYLLABLE}[)）]`, 'g');

export function stripPinyin(input: MappedText): MappedText {
  let t = input;
  // Lost-bracket annotations can follow one another (`重?fù)?dān)`), so repeat until stable.
  for (let i = 0; i < 4; i++) {
    const next = replaceMapped(replaceMapped(t, BRACKETED, ''), LOST_BRACKET, '');
    if (next.text === t.text) break;
    t = next;
  }
  return t;
}

export function countPinyinAnnotations(text: string): number {
  return (text.match(BRACKETED) ?? []).length;
}

export function stripPinyinString(text: string): string {
  return stripPinyin(fromSource(text)).text;
}
