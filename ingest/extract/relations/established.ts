// ESTABLISHED: a region, unit or group forms or sends a group (组建, 成立, 选派, 派出, 增设).
import { ESTABLISH_VERBS, FORMED_BODY, GROUP_KINDS } from '../lexicon.ts';
import { mentionsIn, type ClauseView, type Found, type Rule } from '../sentence-view.ts';
import type { Mention } from '../mentions/mention.ts';

const KIND_AT_END = new RegExp(`(${GROUP_KINDS.join('|')})$`);

function founders(c: ClauseView): Mention[] {
  return c.subjects.filter((s) => s.type !== 'Measure');
}

/** The formers of new groups: an explicit subject, or the words of a generic one (各区县党委 → 区县党委). */
function formedBy(c: ClauseView): Mention | string | undefined {
  return c.subjects[0] ?? c.genericSubject?.replace(/^各/, '');
}

export const establishedGroup: Rule = {
  name: 'established.forms-group',
  relation: 'ESTABLISHED',
  example: '贵州省88个县（市、区）、55所高等学校组建巡回指导组1225个',
  apply(c) {
    const verb = ESTABLISH_VERBS.exec(c.text.slice(c.subjectEnd));
    if (!verb) return [];
    const from = c.start + c.subjectEnd + verb.index + verb[0].length;
    const s = c.sentence;
    const by = formedBy(c);
    const groups = mentionsIn(s, from, c.end).filter((m) => m.type === 'Group').map((g) => c.group(g, by));
    // 组建领导机构、工作机构和指导组: bodies coordinated with a group are groups too.
    const list = /^([\u4e00-\u9fff、和及]+)/.exec(s.text.slice(from, c.end))?.[1] ?? '';
    const parts = list.split(/、|和|及/);
    for (const [i, written] of parts.entries()) {
      // 成立领导和工作机构: a bare modifier shares the head of the body after it (领导机构).
      const shared = /^[\u4e00-\u9fff]{2}$/.test(written) ? /(机构|小组|专班)$/.exec(parts[i + 1] ?? '')?.[1] : undefined;
      const part = shared && !FORMED_BODY.test(written) ? written + shared : written;
      if (!FORMED_BODY.test(part) || KIND_AT_END.test(part) || part.length > 8 || part.length < 3) continue;
      const at = s.text.indexOf(written, from);
      groups.push(c.group({ type: 'Group', start: at, end: at + written.length, surface: written, name: part, aliases: [], key: '', groupKind: part, ownerWords: '' }, by));
    }
    const out: Found[] = [];
    founders(c).forEach((source, i) => {
      for (const target of groups) {
        // 贵州省88个县（市、区）、55所高等学校组建巡回指导组1225个: the count is of all the groups
        // together, so it goes on the first founder's edge only and a sum does not count it twice.
        const count = i === 0 ? target.count : undefined;
        out.push({ type: 'ESTABLISHED', source, target, rule: this.name, ...(count !== undefined ? { count } : {}) });
      }
    });
    return out;
  },
};
