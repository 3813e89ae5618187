// Runs the recognisers and rules over one normalised document, tracking who each clause is about
// from clause to clause and paragraph to paragraph; returns relations with their evidence.
import type { Token } from '../segment/segmenter.ts';
import { tokenize } from '../segment/segmenter.ts';
import { gazetteer, type Division } from '../gazetteer/divisions.ts';
import { findCounted } from './mentions/counted.ts';
import { findGroups } from './mentions/groups.ts';
import { RegionContext } from './mentions/region-context.ts';
import { divisionMention, findRegions } from './mentions/regions.ts';
import type { Mention } from './mentions/mention.ts';
import { RULES, TRIGGER } from './rules.ts';
import type { ClauseView, Found, SentenceView } from './sentence-view.ts';
import { readSubject, resolveSelf } from './subject.ts';
import { clauses, paragraphs, sentences, type Span } from './text-units.ts';

export interface SentenceFinding extends Found {
  sentence: Span;
}

/** Unambiguous divisions named anywhere in the text: they settle ambiguous ones named before them. */
function namedDivisions(tokens: Token[]): Division[] {
  const out: Division[] = [];
  for (const t of tokens) {
    const c = gazetteer().byName.get(t.word) ?? [];
    if (c.length === 1 && c[0] && c[0].name === t.word) out.push(c[0]);
  }
  return out;
}

function mentionsInClause(s: SentenceView, clause: Span): number {
  return s.mentions.filter((m) => m.type === 'Region' && m.start >= clause.start && m.end <= clause.end).length;
}

function groupName(owner: Mention | string | undefined, ownerWords: string, kind: string): string {
  if (typeof owner === 'string') return `${owner}${kind}`;
  // 中央 groups and a 市委 group whose region is not a city carry no region in their name.
  if (!owner || /^中央/.test(ownerWords) || (/^市委/.test(ownerWords) && !owner.name.endsWith('市'))) return `${ownerWords}${kind}`;
  const words = ownerWords && owner.name.endsWith(ownerWords[0] ?? '') && /^.委/.test(ownerWords) ? ownerWords.slice(1) : ownerWords;
  return `${owner.name}${words}${kind}`;
}

