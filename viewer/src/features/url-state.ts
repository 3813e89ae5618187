// The view in the URL: which entities are on screen, the layout and the filters; a copied link restores it.
import type { FilterState } from './filters.ts';

export interface ViewState {
  ids: string[];
  layout: string;
  filters?: Partial<FilterState>;
}

export function encodeView(state: ViewState): string {
  const json = JSON.stringify(state);
  return `#view=${btoa(String.fromCharCode(...new TextEncoder().encode(json)))}`;
}

export function decodeView(hash: string): ViewState | null {
  const m = /#view=([A-Za-z0-9+/=]+)/.exec(hash);
  if (m?.[1] === undefined) return null;
  try {
    const bytes = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as ViewState;
    return Array.isArray(parsed.ids) ? parsed : null;
  } catch {
    return null;
  }
}
