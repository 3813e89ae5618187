// The one server of the product: the API under /api and the built viewer as static files, on 127.0.0.1 by default.
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './app.ts';

export interface ServerOptions extends ApiOptions {
  /** The built viewer (viewer/dist); without it only the API is served. */
  staticDir?: string;
  host?: string;
  port?: number;
}

export function createApp(opts: ServerOptions): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      // The viewer loads nothing from elsewhere: scripts, styles, fonts and data all come from this origin.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
      },
    }),
  );
  app.route('/', createApi(opts));
  const dir = opts.staticDir;
  if (dir !== undefined) {
    const root = path.relative(process.cwd(), dir) || '.';
    app.use('/*', serveStatic({ root }));
    // Every other path is the single-page app; its state lives in the URL.
    // Read once: the built page does not change while the server runs.
    const indexFile = path.join(dir, 'index.html');
    const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : null;
    app.get('*', (c) => (index !== null ? c.html(index) : c.text('viewer not built', 404)));
  }
  return app;
}

export function startServer(opts: ServerOptions): Promise<{ server: ServerType; url: string }> {
  const app = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 5173 }, (info) => {
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({ server, url: `http://${shownHost}:${info.port}/` });
    });
    server.on('error', reject);
  });
}
