// Where the graph lives: Neo4j connection settings read once from the environment, and the driver factory.
import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import { z } from 'zod';
import { DEFAULT_LOCAL_NEO4J_PASSWORD, LOCAL_NEO4J_USER } from './db/local-neo4j.ts';

// Defaults point at the instance `kg db start` serves, whose password is NEO4J_PASSWORD or the launcher's default,
// so the same variables configure both ends and an unset environment just works locally.
const Env = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must look like bolt://host:port or neo4j+s://host')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name (3-63 letters, digits, dots, dashes)')
    .optional(),
  KG_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Reads and validates the settings; throws one error that lists every invalid variable. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  // Empty strings count as unset: `NEO4J_URI= kg …` and compose's `${X:-}` produce them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid Neo4j settings in the environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.KG_NEO4J_PORT ?? 7687}`,
    username: e.NEO4J_USERNAME ?? LOCAL_NEO4J_USER,
    password: e.NEO4J_PASSWORD ?? DEFAULT_LOCAL_NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE ?? 'neo4j',
  };
}

let cached: Neo4jConfig | undefined;

/** The process-wide settings, read on first use. */
export function neo4jConfig(): Neo4jConfig {
  cached ??= readNeo4jConfig();
  return cached;
}

/** One driver per process; callers close it. `overrides` lets a command trade retry patience for a fast failure. */
export function createDriver(config: Neo4jConfig, overrides: DriverConfig = {}): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    userAgent: 'kg-reports',
    connectionTimeout: 10_000,
    // The driver logs nothing by default; keep it that way so stdout stays pure JSON for `kg cypher`.
    ...overrides,
  });
}
