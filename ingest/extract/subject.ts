// Who a clause is about: mentions at its start (coordinated, chained), a self-reference such as
// 当地 or 市委 resolved to the region in context, a generic subject (各地), or nothing (inherit).
import { ancestors } from '../gazetteer/divisions.ts';
import { GENERIC_SUBJECT, SELF_REFERENCE } from './lexicon.ts';
import { divisionMention } from './mentions/regions.ts';
import { readUnitAt } from './mentions/units.ts';
import type { Mention } from './mentions/mention.ts';
import type { SentenceView } from './sentence-view.ts';

const LEAD = /^(?:而|则|还|也|又|同时|此外|另外|其中|与此同时|因此|为此|目前|近日|近期|随后|此前)*/;
const COORD = /^(?:、|和|及|与|以及)/;

export type SubjectReading =
  | { kind: 'explicit'; subjects: Mention[]; end: number }
  | { kind: 'location'; place: Mention }
  | { kind: 'self'; word: string; end: number }
  | { kind: 'generic'; words: string }
  | { kind: 'none' };

/** The mention read at `at`: the longest of a unit name or a recognised mention, chains followed. */
function readAt(s: SentenceView, at: number, clauseEnd: number): Mention | undefined {
  const m = s.mentions.find((x) => x.start === at);
  const unit = readUnitAt(s.text, s.tokens, at);
  let chosen = unit && unit.end <= clauseEnd && (!m || unit.end > m.end) ? unit : m;
  while (chosen && chosen.type === 'Region') {
    const end: number = chosen.end;
    const next = s.mentions.find((x) => x.start === end && x.type === 'Region' && x.level !== 'group');
    const longerUnit = readUnitAt(s.text, s.tokens, chosen.start);
    if (longerUnit && longerUnit.end > chosen.end && longerUnit.end <= clauseEnd) return longerUnit;
    if (!next) break;
    chosen = next;
  }
  return chosen;
}

export function readSubject(s: SentenceView, start: number, end: number): SubjectReading {
  const text = s.text.slice(start, end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  const generic = GENERIC_SUBJECT.exec(body);
  if (generic) return { kind: 'generic', words: /^[\u4e00-\u9fff]*?(?:党委|政府)?(?=选派|派出|组建|成立|[^\u4e00-\u9fff]|$)/.exec(body)?.[0] ?? generic[0] };
  if (body.startsWith('在')) {
    const place = readAt(s, start + lead + 1, end);
    if (place && end - place.end <= 1 && place.type !== 'Group') return { kind: 'location', place };
  }
  const first = readAt(s, start + lead, end);
  if (first) {
    const subjects = [first];
    let pos = first.end;
    for (;;) {
      // 贵州省88个县（市、区）、55所高等学校: a region followed by its counted parts names them all.
      const counted = s.mentions.find((x) => x.start === pos && x.level === 'group');
      if (counted) {
        subjects.push(counted);
        pos = counted.end;
        continue;
      }
      const sep = COORD.exec(s.text.slice(pos, end));
      if (!sep) break;
      const next = readAt(s, pos + sep[0].length, end);
      if (!next) break;
      subjects.push(next);
      pos = next.end;
    }
    const etc = /^等(?:地|地方|单位)?/.exec(s.text.slice(pos, end));
    return { kind: 'explicit', subjects, end: pos - start + (etc?.[0].length ?? 0) };
  }
  const self = SELF_REFERENCE.exec(body);
  if (self) return { kind: 'self', word: self[0], end: lead + self[0].length };
  return { kind: 'none' };
}

/** The region a self-reference means: 市委 in a district's paragraph is the district's city. */
export function resolveSelf(word: string, topic: Mention | undefined): Mention | undefined {
  if (!topic?.division) return topic;
  const d = topic.division;
  const chain = [d, ...ancestors(d)];
  const want = /^(?:我|该|全)?省|^省/.test(word) ? 'province' : /^(?:我|该|全)?市|^市/.test(word) ? 'city' : undefined;
  if (want === 'province') {
    const p = chain.find((x) => x.level === 'province');
    return p && p !== d ? divisionMention(p, topic.start, p.name) : topic;
  }
  if (want === 'city' && !d.name.endsWith('市')) {
    const city = chain.find((x) => x.name.endsWith('市'));
    return city ? divisionMention(city, topic.start, city.name) : topic;
  }
  return topic;
}
