// Runs a user's read-only Cypher and turns the rows into plain JSON; turns driver failures into one-line messages.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  Neo4jError,
  type Driver,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import { z } from 'zod';
import { checkPlan, checkQueryText, type PlanNode } from './query-guard.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Row = Record<string, Json>;

export interface GraphNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface GraphEdge {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Json>;
}

/** A failure worth one line to a user: no stack, no driver internals. */
export class CypherError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CypherError';
  }
}

/** Integers stay numbers while exact; beyond 2^53 they become strings rather than silently wrong numbers. */
function plainInteger(v: { inSafeRange(): boolean; toNumber(): number; toString(): string }): number | string {
  return v.inSafeRange() ? v.toNumber() : v.toString();
}

function plainProps(props: Record<string, unknown>): Record<string, Json> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toJson(v)]));
}

function nodeJson(node: Node): GraphNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: plainProps(node.properties) };
}

function edgeJson(rel: Relationship): GraphEdge {
  return { elementId: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties: plainProps(rel.properties) };
}

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return plainInteger(value);
  if (isNode(value)) return { ...nodeJson(value) };
  if (isRelationship(value)) return { ...edgeJson(value) };
  if (isUnboundRelationship(value)) return { elementId: value.elementId, type: value.type, properties: plainProps(value.properties) };
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toJson),
      relationships: value.segments.map((s) => toJson(s.relationship)),
    };
  }
  // Temporal values print as ISO 8601, which is what a user would type back into date('…').
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const p: Record<string, Json> = { srid: toJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) p['z'] = value.z;
    return p;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return plainProps(value as Record<string, unknown>);
  return String(value);
}

