// Counts as written in reports: 21, 1225, 三, 二十一, 两; 1.1万 → 11000.
const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const NUMBER = '(?:\\d+(?:\\.\\d+)?万?|[零一二两三四五六七八九十百千]+)';

export function parseCount(text: string): number | undefined {
  const wan = text.endsWith('万');
  const body = wan ? text.slice(0, -1) : text;
  let value: number | undefined;
  if (/^\d+(\.\d+)?$/.test(body)) value = Number(body);
  else if (/^[零一二两三四五六七八九十百千]+$/.test(body)) {
    let total = 0;
    let digit = 0;
    for (const ch of body) {
      if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
      else {
        total += (digit || 1) * (UNITS[ch] ?? 1);
        digit = 0;
      }
    }
    value = total + digit;
  }
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return wan ? Math.round(value * 10000) : value;
}
