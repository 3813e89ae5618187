// PART_OF written in the text: two regions written together, child after parent (四川省凉山彝族自治州).
import { LEVEL_RANK } from '../mentions/mention.ts';
import type { Found, Rule } from '../sentence-view.ts';

export const partOfWrittenTogether: Rule = {
  name: 'part-of.written-together',
  relation: 'PART_OF',
  example: '宜宾市兴文县依托在外流动党员党组织，设立14个流动课堂',
  apply(c) {
    const out: Found[] = [];
    for (const child of c.sentence.mentions) {
      const parent = child.writtenUnder;
      if (!parent || child.start < c.start || child.end > c.end || !child.level || !parent.level) continue;
      if (LEVEL_RANK[child.level] <= LEVEL_RANK[parent.level]) continue;
      out.push({ type: 'PART_OF', source: child, target: parent, rule: this.name });
    }
    return out;
  },
};
