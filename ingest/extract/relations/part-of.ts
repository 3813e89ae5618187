// PART_OF written in the text: two regions written together, child after parent (四川省凉山彝族自治州).
import { isWithin } from '../../gazetteer/divisions.ts';
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

const SIBLING_SEPARATOR = /^(?:、|和|及|以及)$/;

export const partOfListedUnder: Rule = {
  name: 'part-of.listed-under',
  relation: 'PART_OF',
  example: '第四暗访组在周口市郸城县、鹿邑县暗访',
  apply(c) {
    // A region written under its parent shares the parent with the regions of its level listed after
    // it (周口市郸城县、鹿邑县: 鹿邑县 is 周口市's too), as long as the gazetteer does not place them elsewhere.
    const out: Found[] = [];
    const mentions = c.sentence.mentions.filter((m) => m.type === 'Region' && m.start >= c.start && m.end <= c.end);
    for (const [i, first] of mentions.entries()) {
      const parent = first.writtenUnder;
      if (!parent?.level || !first.level || LEVEL_RANK[first.level] <= LEVEL_RANK[parent.level]) continue;
      let prev = first;
      for (const next of mentions.slice(i + 1)) {
        if (!SIBLING_SEPARATOR.test(c.sentence.text.slice(prev.end, next.start)) || next.writtenUnder || next.level !== first.level) break;
        const placed = next.division && parent.division ? isWithin(next.division, parent.division) : !next.division;
        if (!placed) break;
        out.push({ type: 'PART_OF', source: next, target: parent, rule: this.name });
        prev = next;
      }
    }
    return out;
  },
};
