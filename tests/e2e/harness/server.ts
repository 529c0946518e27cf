import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.pdf': 'application/pdf',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request path seen, in order (for canary checks). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures on 127.0.0.1 (never a live site): `/pages/voa-seed.html` is
 * tests/fixtures/pages/voa-seed.html. `routes` answers extra paths (generated pages, canaries).
 */
export async function startFixtureServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(req.url ?? '/');
    try {
      const route = routes[path];
      if (route) {
        await route(req, res);
        return;
      }
      const file = normalize(join(FIXTURES, decodeURIComponent(path)));
      if (!file.startsWith(FIXTURES)) throw new Error('outside fixtures');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
