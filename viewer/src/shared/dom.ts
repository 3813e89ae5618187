// Small DOM helpers: typed look-ups and element building without innerHTML (text from reports is never markup).
export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`missing #${id}`);
  return el as T;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

/** `text` with every occurrence of each name wrapped in <mark class=cls>; longest names win where they overlap. */
export function highlight(text: string, marks: { name: string; cls: string; title?: string }[]): DocumentFragment {
  const spans: { start: number; end: number; cls: string; title: string }[] = [];
  const sorted = [...marks].filter((m) => m.name.length >= 2).sort((a, b) => b.name.length - a.name.length);
  for (const m of sorted) {
    for (let i = text.indexOf(m.name); i >= 0; i = text.indexOf(m.name, i + m.name.length)) {
      const end = i + m.name.length;
      if (!spans.some((s) => i < s.end && end > s.start)) spans.push({ start: i, end, cls: m.cls, title: m.title ?? m.name });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const s of spans) {
    frag.append(text.slice(at, s.start), h('mark', { class: s.cls, title: s.title }, text.slice(s.start, s.end)));
    at = s.end;
  }
  frag.append(text.slice(at));
  return frag;
}

export function setStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  const el = document.getElementById('status');
  if (el === null) return;
  el.textContent = message;
  el.className = `status ${kind}`;
}