/** One line a user can act on, for any error the driver or server gives. */
export function describeError(e: unknown, uri: string, timeoutMs?: number): CypherError {
  if (e instanceof CypherError) return e;
  if (e instanceof Neo4jError) {
    const first = (e.message.split('\n')[0] ?? '').trim();
    const code = e.code;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      // The driver's text is a paragraph about encryption defaults; the socket error at its end is what matters.
      const cause = /Caused by: (.*)$/.exec(e.message)?.[1] ?? first;
      return new CypherError(`cannot reach Neo4j at ${uri} (${cause.trim()}); start it with \`kg db start\` or point NEO4J_URI at one`, code);
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new CypherError(`Neo4j at ${uri} refused the credentials (check NEO4J_USERNAME / NEO4J_PASSWORD): ${first}`, code);
    }
    if (code === 'Neo.ClientError.Statement.SyntaxError') {
      const where = /\(line (\d+), column (\d+)/.exec(e.message);
      const at = where ? ` at line ${where[1]}, column ${where[2]}` : '';
      return new CypherError(`Cypher syntax error${at}: ${first.replace(/\s*\(line \d+, column \d+.*$/, '')}`, code);
    }
    if (code === 'Neo.ClientError.Statement.AccessMode' || /write.*read access mode|read access mode/i.test(first)) {
      return new CypherError(`refused: the query writes, and kg cypher runs read-only queries (${first})`, code);
    }
    if (/TransactionTimedOut|TransactionTerminated/.test(code) || /transaction.*(timed out|has been terminated)/i.test(first)) {
      const limit = timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`;
      return new CypherError(`stopped: the query ran out of time${limit} (raise the limit with --timeout or KG_QUERY_TIMEOUT_MS)`, 'Timeout');
    }
    if (code === 'Neo.ClientError.Statement.ParameterMissing') return new CypherError(`missing parameter: ${first}`, code);
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new CypherError(`${first} (check NEO4J_DATABASE)`, code);
    return new CypherError(`${first} [${code}]`, code);
  }
  if (e instanceof Error) return new CypherError(e.message.split('\n')[0] ?? e.name, e.name);
  return new CypherError(String(e), 'Unknown');
}

export interface QueryLimits {
  /** Server-side transaction timeout for one query, in milliseconds. */
  timeoutMs: number;
  /** Rows returned at most; the result says when the query had more. */
  maxRows: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { timeoutMs: 5_000, maxRows: 1_000 };

const Limit = z.coerce.number().int().positive();

/** KG_QUERY_TIMEOUT_MS and KG_QUERY_MAX_ROWS override the defaults; a bad value is an error naming the variable. */
export function readQueryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const pick = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const parsed = Limit.safeParse(raw);
    if (!parsed.success) throw new CypherError(`${name} must be a positive integer, got "${raw}"`, 'Usage');
    return parsed.data;
  };
  return { timeoutMs: pick('KG_QUERY_TIMEOUT_MS', DEFAULT_QUERY_LIMITS.timeoutMs), maxRows: pick('KG_QUERY_MAX_ROWS', DEFAULT_QUERY_LIMITS.maxRows) };
}

export interface ReadQueryOptions extends Partial<QueryLimits> {
  database: string;
  /** Shown in the "cannot reach" message. */
  uri: string;
}

export interface QueryResult {
  columns: string[];
  rows: Row[];
  /** True when the query had more rows than `maxRows`; `rows` holds the first `maxRows`. */
  truncated: boolean;
  maxRows: number;
  /** Every node and relationship the rows hold (also inside paths and lists), once each, for a graph view. */
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function collectGraph(value: unknown, nodes: Map<string, GraphNode>, edges: Map<string, GraphEdge>): void {
  if (isNode(value)) {
    if (!nodes.has(value.elementId)) nodes.set(value.elementId, nodeJson(value));
  } else if (isRelationship(value)) {
    if (!edges.has(value.elementId)) edges.set(value.elementId, edgeJson(value));
  } else if (isPath(value)) {
    collectGraph(value.start, nodes, edges);
    for (const s of value.segments) {
      collectGraph(s.relationship, nodes, edges);
      collectGraph(s.end, nodes, edges);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collectGraph(v, nodes, edges);
  } else if (value !== null && typeof value === 'object' && !isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collectGraph(v, nodes, edges);
  }
}

/**
 * Runs a user's query on the read path, which kg cypher and the HTTP API share. Walls, each enough on its own for
 * what it covers: the text check (no LOAD CSV, USE, admin commands, or calls off the allow-list); a READ session,
 * so the server refuses writes; the EXPLAIN plan (read-only query type, no refused operator or procedure); a
 * server-side transaction timeout; and a row cap, past which the stream is discarded, not read.
 */
export async function runReadQuery(driver: Driver, query: string, params: Record<string, unknown>, opts: ReadQueryOptions): Promise<QueryResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_QUERY_LIMITS.timeoutMs;
  const maxRows = opts.maxRows ?? DEFAULT_QUERY_LIMITS.maxRows;
  try {
    checkQueryText(query);
  } catch (e) {
    throw new CypherError((e as Error).message, 'Refused');
  }
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(maxRows + 1, 1000) });
  const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'kg-read-path' } }).catch(async (e: unknown) => {
    await session.close();
    throw describeError(e, opts.uri);
  });
  try {
    const explained = await tx.run(`EXPLAIN ${query}`, params);
    try {
      checkPlan(explained.summary.queryType, explained.summary.plan as PlanNode | false);
    } catch (e) {
      throw new CypherError((e as Error).message, 'Refused');
    }
    const result = tx.run(query, params);
    const rows: Row[] = [];
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    let truncated = false;
    for await (const record of result) {
      if (rows.length === maxRows) {
        // Leaving the loop discards the rest of the stream on the server.
        truncated = true;
        break;
      }
      const row: Row = {};
      for (const k of record.keys) {
        const v: unknown = record.get(k);
        row[String(k)] = toJson(v);
        collectGraph(v, nodes, edges);
      }
      rows.push(row);
    }
    const columns = (await result.keys()).map(String);
    return { columns, rows, truncated, maxRows, nodes: [...nodes.values()], edges: [...edges.values()] };
  } catch (e) {
    throw describeError(e, opts.uri, timeoutMs);
  } finally {
    // Nothing to keep: a read transaction is rolled back, which also frees it at once on the server.
    await tx.close().catch(() => undefined);
    await session.close();
  }
}

/** `name=value` → [name, value]; the value is JSON when it parses as JSON (numbers, lists, quoted strings), else text. */
export function parseParam(spec: string): [string, unknown] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new CypherError(`--param needs name=value, got "${spec}"`, 'Usage');
  const name = spec.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new CypherError(`--param name "${name}" is not a Cypher identifier`, 'Usage');
  const raw = spec.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    return [name, raw];
  }
  return [name, toNeo4jParams(value)];
}

// JSON integers must reach Neo4j as integers, or `LIMIT $n` and id look-ups on integer properties fail.
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}
