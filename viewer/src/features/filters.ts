// Filters on what is on screen: entity and relation types, one document, a publication-date range, one province.
import type { Core } from 'cytoscape';
import type { FilterValues } from '../../../graph/read/explore.ts';
import { $, h } from '../shared/dom.ts';
import { TYPES } from '../graph/style.ts';

export interface FilterState {
  entityTypes: string[];
  relationTypes: string[];
  document: string;
  from: string;
  to: string;
  province: string;
}

export function renderFilters(values: FilterValues, onChange: () => void): void {
  const checks = (container: string, items: string[]): void => {
    $(container).replaceChildren(
      ...items.map((t) => {
        const box = h('input', { type: 'checkbox', value: t, checked: '' });
        box.addEventListener('change', onChange);
        return h('label', {}, box, ` ${t}`);
      }),
    );
  };
  checks('filter-entity-types', values.entityTypes);
  checks('filter-relation-types', values.relationTypes);
  $('filter-document').append(...values.documents.map((d) => h('option', { value: d.id }, `${d.publishedAt ?? ''} ${d.title}`.trim())));
  $('filter-province').append(...values.provinces.map((p) => h('option', { value: p }, p)));
  for (const id of ['filter-document', 'filter-from', 'filter-to', 'filter-province']) $(id).addEventListener('change', onChange);
  if (values.dates.min !== null) $<HTMLInputElement>('filter-from').min = values.dates.min;
  if (values.dates.max !== null) $<HTMLInputElement>('filter-to').max = values.dates.max;
  $('legend').replaceChildren(
    ...Object.entries(TYPES).filter(([k]) => k !== 'Other').map(([, t]) => h('li', {}, h('span', { class: 'swatch', style: `background:${t.color}` }), ` ${t.label}`)),
  );
}

export function readFilters(): FilterState {
  const checked = (container: string): string[] => [...$(container).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  return {
    entityTypes: checked('filter-entity-types'),
    relationTypes: checked('filter-relation-types'),
    document: $<HTMLSelectElement>('filter-document').value,
    from: $<HTMLInputElement>('filter-from').value,
    to: $<HTMLInputElement>('filter-to').value,
    province: $<HTMLSelectElement>('filter-province').value,
  };
}

/** Hides (class `filtered`) what the filters leave out; dates come from the documents that support each element. */
export function applyFilters(cy: Core, f: FilterState, docDates: Map<string, string | null>): void {
  const docOk = (docIds: string[]): boolean => {
    if (docIds.length === 0) return true;
    return docIds.some((id) => {
      if (f.document !== '' && id !== f.document) return false;
      const date = docDates.get(id) ?? null;
      if (f.from !== '' && (date === null || date < f.from)) return false;
      if (f.to !== '' && (date === null || date > f.to)) return false;
      return true;
    });
  };
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const type = String(n.data('type') ?? '');
      const provinces = (n.data('provinces') as string[] | undefined) ?? [];
      const keep =
        (f.entityTypes.length === 0 || f.entityTypes.includes(type) || !(type in TYPES)) &&
        (f.province === '' || provinces.includes(f.province) || n.data('name') === f.province) &&
        docOk((n.data('docIds') as string[] | undefined) ?? []);
      n.toggleClass('filtered', !keep);
    });
    cy.edges().forEach((e) => {
      const keep = (f.relationTypes.length === 0 || f.relationTypes.includes(String(e.data('type')))) && docOk((e.data('docIds') as string[] | undefined) ?? []);
      e.toggleClass('filtered', !keep || e.source().hasClass('filtered') || e.target().hasClass('filtered'));
    });
  });
}
