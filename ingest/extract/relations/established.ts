// ESTABLISHED: a region, unit or group forms or sends a group (组建, 成立, 选派, 派出, 增设).
import { ESTABLISH_VERBS, FORMED_BODY, GROUP_KINDS } from '../lexicon.ts';
import { ANY_LAUNCH_VERB } from '../measures.ts';
import { mentionsIn, type ClauseView, type Found, type Rule } from '../sentence-view.ts';
import type { Mention } from '../mentions/mention.ts';
import { readUnitAt } from '../mentions/units.ts';
import { NUMBER, parseCount } from '../numbers.ts';

const KIND_AT_END = new RegExp(`(${GROUP_KINDS.join('|')})$`);
/**
 * 等5个小组, 3个专项工作组, 下设…选人用人和作风纪律6个专项整改组, 下设整改办公室和6个专项整改组, 设立7个专项小组: teams
 * counted at the end of what a body sets up.
 */
const COUNTED_TEAMS = new RegExp(`^[\\u4e00-\\u9fff、]{0,40}?((${NUMBER})个((?:专项|工作|整改|专项整改)?小组|工作组|专项组|(?:专项)?整改组))`);

/** 临沂市委督查室会同市纪委监委组建暗访组: the bodies a subject forms groups with (会同, 联合) form them too. */
const JOINTLY = /^(?:会同|联合|协同)/;

function founders(c: ClauseView, verbAt: number): Mention[] {
  const s = c.sentence;
  // …成立巡视整改工作领导小组，下设综合协调组: what a group formed earlier in the sentence 下设 is its own.
  // …下设三个工作组，并从机关部处抽调干部组成4个巡回指导组: the clauses after its 下设 that name no one go on with it.
  if (/^下设/.test(s.text.slice(verbAt)) || (c.subjectEnd === 0 && /，下设/.test(s.text.slice(0, c.start)))) {
    const former = c.earlierGroups.filter((g) => g.type === 'Group' && /领导小组|专班|指挥部/.test(g.name)).pop();
    if (former) return [former];
  }
  const out = c.subjects.filter((m) => m.type !== 'Measure');
  // 省发展改革委、省自然资源厅等16家牵头单位各自成立整改专班: the counted set the listed ones belong to forms them too.
  const counted = /等$/.test(s.text.slice(0, c.start + c.subjectEnd)) ? s.mentions.find((m) => m.start === c.start + c.subjectEnd && m.count !== undefined && m.type !== 'Group') : undefined;
  if (counted && counted.end <= verbAt && out.length) out.push(counted);
  const joint = JOINTLY.exec(s.text.slice(c.start + c.subjectEnd, verbAt));
  if (joint && out.length) {
    const at = c.start + c.subjectEnd + joint[0].length;
    const partner = readUnitAt(s.text, s.tokens, at) ?? s.mentions.find((m) => m.start === at && m.type === 'Region');
    if (partner && partner.end <= verbAt) out.push(partner);
  }
  return out;
}

/** The formers of new groups: an explicit subject, or the words of a generic one (各区县党委 → 区县党委). */
function formedBy(c: ClauseView): Mention | string | undefined {
  // A unit referred to (学校党委) that the text never named forms groups of no one we can name.
  return c.subjects[0] ?? (c.genericSubject === 'unit' ? undefined : c.genericSubject?.replace(/^各/, ''));
}

/**
 * 建立了指导组周报告、领导小组半月调度制度: a group's name that runs on, with no verb, into a system (制度, 机制) names
 * whose system it is; the system is what is set up.
 */
function namesWhatIsBuilt(after: string): boolean {
  const rest = after.split(/[，。；：！？]/)[0] ?? '';
  return /(?:制度|机制)$/.test(rest) && !ESTABLISH_VERBS.test(rest) && !ANY_LAUNCH_VERB.test(rest);
}

export const establishedGroup: Rule = {
  name: 'established.forms-group',
  relation: 'ESTABLISHED',
  example: '贵州省88个县（市、区）、55所高等学校组建巡回指导组1225个',
  apply(c) {
    const verb = ESTABLISH_VERBS.exec(c.text.slice(c.subjectEnd));
    if (!verb) return [];
    const verbAt = c.start + c.subjectEnd + verb.index;
    const from = verbAt + verb[0].length;
    const s = c.sentence;
    const by = formedBy(c);
    const groups = mentionsIn(s, from, c.end)
      .filter((m) => m.type === 'Group' && !namesWhatIsBuilt(s.text.slice(m.end, c.end)))
      .map((g) => c.group(g, by));
    // 组建领导机构、工作机构和指导组: bodies coordinated with a group are groups too.
    // 成立由镇党委书记任组长、镇长和…任副组长的领导小组: who leads it is no body it forms.
    const list = /^由/.test(s.text.slice(from, c.end)) ? '' : (/^([\u4e00-\u9fff、和及]+)/.exec(s.text.slice(from, c.end))?.[1] ?? '');
    const parts = list.split(/、|和|及/);
    for (const [i, written] of parts.entries()) {
      // 成立领导和工作机构: a bare modifier shares the head of the body after it (领导机构).
      const shared = /^[\u4e00-\u9fff]{2}$/.test(written) ? /(机构|小组|专班)$/.exec(parts[i + 1] ?? '')?.[1] : undefined;
      const part = shared && !FORMED_BODY.test(written) ? written + shared : written;
      if (!FORMED_BODY.test(part) || KIND_AT_END.test(part) || part.length > 8 || part.length < 3) continue;
      const at = s.text.indexOf(written, from);
      groups.push(c.group({ type: 'Group', start: at, end: at + written.length, surface: written, name: part, aliases: [], key: '', groupKind: part, ownerWords: '' }, by));
    }
    // 下设综合协调、线索督办、宣传引导等5个小组: a counted set of teams, named with its number.
    const teams = COUNTED_TEAMS.exec(s.text.slice(from, c.end));
    const written = teams?.[1];
    const at = teams && written ? from + teams.index + teams[0].length - written.length : -1;
    // …unless the teams were read as groups already; what stands before them in the list may be (整改办公室和6个…).
    if (teams && written && !groups.some((g) => g.start >= at && g.start < at + written.length)) {
      const count = parseCount(teams[2] ?? '');
      groups.push(c.group({ type: 'Group', start: at, end: at + written.length, surface: written, name: written, aliases: [teams[3] ?? written], key: '', groupKind: written, ownerWords: '', ...(count !== undefined ? { count } : {}) }, by));
    }
    const out: Found[] = [];
    founders(c, verbAt).forEach((source, i) => {
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
