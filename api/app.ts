// The HTTP API the viewer reads (where Neo4j rows become JSON): validated inputs, one error boundary, credentials
// kept on the server, every query parameterised, timed out and capped.
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { LRUCache } from 'lru-cache';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { CypherError, DEFAULT_QUERY_LIMITS, runReadQuery, toNeo4jParams, type QueryLimits } from '../graph/read/cypher.ts';
import type { ExampleQuery } from '../graph/read/example-queries.ts';
import {
  documentDetail,
  edgeEvidence,
  entityDetail,
  filterValues,
  graphVersion,
  listDocuments,
  neighbours,
  overview,
  schemaNames,
  searchEntries,
  shortestPath,
  subgraph,
  type ExploreOptions,
  type NeighbourPage,
  type NeighbourQuery,
  type ProvinceCache,
} from '../graph/read/explore.ts';
import { createSearchIndex, type SearchIndex } from './search-index.ts';

export interface ApiOptions {
  driver: Driver;
  database: string;
  /** Shown in "cannot reach" messages; never a password. */
  uri: string;
  limits?: Partial<QueryLimits>;
  examples?: ExampleQuery[];
  /** Where unexpected errors are logged (never sent to the client); default stderr. */
  log?: (message: string) => void;
  /** How long the search index, cached provinces and neighbour pages are trusted before the graph's version is checked again; default 5 s. */
  searchRefreshMs?: number;
}

// A page is a few kB; this many cover every hub a team explores in one version of the graph.
const NEIGHBOUR_PAGES_KEPT = 2000;

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A driver or server failure as an HTTP status: unreachable 503, refused 403, timeout 504, bad query 400. */
function statusOf(e: CypherError): 400 | 403 | 503 | 504 | 500 {
  // Unreachable, or reachable but refusing the server's own credentials: either way the graph is unavailable.
  if (UNAVAILABLE.has(e.code) || e.code.startsWith('Neo.ClientError.Security.')) return 503;
  if (e.code === 'Refused' || e.code === 'Neo.ClientError.Statement.AccessMode') return 403;
  if (e.code === 'Timeout') return 504;
  if (e.code === 'Usage' || e.code.startsWith('Neo.ClientError.')) return 400;
  return 500;
}

const Limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const Csv = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s === '' ? undefined : s.split(',').map((x) => x.trim()).filter((x) => x !== '')));
const Id = z.string().min(1).max(500);

/** Validation failures become a 400 whose message names the field, through the same error boundary. */
function invalid(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (!result.success) {
    const issues = result.error?.issues ?? [];
    const text = issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');
    throw new HTTPException(400, { message: `bad request: ${text}` });
  }
}

