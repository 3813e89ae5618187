// Permissive SUPERVISES candidates (issue #12, second approach): every group in play in a sentence × every
// region, unit or counted mention of the sentence, with what the rules found there. Runs the rule-based
// extractor unchanged and reads the clauses it builds through an observer on the SUPERVISES precondition
// (ingest/extract has no clause hook yet); a classifier (features.ts, logistic.ts) then keeps the right ones.
import { entityRef, type Fact } from '../../extract-file.ts';
import { extractDocument, type DocumentMeta, type SentenceFinding } from '../extract-document.ts';
import { UNIT_REFERENCES } from '../lexicon.ts';
import type { Mention } from '../mentions/mention.ts';
import { findUnits } from '../mentions/units.ts';
import { PRECONDITION } from '../rules.ts';
import type { ClauseView, SentenceView } from '../sentence-view.ts';
import { readSubject, resolveSelf, type SubjectReading } from '../subject.ts';

/** How the candidate's group came to be in play. */
export type SourceKind = 'mention' | 'carried' | 'activity' | 'rule-only';

/** A clause as the extractor read it, kept for the features. */
export interface ClauseInfo {
  start: number;
  end: number;
  reading: SubjectReading['kind'];
  subjectEnd: number;
  subjects: Mention[];
}

export interface Candidate {
  docId: string;
  /** Sentence offset in the document's normalised text, and the sentence. */
  sentenceStart: number;
  view: SentenceView;
  clauses: ClauseInfo[];
  source: Mention;
  target: Mention;
  sourceKind: SourceKind;
  /** Where the group is written in the sentence; undefined when carried from an earlier clause or sentence. */
  groupSpan: [number, number] | undefined;
  /** Where the group acts from when carried: the start of the clause that inherits it. */
  anchor: number;
  /** Targets and groups of the sentence, for the features (between, listed). */
  targets: Mention[];
  groups: Mention[];
  /** Rule findings of this sentence and pairs the rules found anywhere in the document. */
  ruleNames: string[];
  ruleTargetOther: boolean;
  ruleGroupOther: boolean;
  rulePairElsewhere: boolean;
}

export interface DocumentCandidates {
  docId: string;
  /** Every fact the rules found, as extract-file.ts makes them (evidence without the original text). */
  ruleFacts: Fact[];
  candidates: Candidate[];
}

interface ObservedSentence {
  view: SentenceView;
  clauses: Array<{ clause: ClauseView; reading: SubjectReading }>;
}

/** Runs the rules on one document, keeping every triggered clause the SUPERVISES precondition sees. */
function observe(docId: string, text: string, meta: DocumentMeta): { findings: SentenceFinding[]; sentences: ObservedSentence[] } {
  const sentences: ObservedSentence[] = [];
  const original = PRECONDITION.SUPERVISES;
  PRECONDITION.SUPERVISES = (c) => {
    let s = sentences[sentences.length - 1];
    if (s?.view !== c.sentence) {
      s = { view: c.sentence, clauses: [] };
      sentences.push(s);
    }
    s.clauses.push({ clause: c, reading: readSubject(c.sentence, c.start, c.end) });
    return original(c);
  };
  try {
    return { findings: extractDocument(docId, text, meta), sentences };
  } finally {
    PRECONDITION.SUPERVISES = original;
  }
}

export function factOf(docId: string, text: string, f: SentenceFinding): Fact {
  const { start, end } = f.sentence;
  return {
    type: f.type,
    source: entityRef(f.source),
    target: entityRef(f.target),
    ...(f.count !== undefined ? { count: f.count } : {}),
    rule: f.rule,
    evidence: { docId, sentence: text.slice(start, end), start, end, rule: f.rule },
  };
}

/** A candidate's relation as a fact, for the entity store (rule names the classifier). */
export function candidateFact(docId: string, text: string, c: Candidate, rule: string): Fact {
  const end = c.sentenceStart + c.view.text.length;
  return factOf(docId, text, {
    type: 'SUPERVISES',
    source: c.source,
    target: c.target,
    ...(c.target.count !== undefined ? { count: c.target.count } : {}),
    rule,
    sentence: { text: c.view.text, start: c.sentenceStart, end },
  });
}

