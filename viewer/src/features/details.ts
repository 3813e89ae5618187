// The right panel: a node's properties and documents, an edge's sentences with both entities highlighted.
import { api } from '../api.ts';
import { $, h, highlight } from '../shared/dom.ts';

export interface DetailsActions {
  openDocument(id: string): void;
}

export async function showNode(id: string, actions: DetailsActions): Promise<void> {
  const panel = $('details');
  panel.replaceChildren(h('p', { class: 'hint' }, '…'));
  const d = await api.node(id);
  const n = d.node;
  const rows: [string, string | null][] = [
    ['type', n.type],
    ['aliases', n.aliases.join('、') || null],
    ['code', n.code],
    ['level', n.level],
    ['count', n.count === null ? null : String(n.count)],
    ['within', d.within.join(' › ') || null],
    ['relations', String(n.degree)],
    ['provinces', n.provinces.join('、') || null],
  ];
  panel.replaceChildren(
    h('h2', { class: `type-${n.type}` }, n.name),
    h('dl', {}, ...rows.filter(([, v]) => v !== null).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')])),
    h('h3', {}, `Mentioned in ${d.documents.length} document(s)`),
    h(
      'ul',
      { class: 'doc-links' },
      ...d.documents.map((doc) => {
        const a = h('a', { href: '#', 'data-doc': doc.id }, doc.title || doc.id);
        a.addEventListener('click', (e) => {
          e.preventDefault();
          actions.openDocument(doc.id);
        });
        return h('li', {}, a, h('span', { class: 'meta' }, ` ${doc.publishedAt ?? ''} ${doc.source ?? ''}`));
      }),
    ),
  );
}

export async function showEdge(key: string, actions: DetailsActions): Promise<void> {
  const panel = $('details');
  panel.replaceChildren(h('p', { class: 'hint' }, '…'));
  const ev = await api.evidence(key);
  const e = ev.edge;
  if (e === null || ev.source === null || ev.target === null) return;
  const names = (n: { name: string; aliases: string[] }, cls: string) => [n.name, ...n.aliases].map((name) => ({ name, cls }));
  panel.replaceChildren(
    h('h2', {}, `${ev.source.name} → ${ev.target.name}`),
    h('p', { class: 'meta' }, `${e.type}${e.count !== null ? ` · count ${e.count}` : ''} · first read by rule ${e.rule ?? '—'}`),
    h('h3', {}, ev.evidence.length === 0 ? 'No sentence: from the gazetteer (administrative hierarchy)' : `${ev.evidence.length} sentence(s)`),
    h(
      'ol',
      { class: 'evidence' },
      ...ev.evidence.map((item) => {
        const sentence = h('blockquote', { class: 'sentence' });
        sentence.append(highlight(item.sentence, [...names(ev.source ?? { name: '', aliases: [] }, 'hl-source'), ...names(ev.target ?? { name: '', aliases: [] }, 'hl-target')]));
        const open = h('a', { href: '#' }, item.document.title || item.document.id);
        open.addEventListener('click', (event) => {
          event.preventDefault();
          actions.openDocument(item.document.id);
        });
        return h(
          'li',
          {},
          sentence,
          h('div', { class: 'meta' }, open, ` · ${item.document.source ?? 'source unknown'} · ${item.document.publishedAt ?? 'undated'} · rule `, h('code', {}, item.rule)),
          item.original !== null && item.original !== item.sentence ? h('details', {}, h('summary', {}, 'as written in the file'), h('p', {}, item.original)) : null,
        );
      }),
    ),
  );
}
