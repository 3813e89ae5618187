// SUPERVISES: a group guides, supervises or visits a unit or region (指导, 督导, 向 X 派出 … 组).
import { SUPERVISE_VERBS } from '../lexicon.ts';
import { readUnitAt } from '../mentions/units.ts';
import type { Mention } from '../mentions/mention.ts';
import { mentionsIn, type ClauseView, type Found, type Rule } from '../sentence-view.ts';

/** What a group is sent to or acts on, read at `at`: counted mentions, units, regions, coordinated. */
function targetsAt(c: ClauseView, at: number): Mention[] {
  const s = c.sentence;
  const out: Mention[] = [];
  let pos = at;
  for (;;) {
    const m = s.mentions.find((x) => x.start === pos && x.type !== 'Group');
    const unit = readUnitAt(s.text, s.tokens, pos);
    // The longest reading at this point: 关坝镇中心卫生院 over 关坝镇.
    let chosen = unit && (!m || unit.end > m.end) ? unit : m;
    // A chain (九龙坡区西彭镇) names its last region.
    while (chosen && chosen.type === 'Region') {
      const end: number = chosen.end;
      const next = s.mentions.find((x) => x.start === end && x.type === 'Region');
      if (!next) break;
      chosen = next;
    }
    if (!chosen) break;
    out.push(chosen);
    const sep = /^(、|和|及|以及|与)/.exec(s.text.slice(chosen.end, c.end));
    if (!sep) break;
    pos = chosen.end + sep[0].length;
  }
  return out;
}

function groupsIn(c: ClauseView): Mention[] {
  const inClause = mentionsIn(c.sentence, c.start, c.end).filter((m) => m.type === 'Group');
  const subjectGroups = c.subjects.filter((m) => m.type === 'Group');
  const here = [...subjectGroups, ...inClause.map((g) => c.group(g))];
  return (here.length ? here : c.earlierGroups).filter((g, i, all) => all.findIndex((x) => x.key === g.key) === i);
}

function supervise(groups: Mention[], targets: Mention[], rule: string): Found[] {
  return groups.flatMap((source) =>
    targets.map((target) => ({ type: 'SUPERVISES' as const, source, target, rule, ...(target.count !== undefined ? { count: target.count } : {}) })),
  );
}

export const supervisesSentTo: Rule = {
  name: 'supervises.sent-to',
  relation: 'SUPERVISES',
  example: '分别向16个州（市）各派出1个指导组，向驻昆24所高校派出5个指导组',
  apply(c) {
    const m = /(?:向|赴|到|深入|前往)(?=[^，]*?(?:派出|派驻|选派|开展|进行|指导|督导|调研|检查))/.exec(c.text);
    if (!m) return [];
    const groups = groupsIn(c);
    if (groups.length === 0) return [];
    return supervise(groups, targetsAt(c, c.start + m.index + m[0].length), this.name);
  },
};

export const supervisesByVerb: Rule = {
  name: 'supervises.group-verb-object',
  relation: 'SUPERVISES',
  example: '万盛经开区党工委督导组指导关坝镇中心卫生院召开了一场座谈会',
  apply(c) {
    const groups = c.subjects.filter((m) => m.type === 'Group');
    if (groups.length === 0) return [];
    // An inherited group acts again in a clause that starts with the verb: …调研，走访了长沙市第一医院.
    const lead = c.subjectEnd === 0 ? (/^(?:还|并|又|也|先后|随后)*/.exec(c.text)?.[0].length ?? 0) : c.subjectEnd;
    const verb = SUPERVISE_VERBS.exec(c.text.slice(lead));
    if (!verb) return [];
    const after = /^了/.test(c.text.slice(lead + verb[0].length)) ? 1 : 0;
    return supervise(groups, targetsAt(c, c.start + lead + verb[0].length + after), this.name);
  },
};

export const supervisesOnTarget: Rule = {
  name: 'supervises.group-on-target',
  relation: 'SUPERVISES',
  example: '各区县党委选派147个督导组对480个单位开展督导',
  apply(c) {
    const m = /对(?=[^，]*?(?:开展|进行)[^，]*?(?:督导|指导|暗访|检查|督查|巡回指导))/.exec(c.text);
    if (!m) return [];
    const groups = groupsIn(c).filter((g) => g.start < c.start + m.index || c.subjects.includes(g) || c.earlierGroups.includes(g));
    if (groups.length === 0) return [];
    return supervise(groups, targetsAt(c, c.start + m.index + 1), this.name);
  },
};
