import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { openSession, serveRenderer, type Session } from './harness';
import { AppPage } from './pages/app-page';

/** What a describe block's tests drive: the app page and its session. */
export type AppFixture = {
  readonly app: AppPage;
  readonly session: Session;
  /** A fresh folder for files the tests write, removed afterwards. */
  readonly dir: string;
};

/**
 * Serves the built renderer and opens a fresh browser session around the
 * calling describe block; the fields are set once its beforeAll has run.
 */
export function useAppFixture(): AppFixture {
  const fixture = {} as {
    app: AppPage;
    session: Session;
    dir: string;
    close?: () => Promise<void>;
  };

  beforeAll(async () => {
    fixture.dir = mkdtempSync(join(tmpdir(), 'tierwise-e2e-'));
    const server = await serveRenderer();
    fixture.session = await openSession();
    fixture.app = new AppPage(fixture.session.page, server.url);
    fixture.close = () => server.close();
  });

  afterAll(async () => {
    await fixture.session?.close();
    await fixture.close?.();
    if (fixture.dir) rmSync(fixture.dir, { recursive: true, force: true });
  });

  return fixture;
}