export function createApi(opts: ApiOptions): Hono {
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...opts.limits };
  const explore: ExploreOptions = { driver: opts.driver, database: opts.database, uri: opts.uri, ...limits };
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const refreshMs = opts.searchRefreshMs ?? 5000;

  // What is derived from the whole graph (the search index, the provinces of nodes) is kept until the graph's version
  // changes; the version is asked of Neo4j at most every refreshMs, by one request for all that are waiting.
  let known: { version: string; checkedAt: number } | null = null;
  let asking: Promise<string> | null = null;
  const currentVersion = async (): Promise<string> => {
    if (known !== null && Date.now() - known.checkedAt < refreshMs) return known.version;
    asking ??= graphVersion(explore)
      .then((version) => {
        known = { version, checkedAt: Date.now() };
        return version;
      })
      .finally(() => {
        asking = null;
      });
    return asking;
  };

  let index: { version: string; built: SearchIndex } | null = null;
  let building: { version: string; built: Promise<SearchIndex> } | null = null;
  const searchIndex = async (): Promise<SearchIndex> => {
    const version = await currentVersion();
    if (index !== null && index.version === version) return index.built;
    if (building === null || building.version !== version) {
      const job = {
        version,
        built: searchEntries(explore)
          .then((entries) => {
            const built = createSearchIndex(entries);
            index = { version, built };
            return built;
          })
          .finally(() => {
            if (building === job) building = null;
          }),
      };
      building = job;
    }
    return building.built;
  };

  // Taken with the version before a query, so what a query reads is never stored under an older version than it saw.
  // Pages are kept as promises so that clients expanding the same hub at once share one query; a failed one is dropped.
  let cached: { version: string; provinces: ProvinceCache; pages: LRUCache<string, Promise<NeighbourPage>> } | null = null;
  const versionCache = async () => {
    const version = await currentVersion();
    if (cached?.version !== version) cached = { version, provinces: new Map(), pages: new LRUCache({ max: NEIGHBOUR_PAGES_KEPT }) };
    return cached;
  };
  const cachedNeighbours = async (q: NeighbourQuery): Promise<NeighbourPage> => {
    const { provinces, pages } = await versionCache();
    const key = JSON.stringify([q.id, q.limit, q.cursor, q.relationTypes ?? []]);
    let page = pages.get(key);
    if (page === undefined) {
      page = neighbours(explore, q, provinces);
      pages.set(key, page);
      page.catch(() => pages.delete(key));
    }
    return page;
  };

  const app = new Hono();

  app.onError((err, c: Context) => {
    if (err instanceof HTTPException) return c.json({ error: err.message }, err.status);
    if (err instanceof CypherError) {
      const status = statusOf(err);
      if (status === 500) log(`api: ${c.req.method} ${c.req.path}: ${err.message}`);
      const message = status === 503 ? `Neo4j is unavailable: ${err.message}` : status === 500 ? 'internal error' : err.message;
      return c.json({ error: message, code: err.code }, status);
    }
    log(`api: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  const api = new Hono();

  api.get('/health', async (c) => {
    try {
      await opts.driver.verifyConnectivity({ database: opts.database });
      return c.json({ neo4j: 'up' });
    } catch {
      return c.json({ neo4j: 'down', error: `Neo4j is unavailable at ${opts.uri}` }, 503);
    }
  });

  api.get(
    '/search',
    zValidator('query', z.object({ q: z.string().trim().min(1, 'q is required').max(200), limit: Limit(100, 20), types: Csv }), invalid),
    async (c) => {
      const { q, limit, types } = c.req.valid('query');
      const hits = (await searchIndex()).search(q, { limit, ...(types === undefined ? {} : { types }) });
      return c.json({ query: q, results: hits });
    },
  );

  api.post(
    '/cypher',
    zValidator(
      'json',
      z.object({
        query: z.string().min(1, 'query is required').max(20_000),
        params: z.record(z.string(), z.unknown()).default({}),
        maxRows: z.number().int().min(1).max(limits.maxRows).optional(),
      }),
      invalid,
    ),
    async (c) => {
      const body = c.req.valid('json');
      const result = await runReadQuery(opts.driver, body.query, toNeo4jParams(body.params) as Record<string, unknown>, {
        database: opts.database,
        uri: opts.uri,
        timeoutMs: limits.timeoutMs,
        maxRows: body.maxRows ?? limits.maxRows,
      });
      return c.json(result);
    },
  );

  api.get(
    '/overview',
    zValidator('query', z.object({ limit: Limit(500, 60), region: z.string().max(200).optional(), doc: z.string().max(200).optional() }), invalid),
    async (c) => {
      const { limit, region, doc } = c.req.valid('query');
      return c.json(await overview(explore, { limit, region, docId: doc }));
    },
  );

  api.get('/nodes/:id', zValidator('param', z.object({ id: Id }), invalid), async (c) => {
    const detail = await entityDetail(explore, c.req.valid('param').id);
    if (detail === null) throw new HTTPException(404, { message: `no entity with id ${c.req.valid('param').id}` });
    return c.json(detail);
  });

  api.get(
    '/nodes/:id/neighbours',
    zValidator('param', z.object({ id: Id }), invalid),
    zValidator('query', z.object({ limit: Limit(500, 25), cursor: z.coerce.number().int().min(0).default(0), types: Csv }), invalid),
    async (c) => {
      const { limit, cursor, types } = c.req.valid('query');
      return c.json(await cachedNeighbours({ id: c.req.valid('param').id, limit, cursor, relationTypes: types }));
    },
  );

  api.get('/edges/:key/evidence', zValidator('param', z.object({ key: Id }), invalid), async (c) => {
    const result = await edgeEvidence(explore, c.req.valid('param').key);
    if (result.edge === null) throw new HTTPException(404, { message: `no relation with key ${c.req.valid('param').key}` });
    return c.json(result);
  });

  api.get('/path', zValidator('query', z.object({ from: Id, to: Id }), invalid), async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(await shortestPath(explore, from, to));
  });

  api.get('/subgraph', zValidator('query', z.object({ ids: Csv.pipe(z.array(Id).min(1, 'ids is required').max(2000)) }), invalid), async (c) => {
    return c.json(await subgraph(explore, c.req.valid('query').ids));
  });

  api.get('/documents', async (c) => c.json(await listDocuments(explore)));

  api.get('/documents/:id', zValidator('param', z.object({ id: Id }), invalid), async (c) => {
    const doc = await documentDetail(explore, c.req.valid('param').id);
    if (doc === null) throw new HTTPException(404, { message: `no document with id ${c.req.valid('param').id}` });
    return c.json(doc);
  });

  api.get('/filters', async (c) => c.json(await filterValues(explore)));
  api.get('/schema', async (c) => c.json(await schemaNames(explore)));
  api.get('/examples', (c) => c.json({ examples: opts.examples ?? [] }));
  api.get('/limits', (c) => c.json(limits));

  app.route('/api', api);
  return app;
}
