import { beforeAll, describe, expect, it, vi } from 'vitest';

import { API_GLOBAL, MENU_COMMAND_CHANNEL } from '../../electron/ipc-contract';
import type { createFakeElectron } from './fake-electron';

const fake = vi.hoisted(() => ({
  electron: null as null | ReturnType<typeof createFakeElectron>,
}));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  fake.electron = createFakeElectron();
  return fake.electron.module;
});

type Api = Record<string, (...args: unknown[]) => unknown>;

let api: Api;

beforeAll(async () => {
  await import('../../electron/preload');
  api = fake.electron!.state.exposed.get(API_GLOBAL) as Api;
});

describe('the preload', () => {
  it('exposes exactly the verbs, once, as window.tierwise', () => {
    expect([...fake.electron!.state.exposed.keys()]).toEqual(['tierwise']);
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'log',
      'onMenuCommand',
      'openFile',
      'saveFile',
    ]);
    for (const value of Object.values(api))
      expect(typeof value).toBe('function');
  });

  it('never hands ipcRenderer or its methods to the page', () => {
    const { ipcRenderer } = fake.electron!.module;
    const exposed = Object.values(api) as unknown[];
    expect(exposed).not.toContain(ipcRenderer);
    expect(exposed).not.toContain(ipcRenderer.invoke);
    expect(exposed).not.toContain(ipcRenderer.on);
  });

  it('maps each verb to its channel with one argument', async () => {
    const state = fake.electron!.state;
    state.invokeCalls.length = 0;
    await api.openFile!({ filters: [] });
    await api.saveFile!({ suggestedName: 'a.csv', data: 'x' });
    await api.appInfo!();
    await api.log!({ level: 'info', message: 'm' });
    expect(state.invokeCalls).toEqual([
      { channel: 'file-open', args: [{ filters: [] }] },
      { channel: 'file-save', args: [{ suggestedName: 'a.csv', data: 'x' }] },
      { channel: 'app-info', args: [null] },
      { channel: 'log-write', args: [{ level: 'info', message: 'm' }] },
    ]);
  });

  it('resolves to a failed result when the call itself breaks', async () => {
    fake.electron!.state.invokeReply = () =>
      Promise.reject(new Error('No handler registered'));
    await expect(api.appInfo!()).resolves.toMatchObject({
      ok: false,
      error: { code: 'E_INTERNAL' },
    });
  });

  it('relays known menu commands without the event, and stops on undo', () => {
    const events = fake.electron!.state.rendererEvents;
    const received: unknown[][] = [];
    const undo = api.onMenuCommand!((...args: unknown[]) =>
      received.push(args),
    ) as () => void;
    events.emit(
      MENU_COMMAND_CHANNEL,
      { sender: 'ipcRenderer' },
      'open-client-list',
    );
    events.emit(MENU_COMMAND_CHANNEL, { sender: 'ipcRenderer' }, 'format-disk');
    undo();
    events.emit(MENU_COMMAND_CHANNEL, { sender: 'ipcRenderer' }, 'save');
    expect(received).toEqual([['open-client-list']]);
    expect(events.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });
});