export function extractDocument(docId: string, text: string): SentenceFinding[] {
  const paras = paragraphs(text);
  // One segmenter call per paragraph (calls have a fixed cost); tokens are then cut per sentence.
  const tokenized = paras.map((p) => {
    const all = tokenize(p.text);
    let i = 0;
    return sentences(p).map((s) => {
      const from = s.start - p.start;
      const to = s.end - p.start;
      const tokens: Token[] = [];
      while (i < all.length && (all[i]?.start ?? 0) < from) i++;
      for (; i < all.length && (all[i]?.end ?? 0) <= to; i++) {
        const t = all[i] as Token;
        tokens.push({ word: t.word, tag: t.tag, start: t.start - from, end: t.end - from });
      }
      return { span: s, tokens };
    });
  });
  const ctx = new RegionContext(namedDivisions(tokenized.flat().flatMap((s) => s.tokens)));
  const findings: SentenceFinding[] = [];
  const groupsSeen: Mention[] = [];
  let focus: Mention | undefined;

  paras.forEach((_, pi) => {
    let paragraphTopic: Mention | undefined;
    let paragraphSubjects: Mention[] = [];
    let groupsHere: Mention[] = [];
    for (const { span, tokens } of tokenized[pi] ?? []) {
      const regions = findRegions(span.text, tokens, ctx);
      const counted = findCounted(span.text, docId).filter((c) => !regions.some((r) => c.start < r.end && c.end > r.start));
      const groups = findGroups(span.text, regions);
      const mentions = [...regions, ...counted, ...groups].sort((a, b) => a.start - b.start || b.end - a.end);
      const view: SentenceView = { text: span.text, start: span.start, tokens, mentions };
      const focusDivision = ctx.focus();
      focus = focusDivision ? divisionMention(focusDivision, 0, focusDivision.name) : undefined;
      let location: Mention | undefined;
      let inherited: Mention[] = paragraphSubjects.length ? paragraphSubjects : paragraphTopic ? [paragraphTopic] : focus ? [focus] : [];
      let blocked: string | undefined;
      const sentenceGroups: Mention[] = [];

      for (const cl of clauses({ text: span.text, start: 0, end: span.text.length })) {
        const reading = readSubject(view, cl.start, cl.end);
        let subjects: Mention[] = [];
        let subjectEnd = 0;
        let generic: string | undefined;
        const topicNow = () => location ?? subjects.find((m) => m.type === 'Region') ?? inherited.find((m) => m.type === 'Region') ?? paragraphTopic ?? focus;
        const groupOf = (mention: Mention, formedBy?: Mention | string): Mention => {
          let m = mention;
          if (m.key) return m;
          const kind = m.groupKind ?? m.name;
          const explicitOwner = m.ownerRegion ?? (m.ownerWords ? topicNow() : undefined);
          if (!m.ownerRegion && !m.ownerWords && formedBy === undefined) {
            // A bare 督导组 is the group of that kind already in play.
            const prior = [...groupsHere, ...groupsSeen].find((g) => g.groupKind && (g.groupKind.endsWith(kind) || kind.endsWith(g.groupKind)));
            if (prior) return { ...prior, start: m.start, end: m.end, surface: m.surface, ...(m.count !== undefined ? { count: m.count } : {}) };
          }
          // A group formed by a group (a 领导小组 sending 巡回指导组) shares its former's owner.
          const former = typeof formedBy === 'object' && formedBy.type === 'Group' ? formedBy : undefined;
          const owner = explicitOwner ?? former?.ownerRegion ?? (former ? topicNow() : formedBy === undefined ? topicNow() : formedBy);
          if (former && !m.ownerWords) m = { ...m, ownerWords: /^中央/.test(former.ownerWords ?? '') ? '中央' : '' };
          const ownerKey = /^中央/.test(m.ownerWords ?? '') ? '中央' : typeof owner === 'string' ? `${topicNow()?.key ?? docId}:${owner}` : (owner?.key ?? docId);
          const name = groupName(owner, m.ownerRegion ? m.surface.slice(m.ownerRegion.surface.length, -kind.length) : (m.ownerWords ?? ''), kind);
          const g: Mention = { ...m, name, aliases: [...new Set([m.surface, kind, ...m.aliases])].filter((a) => a !== name), key: `Group:${ownerKey}:${name}` };
          groupsHere = [g, ...groupsHere.filter((x) => x.key !== g.key)];
          groupsSeen.unshift(g);
          return g;
        };

        if (reading.kind === 'location') {
          location = reading.place;
          inherited = [reading.place];
          blocked = undefined;
        } else if (reading.kind === 'explicit') {
          subjects = reading.subjects.map((m) => (m.type === 'Group' ? groupOf(m) : m));
          subjectEnd = reading.end;
          blocked = undefined;
        } else if (reading.kind === 'self') {
          const self = resolveSelf(reading.word, location ?? paragraphTopic ?? focus);
          subjects = self ? [self] : [];
          subjectEnd = reading.end;
          blocked = undefined;
        } else if (reading.kind === 'generic') {
          generic = reading.words;
          blocked = reading.words;
        } else if (!blocked) {
          subjects = inherited;
        } else {
          generic = blocked;
        }

        const clause: ClauseView = {
          sentence: view,
          start: cl.start,
          end: cl.end,
          text: cl.text,
          subjects,
          subjectEnd,
          genericSubject: generic,
          group: groupOf,
          topic: topicNow(),
          earlierGroups: [...sentenceGroups],
        };
        const triggered = TRIGGER.test(cl.text) || mentionsInClause(view, cl) > 1;
        for (const rule of triggered ? RULES : []) {
          for (const f of rule.apply(clause)) {
            findings.push({ ...f, sentence: span });
            for (const g of [f.source, f.target]) if (g.type === 'Group' && !sentenceGroups.includes(g)) sentenceGroups.push(g);
          }
        }
        if (reading.kind === 'explicit' || reading.kind === 'self') {
          inherited = subjects;
          paragraphSubjects = subjects;
          const region = subjects.find((m) => m.type === 'Region' && m.level !== 'group') ?? subjects.find((m) => m.ownerRegion)?.ownerRegion;
          if (region) paragraphTopic = region;
        } else if (reading.kind === 'generic') {
          paragraphSubjects = [];
        }
      }
    }
  });
  return findings;
}
