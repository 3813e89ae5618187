// Recognises counted mentions of a named type, which are entities of their own (annotation
// rules): 驻昆24所高校, 16个州（市）, 88个县（市、区）, 480个单位, 22个区县和单位.
import { COUNTED_REGION_NOUNS, COUNTED_UNIT_NOUNS } from '../lexicon.ts';
import { NUMBER, parseCount } from '../numbers.ts';
import type { Mention } from './mention.ts';

const escape = (s: string) => s.replace(/[()（）]/g, (c) => `\\${c}`);
const NOUNS = [...COUNTED_UNIT_NOUNS, ...COUNTED_REGION_NOUNS].sort((a, b) => b.length - a.length).map(escape).join('|');
const COUNTED = new RegExp(`(驻[\\u4e00-\\u9fff])?(${NUMBER})(个|所|家)(${NOUNS})(?![\\u4e00-\\u9fff]*(?:领导班子|党员|干部|群众|问题))`, 'g');

export function findCounted(sentence: string, docKey: string): Mention[] {
  const out: Mention[] = [];
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(sentence); m; m = COUNTED.exec(sentence)) {
    const noun = m[4] ?? '';
    const count = parseCount(m[2] ?? '');
    const type = COUNTED_REGION_NOUNS.includes(noun) ? 'Region' : 'Unit';
    out.push({
      type,
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      name: m[0],
      aliases: [noun],
      key: `${type}:counted:${docKey}:${m[0]}`,
      ...(type === 'Region' ? { level: 'group' as const } : {}),
      ...(count !== undefined ? { count } : {}),
    });
  }
  return out;
}
