// One punctuation style for extraction: Chinese marks between Han text, ASCII letters and digits.
import { replaceMapped, type MappedText } from './mapped-text.ts';

const TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Example: `市(地)联络员,进行` → `市（地）联络员，进行`; `２０２３` → `2023`; `52.5％` → `52.5%`. */
export function unifyPunctuation(input: MappedText): MappedText {
  // Full-width letters, digits and %/./+ become ASCII (same length, so offsets stay exact).
  let t = replaceMapped(input, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0e]/g, (m) =>
    String.fromCharCode(m[0].charCodeAt(0) - 0xfee0),
  );
  // ASCII marks become Chinese ones when they sit in Han text (not inside numbers like 1,000 or 2.0).
  t = replaceMapped(t, /(?<=[\u0080-\uffff]|^)[,;:!?()]|[,;:!?()](?=[\u0080-\uffff])/gm, (m) => TO_FULL[m[0]] ?? m[0]);
  // Runs of blanks become one space; a space alone is left as it is.
  t = replaceMapped(t, /[\u00a0\u3000\t ]{2,}|[\u00a0\u3000\t]/g, ' ');
  return t;
}

/** Leading and trailing blanks of each line go; empty lines go. */
export function trimLines(input: MappedText): MappedText {
  let t = replaceMapped(input, /^[ \u3000\u00a0\t]+|[ \u3000\u00a0\t]+$/gm, '');
  t = replaceMapped(t, /\n{2,}/g, '\n');
  return replaceMapped(t, /^\n+|\n+$/g, '');
}
