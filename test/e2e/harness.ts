/**
 * End-to-end harness: serves the built renderer on 127.0.0.1 and drives
 * Debian's Chromium with playwright-core in a fresh profile. Every page
 * error and console error is collected so a test can fail on any.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../..',
);
export const DIST = join(REPO_ROOT, 'dist/renderer');
/** Debian's Chromium; TIERWISE_CHROMIUM points elsewhere on another machine. */
export const CHROMIUM = process.env.TIERWISE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'test-results/screenshots');

/** A file of the shared data folder beside the repo (`../shared/…`). */
export function sharedFile(relative: string): string {
  return resolve(REPO_ROOT, '..', 'shared', relative);
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Whether the browser can run here; under CI a missing one is a failure. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the end-to-end tests cannot run (install Debian's chromium package).`,
    );
  }
  return false;
}

/** Serves dist/renderer on a free port of 127.0.0.1. */
export async function serveRenderer(): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dist/renderer is not built: run `npm run build` (npm run test:e2e does) first.',
    );
  }
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(
      new URL(request.url ?? '/', 'http://x').pathname,
    );
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST + sep) && file !== DIST) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          })
          .end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A browser session in a fresh profile, with the problems it saw. */
export type Session = {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and console errors, in order. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
};

/** Opens Chromium headless in a new temporary profile. */
export async function openSession(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'tierwise-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const problems: string[] = [];
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (error) =>
      problems.push(`pageerror: ${error.message}`),
    );
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console error: ${message.text()}`);
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves the README's screenshot (docs/screenshot.png) when asked with
 * TIERWISE_DOCS_SCREENSHOT=1, so ordinary runs leave the tree clean.
 */
export async function docsScreenshot(page: Page): Promise<void> {
  if (process.env.TIERWISE_DOCS_SCREENSHOT !== '1') return;
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshot.png') });
}

/** Saves a full-window screenshot as test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
