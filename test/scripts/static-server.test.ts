import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  resolveRequestPath,
  startStaticServer,
} from '../../scripts/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'tierwise-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(
  join(root, 'assets', 'engine.worker-abc.js'),
  'self.onmessage = () => {};',
);
writeFileSync(
  join(root, 'assets', 'x.wasm'),
  new Uint8Array([0, 97, 115, 109]),
);
writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
writeFileSync(join(tmpdir(), 'tierwise-secret.txt'), 'secret');

let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  server = await startStaticServer({
    root,
    port: 0,
    headers: { 'Content-Security-Policy': "default-src 'self'" },
  });
});
afterAll(() => server.close());

function get(path: string, method = 'GET') {
  return new Promise<{
    status: number;
    type: string;
    csp: string;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            csp: String(res.headers['content-security-policy'] ?? ''),
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 and serves index.html at / with the CSP', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await get('/');
    expect(page).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: "default-src 'self'",
    });
    expect(page.body).toContain('<title>t</title>');
  });

  it.each([
    ['/assets/engine.worker-abc.js', 'text/javascript; charset=utf-8'],
    ['/assets/x.wasm', 'application/wasm'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.type).toBe(type);
  });

  it('answers 404, 403 and 405 where it should', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/%2e%2e/tierwise-secret.txt')).status).toBe(403);
    expect((await get('/index.html', 'POST')).status).toBe(405);
    expect((await get('/index.html', 'HEAD')).status).toBe(200);
  });

  it('moves to the next port when the first is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) =>
      blocker.listen(0, '127.0.0.1', resolve),
    );
    const taken = (blocker.address() as { port: number }).port;
    const next = await startStaticServer({ root, port: taken });
    expect(next.port).toBeGreaterThan(taken);
    await next.close();
    await new Promise((resolve) => blocker.close(resolve));
  });
});

describe('resolveRequestPath', () => {
  it.each([
    ['/', join(root, 'index.html')],
    ['/assets/app.css?v=1', join(root, 'assets', 'app.css')],
    ['/../etc/passwd', null],
    ['/assets/..%5c..%5csecret', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/a%00b', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveRequestPath(root, path)).toBe(expected);
  });
});
