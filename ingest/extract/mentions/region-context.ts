// Which of several same-named divisions a document means (江北区 of 重庆 or of 宁波), decided by
// the regions the document has already named, then by the region it is mostly about.
import { ancestors, gazetteer, type Division } from '../../gazetteer/divisions.ts';

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

/** Each province with the forms it is written in (陕西省, 陕西), longest first; built once, read per document. */
let provinces: Array<[Division, string[]]> | undefined;
function provinceForms(): Array<[Division, string[]]> {
  provinces ??= gazetteer()
    .all.filter((d) => d.level === 'province')
    .map((d): [Division, string[]] => [d, [d.name, ...d.shortForms].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length)]);
  return provinces;
}

/**
 * The province a document is about when its name dominates the text, counted wherever it is written: alone, in a unit's
 * name (山东师范大学), in a book title or in the outlet (陕西日报). Written for w1-011, whose "省委随后印发《陕西省党史学习
 * 教育实施方案》" comes before any region the segmenter reads, and w2-011, where Shandong is named only inside units.
 */
export function documentProvince(text: string): Division | undefined {
  const counts: Array<[Division, number]> = [];
  for (const [d, forms] of provinceForms()) {
    let n = 0;
    // Longest form first, each occurrence once: 陕西省 is not also counted as 陕西.
    let rest = text;
    for (const f of forms) {
      const parts = rest.split(f);
      n += parts.length - 1;
      rest = parts.join('\u0000');
    }
    if (n > 0) counts.push([d, n]);
  }
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const best = counts.sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 && best[1] / total >= 0.7 ? best[0] : undefined;
}

/** The province whose own paper or site published a report (安徽日报, 南方+ is not one): whose 省委 and 我省 it means. */
export function outletProvince(source: string | undefined): Division | undefined {
  if (!source) return undefined;
  for (const [d, forms] of provinceForms()) {
    if (forms.some((f) => source.startsWith(f) && /^(?:省|自治区|市)?(?:日报|新闻网|政府网|卫视|广播电视台|纪委监委网站|党建网)/.test(source.slice(f.length)))) return d;
  }
  return undefined;
}

/** A prefecture-level city's own paper or media (宜春日报, 信阳日报, 沧州晚报): whose 市委 and 我市 the text means. */
export function outletCity(source: string | undefined): Division | undefined {
  const stem = source ? /^([\u4e00-\u9fff]{2,4}?)市?(?:日报|晚报|新闻网|融媒体中心)/.exec(source)?.[1] : undefined;
  if (!stem) return undefined;
  const cities = (gazetteer().byName.get(stem) ?? []).filter((d) => d.level === 'prefecture');
  return cities.length === 1 ? cities[0] : undefined;
}
