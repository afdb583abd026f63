import { describe, expect, it } from 'vitest';

import {
  API_VERBS,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  type IpcChannel,
} from '../../electron/ipc-contract';
import {
  createSenderCheck,
  handleIpcCall,
  registerIpcHandlers,
  type IpcServices,
} from '../../electron/ipc-handlers';
import {
  MAX_FILE_BYTES,
  MAX_LOG_MESSAGE_LENGTH,
} from '../../electron/ipc-schemas';
import { MainError } from '../../electron/main-error';
import { fakeInvokeEvent } from './fake-electron';
import { createMemoryLogger } from './memory-logger';

const PAGE = 'file:///app/dist/renderer/index.html';
type Event = Parameters<typeof handleIpcCall>[1];

function recordingServices() {
  const calls: { channel: IpcChannel; arg: unknown }[] = [];
  const record =
    <T>(channel: IpcChannel, value: T) =>
    (arg: unknown) => {
      calls.push({ channel, arg });
      return value;
    };
  const services: IpcServices = {
    'file-open': record('file-open', null),
    'file-save': record('file-save', null),
    'app-info': record('app-info', {
      name: 'Tierwise',
      version: '0.1.0',
      electron: '',
      chrome: '',
      node: '',
      platform: 'linux',
      arch: 'x64',
      logDirectory: '/l',
      userDataDirectory: '/u',
    }),
    'log-write': record('log-write', null),
  };
  return { calls, services };
}

function call(
  channel: IpcChannel,
  args: unknown[],
  services?: IpcServices,
  url = PAGE,
) {
  const options = {
    services: services ?? recordingServices().services,
    isTrustedSender: createSenderCheck('/app/dist/renderer'),
    logger: createMemoryLogger(),
  };
  return handleIpcCall(
    channel,
    fakeInvokeEvent(url) as unknown as Event,
    args,
    options,
  );
}

const big = new Uint8Array(1);
Object.defineProperty(big, 'byteLength', { value: MAX_FILE_BYTES + 1 });

/** Arguments each channel must refuse, with why. */
const BAD_ARGUMENTS: Record<IpcChannel, [string, unknown][]> = {
  'file-open': [
    ['nothing', undefined],
    ['a string', 'C:\\secret.csv'],
    ['a path key', { filters: [], path: '/etc/passwd' }],
    ['filters not a list', { filters: 'csv' }],
    [
      'an extension with a dot',
      { filters: [{ name: 'CSV', extensions: ['.csv'] }] },
    ],
    [
      'an extension with a slash',
      { filters: [{ name: 'x', extensions: ['a/b'] }] },
    ],
    [
      'too many filters',
      {
        filters: Array.from({ length: 17 }, () => ({
          name: 'a',
          extensions: ['a'],
        })),
      },
    ],
    ['a huge title', { filters: [], title: 'x'.repeat(201) }],
  ],
  'file-save': [
    ['nothing', null],
    ['a name with folders', { suggestedName: '../../.bashrc', data: 'x' }],
    ['a Windows path', { suggestedName: 'C:\\Users\\a.csv', data: 'x' }],
    ['a dot-dot name', { suggestedName: '..', data: 'x' }],
    ['an empty name', { suggestedName: '', data: 'x' }],
    ['a control character', { suggestedName: 'a\u0000.csv', data: 'x' }],
    ['a path key', { suggestedName: 'a.csv', data: 'x', path: '/tmp/a.csv' }],
    ['data of a wrong kind', { suggestedName: 'a.csv', data: 42 }],
    ['data as a plain array', { suggestedName: 'a.csv', data: [1, 2, 3] }],
    ['data over the size limit', { suggestedName: 'a.csv', data: big }],
  ],
  'app-info': [
    ['an object', { all: true }],
    ['a string', 'x'],
  ],
  'log-write': [
    ['nothing', undefined],
    ['an unknown level', { level: 'fatal', message: 'x' }],
    ['a message of a wrong kind', { level: 'info', message: 42 }],
    [
      'a message over the limit',
      { level: 'info', message: 'x'.repeat(MAX_LOG_MESSAGE_LENGTH + 1) },
    ],
    ['an extra key', { level: 'info', message: 'x', file: '/etc/passwd' }],
    [
      'an error of a wrong shape',
      { level: 'error', message: 'x', error: 'boom' },
    ],
  ],
};

