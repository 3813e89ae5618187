// Which of several same-named divisions a document means (江北区 of 重庆 or of 宁波), decided by
// the regions the document has already named, then by the region it is mostly about.
import { ancestors, type Division } from '../../gazetteer/divisions.ts';

export class RegionContext {
  private readonly recent: Division[] = [];
  private readonly tally = new Map<Division, number>();
  private focusCache: { value: Division | undefined } | undefined;

  constructor(private readonly upcoming: Division[] = []) {}

  note(d: Division): void {
    this.focusCache = undefined;
    this.recent.unshift(d);
    if (this.recent.length > 30) this.recent.pop();
    for (const a of [d, ...ancestors(d)]) this.tally.set(a, (this.tally.get(a) ?? 0) + 1);
  }

  choose(candidates: Division[]): Division | undefined {
    if (candidates.length <= 1) return candidates[0];
    const within = (c: Division, d: Division) => c === d || ancestors(c).includes(d);
    for (const d of [...this.recent, ...this.upcoming]) {
      const hit = candidates.filter((c) => within(c, d) || within(d, c));
      if (hit.length === 1) return hit[0];
    }
    return undefined;
  }

  /** Whether the document names `d` itself or a region it lies in. */
  confirms(d: Division): boolean {
    const chain = [d, ...ancestors(d)];
    return [...this.recent, ...this.upcoming].some((x) => chain.includes(x));
  }

  /** The province or municipality the document is about, when one dominates its mentions. */
  focus(): Division | undefined {
    this.focusCache ??= { value: this.computeFocus() };
    return this.focusCache.value;
  }

  private computeFocus(): Division | undefined {
    const tops = [...this.tally].filter(([d]) => d.level === 'province');
    const total = tops.reduce((s, [, n]) => s + n, 0);
    const best = tops.sort((a, b) => b[1] - a[1])[0];
    return best && total >= 2 && best[1] / total >= 0.6 ? best[0] : undefined;
  }
}
