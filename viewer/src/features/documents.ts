// Documents: the list, and one document's text with every extracted entity highlighted beside the facts it supports.
import type { DocumentFact } from '../../../graph/read/explore.ts';
import { api } from '../api.ts';
import { $, h, highlight } from '../shared/dom.ts';

export interface DocumentActions {
  /** Show one fact (an edge) in the graph. */
  showFact(fact: DocumentFact): void;
}

export async function renderDocumentList(open: (id: string) => void): Promise<void> {
  const { documents } = await api.documents();
  $('document-list').replaceChildren(
    ...documents.map((d) => {
      const a = h('a', { href: '#', 'data-doc': d.id }, d.title || d.path);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        open(d.id);
      });
      return h('li', {}, a, h('span', { class: 'meta' }, ` ${d.publishedAt ?? 'undated'} · ${d.source ?? ''} · ${d.facts} facts`));
    }),
  );
}

export async function openDocument(id: string, actions: DocumentActions): Promise<void> {
  const doc = await api.document(id);
  $('doc-title').textContent = doc.title || doc.path;
  $('doc-meta').textContent = `${doc.source ?? 'source unknown'} · ${doc.publishedAt ?? 'undated'} · ${doc.path} · ${doc.entities.length} entities · ${doc.facts.length} facts`;
  const marks = doc.entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, cls: `ent ent-${e.type}`, title: `${e.type}: ${e.name}` })));
  const text = $('doc-text');
  text.replaceChildren(...doc.text.split('\n').map((para) => h('p', {}, highlight(para, marks))));
  $('doc-facts').replaceChildren(
    ...doc.facts.map((f) => {
      const li = h('li', { class: 'fact', title: f.sentence }, h('b', {}, f.sourceName), ` ${f.edge.type} `, h('b', {}, f.targetName), h('div', { class: 'meta' }, `rule ${f.rule}`));
      li.addEventListener('click', () => actions.showFact(f));
      return li;
    }),
  );
  const dialog = $<HTMLDialogElement>('document-view');
  if (!dialog.open) dialog.showModal();
}
