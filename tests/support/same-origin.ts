import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createProxyServer } from 'httpxy';
import serveStatic from 'serve-handler';

/*
 * The README's reverse-proxy setup in one process: the static site and CouchDB on one
 * origin, CouchDB under /couch/. Safari keeps a cross-site server's cookies from a page, so
 * a session works there only when CouchDB is the page's own origin.
 */

export type SameOriginOptions = {
  /** The static build's folder, e.g. 'out'. */
  site: string;
  /** The CouchDB server's URL. */
  couch: string;
  /** A free one if not given. */
  port?: number;
};

export type SameOrigin = {
  /** The site's origin, no trailing slash, as Playwright's baseURL; CouchDB is at `${url}/couch/`. */
  url: string;
  stop: () => Promise<void>;
};

const PREFIX = '/couch';

/** The path CouchDB gets for a request under the prefix, or null for the site's own. */
export function couchPath(requestUrl: string): string | null {
  if (requestUrl !== PREFIX && !requestUrl.startsWith(`${PREFIX}/`) && !requestUrl.startsWith(`${PREFIX}?`)) return null;
  const rest = requestUrl.slice(PREFIX.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

function failed(response: ServerResponse, status: number, error: unknown): void {
  // Once the head is out (a long poll cut short) the only honest signal left is a cut connection.
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(error instanceof Error ? error.message : String(error));
}

export async function startSameOrigin({ site, couch, port = 0 }: SameOriginOptions): Promise<SameOrigin> {
  // What `serve <site>` passes to serve-handler when the folder has no serve.json.
  const siteConfig = { public: path.resolve(site), etag: true };
  const proxy = createProxyServer({ target: couch });
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const forwarded = couchPath(request.url ?? '/');
    if (forwarded === null) {
      serveStatic(request, response, siteConfig).catch((error: unknown) => failed(response, 500, error));
      return;
    }
    request.url = forwarded;
    // A CouchDB that is down answers as nginx would: a bad gateway, not a crashed test.
    proxy.web(request, response).catch((error: unknown) => failed(response, 502, error));
  };
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the same-origin server has no port');
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets and pending long polls would otherwise hold close() open.
      server.closeAllConnections();
    });
  return { url: `http://localhost:${address.port}`, stop };
}
