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
} from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Row = Record<string, Json>;

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

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return plainInteger(value);
  if (isNode(value)) return { elementId: value.elementId, labels: [...value.labels], properties: plainProps(value.properties) };
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainProps(value.properties),
    };
  }
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
export function describeError(e: unknown, uri: string): CypherError {
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
    if (code === 'Neo.ClientError.Statement.ParameterMissing') return new CypherError(`missing parameter: ${first}`, code);
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new CypherError(`${first} (check NEO4J_DATABASE)`, code);
    return new CypherError(`${first} [${code}]`, code);
  }
  if (e instanceof Error) return new CypherError(e.message.split('\n')[0] ?? e.name, e.name);
  return new CypherError(String(e), 'Unknown');
}

export interface ReadQueryOptions {
  database: string;
  /** Shown in the "cannot reach" message. */
  uri: string;
}

/**
 * Runs `query` in a read transaction of a READ session: the server itself refuses any write,
 * so nothing here has to guess from the text whether a query writes.
 */
export async function runReadQuery(driver: Driver, query: string, params: Record<string, unknown>, opts: ReadQueryOptions): Promise<Row[]> {
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map((record) => Object.fromEntries(record.keys.map((k) => [String(k), toJson(record.get(k))])));
  } catch (e) {
    throw describeError(e, opts.uri);
  } finally {
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
