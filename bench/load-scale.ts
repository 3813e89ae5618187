// Bench section `--only scale` (heavy: minutes): the loader's rate as the database grows, at 10k, 100k and 1M
// relations. Each step loads 100 more synthetic reports (about 10k relations) on top of everything loaded before, so a
// rate that falls means a document's write cost grows with the corpus.
import { parseArgs } from 'node:util';
import { loadGraph } from '../graph/write/load-graph.ts';
import { benchNeo4j, subsetOf, syntheticCorpus, wipe } from './load-throughput.ts';
import { peakRssMiB, say, seconds } from './measure.ts';

const DOCS_PER_STEP = 100;
const MARKS = [10_000, 100_000, 1_000_000];
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export async function run(): Promise<void> {
  const { values } = parseArgs({ options: { relations: { type: 'string', default: '1000000' } }, strict: false });
  const target = Number(values.relations);
  const neo = await benchNeo4j();
  try {
    const db = neo.config.database;
    // A fresh JVM runs its first minute interpreted: warm up on other reports, then start from an empty database.
    for (let i = 0; i < 3; i++) await loadGraph(neo.driver, subsetOf(syntheticCorpus(DOCS_PER_STEP, undefined, 1e7 + i * DOCS_PER_STEP), 0, DOCS_PER_STEP), { database: db, validate: false });
    await wipe(neo);
    let relations = 0;
    const marks = MARKS.filter((m) => m <= target);
    // Rates over the last few steps before each mark, so one slow transaction does not decide it.
    const recent: { relations: number; seconds: number }[] = [];
    for (let first = 0; relations < target; first += DOCS_PER_STEP) {
      const step = subsetOf(syntheticCorpus(DOCS_PER_STEP, undefined, first), 0, DOCS_PER_STEP);
      const s = await seconds(() => loadGraph(neo.driver, step, { database: db, validate: false }));
      relations += step.relations.length;
      recent.push({ relations: step.relations.length, seconds: s });
      if (recent.length > 5) recent.shift();
      while (marks.length > 0 && relations >= (marks[0] as number)) {
        const mark = marks.shift() as number;
        const rate = recent.reduce((n, r) => n + r.relations, 0) / recent.reduce((n, r) => n + r.seconds, 0);
        say(`at ${fmt(mark)}`, `${fmt(rate)} relations/s (last ${recent.length} steps of ${DOCS_PER_STEP} reports; ${fmt(relations)} relations loaded)`);
      }
    }
    say('peak RSS', `${peakRssMiB().toFixed(0)} MiB (bench process)`);
    await wipe(neo);
  } finally {
    await neo.done();
  }
}
