/**
 * The built bundles load with a stub: build main.cjs and preload.cjs, then
 * require them in plain Node with `require('electron')` answered by the fake.
 */
import { mkdtempSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildElectron } from '../../scripts/build-electron.mjs';
import { API_GLOBAL, IPC_CHANNELS } from '../../electron/ipc-contract';
import { createFakeElectron } from './fake-electron';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;
const requireBundle = createRequire(import.meta.url);

const logs = mkdtempSync(join(tmpdir(), 'tierwise-bundle-logs-'));
const fake = createFakeElectron({ logs, documents: tmpdir(), userData: logs });
const seenRequests: string[] = [];
let files = { main: '', preload: '' };
let listenersBefore: unknown[] = [];

beforeAll(async () => {
  files = await buildElectron({
    outdir: mkdtempSync(join(tmpdir(), 'tierwise-bundles-')),
  });
  listenersBefore = process.listeners('uncaughtException');
  moduleInternals._load = function (request, parent, isMain) {
    seenRequests.push(request);
    if (request === 'electron') return fake.module;
    return originalLoad.call(this, request, parent, isMain);
  };
}, 60_000);

afterAll(() => {
  moduleInternals._load = originalLoad;
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.includes(listener))
      process.off('uncaughtException', listener);
  }
});

describe('dist/electron bundles', () => {
  it('main.cjs registers every handler, the menu and one locked window', async () => {
    requireBundle(files.main);
    await fake.state.readyPromise;
    await new Promise((resolve) => setImmediate(resolve));
    expect([...fake.state.handlers.keys()].sort()).toEqual(
      [...IPC_CHANNELS].sort(),
    );
    expect(fake.state.menus).toHaveLength(1);
    expect(fake.state.windows).toHaveLength(1);
    const window = fake.state.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: files.preload,
    });
    expect(window.loadedFile).toMatch(/renderer[\\/]index\.html$/);
  });

  it('preload.cjs exposes the API and needs nothing but electron', () => {
    const before = seenRequests.length;
    requireBundle(files.preload);
    const requested = seenRequests
      .slice(before)
      .filter((r) => r !== files.preload);
    // A sandboxed preload can require only 'electron' (and a few built-ins).
    expect(requested).toEqual(['electron']);
    const api = fake.state.exposed.get(API_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'log',
      'onMenuCommand',
      'openFile',
      'saveFile',
    ]);
  });
});