/** The kind a group's name ends with, as Discourse.group names it (copied: extract-document keeps it private). */
function groupName(owner: Mention | undefined, ownerWords: string, kind: string): string {
  if (!owner || /^中央/.test(ownerWords) || (/^市委/.test(ownerWords) && !owner.name.endsWith('市'))) return `${ownerWords}${kind}`;
  const words = ownerWords && owner.name.endsWith(ownerWords[0] ?? '') && /^.(?:委|政府)/.test(ownerWords) ? ownerWords.slice(1) : ownerWords;
  return `${owner.name}${words}${kind}`;
}

/**
 * The node a group mention names. The rules' own resolution when they used the mention (findings, subjects);
 * else the same naming done here without touching the discourse: a bare kind is the latest group of that kind.
 */
function resolveGroup(m: Mention, docId: string, known: Map<string, Mention>, seen: Mention[], topic: Mention | undefined): Mention {
  const hit = known.get(`${m.start}:${m.end}`);
  if (hit) return hit;
  const kind = m.groupKind ?? m.name;
  if (!m.ownerRegion && !m.ownerWords) {
    const prior = seen.find((g) => g.groupKind && (g.groupKind.endsWith(kind) || kind.endsWith(g.groupKind)));
    if (prior) return { ...prior, start: m.start, end: m.end, surface: m.surface };
  }
  const region = topic?.type === 'Region' ? topic : undefined;
  const owner = m.ownerRegion ?? (m.ownerWords ? resolveSelf(m.ownerWords, region) : region);
  const words = m.ownerRegion ? m.surface.slice(m.ownerRegion.surface.length, -kind.length) : (m.ownerWords ?? '');
  const name = groupName(owner, words, kind);
  const same = seen.find((g) => g.name === name);
  if (same) return { ...same, start: m.start, end: m.end, surface: m.surface };
  return { ...m, name, aliases: [...new Set([m.surface, kind, ...m.aliases])].filter((a) => a !== name), key: `Group:cand:${docId}:${name}` };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Regions, counted mentions and units of a sentence, and the units its references (该院, 部党组) mean. */
function targetsOf(o: ObservedSentence): Mention[] {
  const { view } = o;
  const groups = view.mentions.filter((m) => m.type === 'Group');
  const out: Mention[] = view.mentions.filter((m) => m.type !== 'Group' && !groups.some((g) => m.start >= g.start && m.end <= g.end));
  for (const u of findUnits(view.text, view.tokens)) {
    if (!out.some((m) => m.start === u.start && m.end === u.end) && !groups.some((g) => u.start >= g.start && u.end <= g.end)) out.push(u);
  }
  const first = o.clauses[0]?.clause;
  if (first) {
    for (const [word] of UNIT_REFERENCES) {
      const re = new RegExp(word.source.slice(1), 'g');
      for (let r = re.exec(view.text); r; r = re.exec(view.text)) {
        const at = r.index;
        if (out.some((m) => m.start <= at && m.end > at)) continue;
        const ref = first.unitReferredAt(at);
        if (ref) out.push(ref.unit);
      }
    }
  }
  // A region inside a longer name (吉首 of 吉首大学, 信阳市 of 信阳市中心医院) is not what the sentence names.
  const named = out.filter((m) => !out.some((x) => x !== m && x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start));
  return named.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function documentCandidates(docId: string, text: string, meta: DocumentMeta): DocumentCandidates {
  const { findings, sentences } = observe(docId, text, meta);
  const ruleFacts = findings.map((f) => factOf(docId, text, f));
  const supervises = findings.filter((f) => f.type === 'SUPERVISES');
  const pairsAnywhere = new Set(supervises.map((f) => `${f.source.key}|${f.target.key}`));
  const candidates: Candidate[] = [];
  // Groups the rules resolved, in the order met, latest first: bare kinds look back to them.
  const seen: Mention[] = [];
  const viewsSeen = new Set<SentenceView>();

  for (const o of sentences) {
    const { view } = o;
    if (viewsSeen.has(view)) continue;
    viewsSeen.add(view);
    const sentenceStart = view.start;
    const here = findings.filter((f) => f.sentence.start === sentenceStart);
    const known = new Map<string, Mention>();
    const remember = (g: Mention) => {
      if (g.type !== 'Group') return;
      if (view.text.slice(g.start, g.end) === g.surface) known.set(`${g.start}:${g.end}`, g);
      if (!seen.some((x) => x.key === g.key)) seen.unshift(g);
    };
    for (const c of o.clauses) for (const s of c.clause.subjects) if (c.clause.subjectEnd > 0) remember(s);
    for (const f of here) {
      remember(f.source);
      remember(f.target);
    }
    const clauses: ClauseInfo[] = o.clauses.map(({ clause, reading }) => ({
      start: clause.start,
      end: clause.end,
      reading: reading.kind,
      subjectEnd: clause.subjectEnd,
      subjects: clause.subjects,
    }));
    const topic = o.clauses[0]?.clause.topic;
    const groupMentions = view.mentions.filter((m) => m.type === 'Group');
    const groups = groupMentions.map((m) => resolveGroup(m, docId, known, seen, topic));
    for (const g of groups) remember(g);
    const targets = targetsOf(o);
    const base = { docId, sentenceStart, view, clauses, targets, groups };
    const byKey = new Map<string, Candidate>();
    const add = (source: Mention, target: Mention, sourceKind: SourceKind, groupSpan: [number, number] | undefined, anchor: number) => {
      if (source.key === target.key) return;
      if (groupSpan && overlaps(target, { start: groupSpan[0], end: groupSpan[1] })) return;
      const key = `${source.key}|${target.start}:${target.end}`;
      if (byKey.has(key)) return;
      byKey.set(key, {
        ...base,
        source,
        target,
        sourceKind,
        groupSpan,
        anchor,
        ruleNames: [],
        ruleTargetOther: false,
        ruleGroupOther: false,
        rulePairElsewhere: false,
      });
    };
    // Groups written in the sentence × every target of the sentence.
    groups.forEach((g, i) => {
      const m = groupMentions[i] as Mention;
      for (const t of targets) add(g, t, 'mention', [m.start, m.end], m.start);
    });
    // A group the discourse carries as the clause's subject (inherited, or its activity: 督查在…) × the clause's targets.
    for (const c of o.clauses) {
      const cl = c.clause;
      if (cl.subjectEnd > 0 && c.reading.kind !== 'activity') continue;
      for (const g of cl.subjects.filter((s) => s.type === 'Group')) {
        remember(g);
        for (const t of targets.filter((x) => x.start >= cl.start && x.end <= cl.end)) add(g, t, c.reading.kind === 'activity' ? 'activity' : 'carried', undefined, cl.start);
      }
    }
    // What the rules found that the candidates miss (counted after their noun, kinds of body, …).
    for (const f of here.filter((x) => x.type === 'SUPERVISES')) {
      const key = `${f.source.key}|${f.target.start}:${f.target.end}`;
      if (byKey.has(key) || [...byKey.values()].some((c) => c.source.key === f.source.key && c.target.key === f.target.key)) continue;
      const written = view.text.slice(f.source.start, f.source.end) === f.source.surface;
      add(f.source, f.target, 'rule-only', written ? [f.source.start, f.source.end] : undefined, written ? f.source.start : 0);
    }
    for (const c of byKey.values()) {
      for (const f of here) {
        if (f.type !== 'SUPERVISES') continue;
        const sameTarget = f.target.key === c.target.key || (f.target.start === c.target.start && f.target.end === c.target.end);
        const sameSource = f.source.key === c.source.key;
        if (sameSource && sameTarget) c.ruleNames.push(f.rule);
        else if (sameTarget) c.ruleTargetOther = true;
        else if (sameSource) c.ruleGroupOther = true;
      }
      c.rulePairElsewhere = c.ruleNames.length === 0 && pairsAnywhere.has(`${c.source.key}|${c.target.key}`);
      candidates.push(c);
    }
  }
  return { docId, ruleFacts, candidates };
}
