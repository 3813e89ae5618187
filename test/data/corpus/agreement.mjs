#!/usr/bin/env node
// Inter-annotator agreement: annotator A scored against annotator B (B is the reference).
// Usage: node test/data/corpus/agreement.mjs <dirA> <dirB> [--types LAUNCHED,...] [--verbose]
// Matching follows shared/tools/score.mjs exactly: per document, relations of the same type whose
// source and target names match leniently (strip quotes/brackets/spaces, then containment with
// length ratio >= 0.4, or region stems), maximum bipartite matching; A's relations are deduplicated by
// (type, stripped source name, stripped target name); an unmatched A relation that could have matched an
// already-matched B relation is not counted as a false positive (as in score.mjs).
// Prints per-type and overall P/R/F1; last line: "F1 <x> P <p> R <r>".
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const dirA = args[0];
const dirB = args[1];
if (!dirA || !dirB) {
  console.error('usage: node agreement.mjs <dirA> <dirB> [--types T1,T2] [--verbose]');
  process.exit(2);
}
const typesArg = args.includes('--types') ? args[args.indexOf('--types') + 1] : 'LAUNCHED,SUPERVISES,ESTABLISHED,PART_OF';
const TYPES = new Set(typesArg.split(','));
const verbose = args.includes('--verbose');

// --- name matching: identical logic to shared/tools/score.mjs ---
const strip = (s) => String(s ?? '')
  .normalize('NFKC')
  .replace(/[“”"'‘’《》〈〉「」『』()（）[\]【】\s·・、,，。:：;；]/g, '')
  .toLowerCase();
const regionStem = (s) => strip(s)
  .replace(/(维吾尔|壮族|回族|藏族|彝族|布依族|苗族|侗族|土家族|哈萨克|蒙古族|朝鲜族|傣族|白族|哈尼族|黎族|傈僳族|羌族|满族)+/g, '')
  .replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|州|盟|旗|镇|乡|街道|社区|村)$/g, '');

function nameMatch(type, a, b) {
  const x = strip(a), y = strip(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (type === 'Region') {
    const sx = regionStem(a), sy = regionStem(b);
    if (sx && sy && (sx === sy || (sx.length >= 2 && sy.length >= 2 && (sx.endsWith(sy) || sy.endsWith(sx))))) return true;
  }
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short) && short.length / long.length >= 0.4;
}
const entNames = (e) => [e?.name, ...(e?.aliases ?? [])].filter(Boolean);
// gr: reference (B) relation; pr: compared (A) relation — same roles as gold/prediction in score.mjs.
const matches = (gr, pr) => gr.type === pr.type
  && entNames(pr.s).some((n) => nameMatch(gr.source.type, gr.source.name, n) || (gr.source.aliases ?? []).some((a) => nameMatch(gr.source.type, a, n)))
  && entNames(pr.t).some((n) => nameMatch(gr.target.type, gr.target.name, n) || (gr.target.aliases ?? []).some((a) => nameMatch(gr.target.type, a, n)));

const readDoc = (dir, f) => {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) return null;
  return JSON.parse(fs.readFileSync(p, 'utf8'));
};

const stats = {}; // type -> {tp, fp, fn}
for (const t of TYPES) stats[t] = { tp: 0, fp: 0, fn: 0 };
const bump = (t, k) => { stats[t] ??= { tp: 0, fp: 0, fn: 0 }; stats[t][k]++; };

const listJson = (d) => fs.readdirSync(d).filter((f) => f.endsWith('.json'));
const files = [...new Set([...listJson(dirA), ...listJson(dirB)])].sort();
for (const f of files) {
  const a = readDoc(dirA, f) ?? { doc: f.replace(/\.json$/, '.txt'), relations: [] };
  const b = readDoc(dirB, f) ?? { doc: a.doc, relations: [] };
  const g = (b.relations ?? []).filter((r) => TYPES.has(r.type));
  const p = [];
  for (const r of a.relations ?? []) {
    if (!TYPES.has(r.type)) continue;
    const key = `${r.type}|${strip(r.source?.name)}|${strip(r.target?.name)}`;
    if (!p.some((q) => q.key === key)) p.push({ type: r.type, s: r.source, t: r.target, key });
  }
  const cand = p.map((pr) => g.map((gr, k) => (matches(gr, pr) ? k : -1)).filter((k) => k >= 0));
  const owner = new Map(); // B index -> A index
  const augment = (i, seen) => cand[i].some((k) => {
    if (seen.has(k)) return false;
    seen.add(k);
    if (!owner.has(k) || augment(owner.get(k), seen)) { owner.set(k, i); return true; }
    return false;
  });
  p.forEach((_, i) => augment(i, new Set()));
  const bHit = new Set(owner.keys());
  const aHit = new Set(owner.values());
  p.forEach((pr, i) => {
    if (aHit.has(i)) { bump(pr.type, 'tp'); return; }
    if (cand[i].length) return;
    bump(pr.type, 'fp');
    if (verbose) console.log(`  A-only ${b.doc ?? f} ${pr.type} ${pr.s?.name} -> ${pr.t?.name}`);
  });
  g.forEach((gr, k) => {
    if (!bHit.has(k)) { bump(gr.type, 'fn'); if (verbose) console.log(`  B-only ${b.doc ?? f} ${gr.type} ${gr.source.name} -> ${gr.target.name}`); }
  });
}

const prf = ({ tp, fp, fn }) => {
  const P = tp + fp ? tp / (tp + fp) : 0, R = tp + fn ? tp / (tp + fn) : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
};
let tot = { tp: 0, fp: 0, fn: 0 };
for (const [t, s] of Object.entries(stats).sort()) {
  const { P, R, F } = prf(s);
  console.log(`${t.padEnd(12)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F.toFixed(3)}`);
  tot = { tp: tot.tp + s.tp, fp: tot.fp + s.fp, fn: tot.fn + s.fn };
}
const { P, R, F } = prf(tot);
console.log(`F1 ${F.toFixed(3)} P ${P.toFixed(3)} R ${R.toFixed(3)}`);
