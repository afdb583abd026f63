// A small static file server for the built renderer on 127.0.0.1: the
// browser fallback of `npm start`. GET and HEAD only, nothing outside root.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by extension; workers are `.js`, so must be JavaScript. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file under root a URL path names, or null when it leaves root. */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  // A '..' segment is refused outright rather than normalised away.
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..'))
    return null;
  const base = resolve(root);
  const relative = normalize(
    decoded.endsWith('/') ? `${decoded}index.html` : decoded,
  );
  const full = resolve(join(base, relative));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

async function serveFile(root, headers, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, 'Method not allowed');
  const path = resolveRequestPath(root, request.url ?? '/');
  if (!path) return send(response, 403, 'Forbidden');
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) return send(response, 404, 'Not found');
  response.writeHead(200, {
    'Content-Type':
      MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(path).pipe(response);
}

function listen(server, host, port) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` on host:port, trying the next ports when one is taken
 * (port 0 picks a free one). Resolves to the URL and a close function.
 */
export async function startStaticServer(options) {
  const host = options.host ?? '127.0.0.1';
  const headers = options.headers ?? {};
  const server = createServer((request, response) => {
    serveFile(options.root, headers, request, response).catch(() =>
      send(response, 500, 'Server error'),
    );
  });
  const first = options.port ?? 4173;
  for (let attempt = 0; attempt < (first === 0 ? 1 : 20); attempt++) {
    try {
      const port = await listen(
        server,
        host,
        first === 0 ? 0 : first + attempt,
      );
      const close = () => new Promise((done) => server.close(() => done()));
      return { url: `http://${host}:${port}/`, port, close };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`No free port from ${first} to ${first + 19}`);
}
