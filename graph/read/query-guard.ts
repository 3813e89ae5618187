// Decides whether a user's Cypher may run on the read path: by its text, then by the plan Neo4j makes of it.
//
// The read-only session is the first wall, but Neo4j calls `LOAD CSV`, `TERMINATE TRANSACTIONS` and any
// read-mode procedure (apoc.cypher.run, apoc.load.*) "read". So a query must also pass two checks, each of
// which alone refuses everything below: its text (what the user wrote, before the planner rewrites it) and the
// EXPLAIN plan (what the server would actually run, which sees through backticks and odd spacing).

/** Procedures a user query may call: catalogue look-ups and full-text search, nothing that touches files. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

/**
 * Namespaces of functions and procedures that only compute on values or walk the graph. Everything else that is
 * namespaced is refused: apoc.load/export/import read and write files, apoc.cypher/periodic run other Cypher,
 * dbms.* administers the server.
 */
export const ALLOWED_NAMESPACES: readonly string[] = [
  // Cypher's own temporal, spatial and vector functions.
  'date.',
  'datetime.',
  'localdatetime.',
  'localtime.',
  'time.',
  'duration.',
  'point.',
  'vector.',
  // APOC's value helpers and graph walks (the local server registers only these; see Main.java).
  'apoc.coll.',
  'apoc.text.',
  'apoc.map.',
  'apoc.path.',
  'apoc.meta.',
  'apoc.algo.',
  'apoc.agg.',
  'apoc.number.',
  'apoc.temporal.',
  'apoc.date.',
  'apoc.convert.',
  'apoc.label.',
  'apoc.node.',
  'apoc.nodes.',
  'apoc.rel.',
];

/** Plan operators that are never a graph read, whatever query type the server gives them. */
const REFUSED_OPERATORS = /^(LoadCSV|AdministrationCommand|Terminate\w*|Show\w*|Create\w*|Drop\w*|DoNothingIfExists\w*)/;

export class QueryRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryRefused';
  }
}

/** The query with its strings and comments blanked and backticked names unquoted, so only code is searched. */
export function codeOnly(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      const stop = Math.min(query.length, j + 1);
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '`') {
      // `apoc`.`cypher`.`run` must read as apoc.cypher.run; a name with spaces keeps its length with underscores.
      let j = i + 1;
      while (j < query.length && query[j] !== '`') j++;
      out += query.slice(i + 1, j).replace(/\s/g, '_');
      i = Math.min(query.length, j + 1);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const NAMESPACED_CALL = /([A-Za-z_][\w$]*(?:\s*\.\s*[A-Za-z_][\w$]*)+)\s*\(/g;
const CALL_CLAUSE = /\bCALL\s+([A-Za-z_][\w$]*(?:\s*\.\s*[A-Za-z_][\w$]*)*)/gi;

function callableAllowed(name: string): boolean {
  const n = name.replace(/\s+/g, '').toLowerCase();
  return ALLOWED_PROCEDURES.has(n) || ALLOWED_NAMESPACES.some((ns) => n.startsWith(ns));
}

/** Names of namespaced functions and procedures the text invokes (`apoc.text.join(`, `CALL db.labels`). */
export function invokedNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(NAMESPACED_CALL)) if (m[1] !== undefined) names.add(m[1].replace(/\s+/g, ''));
  for (const m of code.matchAll(CALL_CLAUSE)) {
    const name = m[1];
    // CALL { … } and CALL (x) { … } are subqueries, not procedure calls.
    if (name !== undefined && name.includes('.')) names.add(name.replace(/\s+/g, ''));
  }
  return [...names];
}

/** First check, on the text alone: throws QueryRefused naming what is not allowed. */
export function checkQueryText(query: string): void {
  const code = codeOnly(query);
  if (code.trim() === '') throw new QueryRefused('refused: the query is empty');
  if (/\bLOAD\s+CSV\b/i.test(code)) {
    throw new QueryRefused('refused: LOAD CSV reads files and URLs; the read path only reads the graph');
  }
  if (/(^|[\s;{}])USE\s+[A-Za-z_`]/i.test(code)) {
    throw new QueryRefused('refused: USE switches databases; queries run on the configured database only');
  }
  const first = /^\s*(?:(?:EXPLAIN|PROFILE)\s+)?([A-Za-z]+)/i.exec(code)?.[1]?.toUpperCase();
  if (first !== undefined && /^(SHOW|TERMINATE|GRANT|DENY|REVOKE|START|STOP|ALTER|RENAME|ENABLE|DRYRUN)$/.test(first)) {
    throw new QueryRefused(`refused: ${first} is an administration command; the read path only reads the graph`);
  }
  for (const name of invokedNames(code)) {
    if (!callableAllowed(name)) {
      throw new QueryRefused(
        `refused: ${name} is not on the read path's allow-list (procedures and functions that read files, ` +
          'run other Cypher or administer the server are refused)',
      );
    }
  }
}

/** The parts of an EXPLAIN plan the second check reads (structurally what neo4j-driver's `summary.plan` is). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

/**
 * Second check, on what the server would run: a read-only query type ('r') and no operator or procedure outside
 * the allow-lists. `queryType` is the driver's summary.queryType: 'r', 'rw', 'w' or 's'.
 */
export function checkPlan(queryType: string, plan: PlanNode | false | undefined): void {
  if (queryType !== 'r') {
    const what = queryType === 's' ? 'changes the schema or the server' : 'writes';
    throw new QueryRefused(`refused: the query ${what} (query type "${queryType}"); the read path runs read-only queries`);
  }
  if (plan === false || plan === undefined) return;
  for (const op of operators(plan)) {
    // Operators print as `LoadCSV@neo4j`; the part before @ is the operator.
    const name = op.operatorType.split('@')[0] ?? op.operatorType;
    if (REFUSED_OPERATORS.test(name)) throw new QueryRefused(`refused: the plan holds ${name}, which is not a graph read`);
    const details = op.arguments?.['Details'];
    if (typeof details !== 'string') continue;
    if (name === 'ProcedureCall') {
      const proc = /^\s*([\w.$]+)\s*\(/.exec(details)?.[1];
      if (proc === undefined || !callableAllowed(proc)) {
        throw new QueryRefused(`refused: the procedure ${proc ?? details} is not on the read path's allow-list`);
      }
      continue;
    }
    for (const fn of invokedNames(codeOnly(details))) {
      if (!callableAllowed(fn)) throw new QueryRefused(`refused: the function ${fn} is not on the read path's allow-list`);
    }
  }
}
