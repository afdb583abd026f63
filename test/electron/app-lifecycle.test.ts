import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
} from '../../electron/ipc-contract';
import type { createFakeElectron } from './fake-electron';

const fake = vi.hoisted(() => ({
  electron: null as null | ReturnType<typeof createFakeElectron>,
}));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  fake.electron = createFakeElectron();
  return fake.electron.module;
});

const { getAppPaths, startApp } = await import('../../electron/app-lifecycle');
const { getWindowOptions } = await import('../../electron/window');

type MenuItem = {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  click?: () => void;
};

let listenersBefore: NodeJS.UncaughtExceptionListener[] = [];

beforeEach(() => {
  const logs = mkdtempSync(join(tmpdir(), 'tierwise-logs-'));
  fake.electron!.reset({ logs, documents: tmpdir(), userData: logs });
  listenersBefore = process.listeners('uncaughtException');
});

afterEach(() => {
  for (const listener of process.listeners('uncaughtException')) {
    if (!listenersBefore.includes(listener))
      process.off('uncaughtException', listener);
  }
});

async function started() {
  startApp(getAppPaths('/app/dist/electron'));
  await fake.electron!.state.readyPromise;
  await new Promise((resolve) => setImmediate(resolve));
  return fake.electron!.state;
}

describe('getWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node integration', () => {
    const prefs = getWindowOptions('/p/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('startApp', () => {
  it('opens one window on the built renderer with the locked options', async () => {
    const state = await started();
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0]!;
    expect(window.loadedFile).toBe(join('/app/dist/renderer/index.html'));
    expect(window.options).toMatchObject(
      getWindowOptions(join('/app/dist/electron/preload.cjs')),
    );
    expect(state.sandboxEnabled).toBe(true);
  });

  it('registers a handler for every channel of the contract', async () => {
    const state = await started();
    expect([...state.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('locks the session and hardens the window it creates', async () => {
    const state = await started();
    expect(state.session.headersListener).not.toBeNull();
    expect(state.session.permissionRequestHandler).not.toBeNull();
    const contents = state.windows[0]!.webContents;
    expect(
      contents.fireCancellable('will-navigate', 'https://example.com'),
    ).toBe(true);
    expect(
      contents.windowOpenHandler?.({ url: 'https://example.com' }),
    ).toEqual({ action: 'deny' });
  });

  it('sets a File, Edit, View, Help menu whose Open item goes to the page', async () => {
    const state = await started();
    const menu = state.menus[0] as { template: MenuItem[] };
    const labels = menu.template.map((item) => item.label ?? item.role);
    expect(labels).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Help']),
    );
    const file = menu.template.find((item) => item.label === 'File')!;
    file.submenu!.find((item) => item.label === 'Open client list…')!.click!();
    expect(state.windows[0]!.webContents.sent).toEqual([
      { channel: MENU_COMMAND_CHANNEL, args: ['open-client-list'] },
    ]);
  });

  it('quits at once when another instance already runs', async () => {
    fake.electron!.state.hasInstanceLock = false;
    const state = await started();
    expect(state.quitCalls).toBe(1);
    expect(state.windows).toHaveLength(0);
  });

  it('answers app-info from its handler with the real folders', async () => {
    const state = await started();
    const handler = state.handlers.get('app-info')!;
    const event = {
      senderFrame: { url: 'file:///app/dist/renderer/index.html' },
    };
    const result = (await handler(event as never, null as never)) as {
      ok: boolean;
      value: { logDirectory: string; version: string };
    };
    expect(result.ok).toBe(true);
    expect(result.value.logDirectory).toBe(state.paths.logs);
    expect(result.value.version).toBe('0.1.0');
  });
});