describe('handleIpcCall', () => {
  for (const channel of IPC_CHANNELS) {
    it.each(BAD_ARGUMENTS[channel])(
      `${channel} refuses %s`,
      async (_why, arg) => {
        const { calls, services } = recordingServices();
        const result = await call(channel, [arg], services);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.code).toBe('E_INVALID_ARGUMENT');
        expect(calls).toEqual([]);
      },
    );

    it(`${channel} refuses a call with two arguments`, async () => {
      const result = await call(channel, [null, null]);
      expect(!result.ok && result.error.code).toBe('E_INVALID_ARGUMENT');
    });

    it(`${channel} refuses a page that is not the app's`, async () => {
      const { calls, services } = recordingServices();
      for (const url of [
        'https://example.com/',
        'file:///tmp/evil.html',
        'file:///app/dist/renderer-evil/x.html',
        null,
      ]) {
        const result = await call(channel, [null], services, url as string);
        expect(!result.ok && result.error.code).toBe('E_UNTRUSTED_SENDER');
      }
      expect(calls).toEqual([]);
    });
  }

  it('passes valid arguments through and wraps the value', async () => {
    const { calls, services } = recordingServices();
    const request = { filters: [{ name: 'CSV', extensions: ['csv'] }] };
    expect(await call('file-open', [request], services)).toEqual({
      ok: true,
      value: null,
    });
    const entry = {
      level: 'warn',
      message: 'hello',
      error: { name: 'E', message: 'm' },
    };
    expect((await call('log-write', [entry], services)).ok).toBe(true);
    const save = {
      suggestedName: 'Clients 2026-Q3.csv',
      data: new Uint8Array([1, 2]),
    };
    expect((await call('file-save', [save], services)).ok).toBe(true);
    expect(calls.map((c) => c.channel)).toEqual([
      'file-open',
      'log-write',
      'file-save',
    ]);
  });

  it('returns a MainError as it is and hides any other failure', async () => {
    const { services } = recordingServices();
    const failing: IpcServices = {
      ...services,
      'file-open': () => {
        throw new MainError('E_FILE_TOO_LARGE', 'big.csv is too large.');
      },
      'file-save': () => Promise.reject(new Error('EACCES: /secret/path')),
    };
    expect(await call('file-open', [{ filters: [] }], failing)).toEqual({
      ok: false,
      error: { code: 'E_FILE_TOO_LARGE', message: 'big.csv is too large.' },
    });
    const hidden = await call(
      'file-save',
      [{ suggestedName: 'a.csv', data: 'x' }],
      failing,
    );
    expect(!hidden.ok && hidden.error.code).toBe('E_INTERNAL');
    expect(!hidden.ok && hidden.error.message).not.toContain('/secret/path');
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel once, and each handler resolves, never throws', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    registerIpcHandlers(
      {
        handle: (channel, listener) => handlers.set(channel, listener as never),
      },
      {
        services: recordingServices().services,
        isTrustedSender: () => true,
        logger: createMemoryLogger(),
      },
    );
    expect([...handlers.keys()]).toEqual([...IPC_CHANNELS]);
    for (const handler of handlers.values()) {
      await expect(handler({}, Symbol('bad'))).resolves.toMatchObject({
        ok: false,
      });
    }
  });
});

describe('createSenderCheck', () => {
  const check = createSenderCheck('/app/My Apps/dist/renderer');
  it.each([
    ['file:///app/My%20Apps/dist/renderer/index.html', true],
    ['file:///app/My%20Apps/dist/renderer/assets/x.js', true],
    ['file:///app/My%20Apps/dist/renderer/../../secret.html', false],
    ['file:///app/My%20Apps/dist/rendererX/index.html', false],
    ['http://127.0.0.1/index.html', false],
    ['devtools://devtools/bundled/x.html', false],
  ])('%s → %s', (url, trusted) => {
    expect(check(fakeInvokeEvent(url) as unknown as Event)).toBe(trusted);
  });
});

describe('the contract', () => {
  it('gives every invoke channel exactly one preload verb', () => {
    const channels = Object.values(API_VERBS);
    expect([...channels].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('has kebab-case channel names with an area prefix', () => {
    for (const channel of [...IPC_CHANNELS, MENU_COMMAND_CHANNEL]) {
      expect(channel).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });
});
