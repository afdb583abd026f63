// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LogEntry, TierwiseApi } from '../../../electron/ipc-contract';
import {
  createRingLogger,
  installGlobalErrorLogging,
  logger,
  reportUnexpectedError,
  toSerializedError,
} from '../../../renderer/platform/logger';

const time = () => new Date('2026-07-01T00:00:00.000Z');

function apiRecording(entries: LogEntry[], fail = false): TierwiseApi {
  return {
    log: (entry) => {
      entries.push(entry);
      return fail
        ? Promise.reject(new Error('gone'))
        : Promise.resolve({ ok: true, value: null });
    },
  } as TierwiseApi;
}

afterEach(() => vi.restoreAllMocks());

describe('createRingLogger', () => {
  it('keeps only the last entries, oldest first', () => {
    const ring = createRingLogger({
      capacity: 3,
      getApi: () => null,
      now: time,
    });
    for (const n of [1, 2, 3, 4, 5]) ring.info(`m${n}`);
    expect(ring.entries().map((e) => e.message)).toEqual(['m3', 'm4', 'm5']);
    expect(ring.entries()[0]).toEqual({
      level: 'info',
      message: 'm3',
      time: '2026-07-01T00:00:00.000Z',
    });
  });

  it('never prints in a browser, at any level', () => {
    const spies = (['error', 'warn', 'info', 'debug', 'log'] as const).map(
      (m) => vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const ring = createRingLogger({ getApi: () => null });
    ring.error('handled', new Error('x'));
    ring.warn('w');
    ring.info('i');
    ring.debug('d');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(ring.entries()).toHaveLength(4);
  });

  it('forwards every entry to the desktop log, error serialised', () => {
    const sent: LogEntry[] = [];
    const ring = createRingLogger({ getApi: () => apiRecording(sent) });
    ring.warn('slow import', new RangeError('too big'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      level: 'warn',
      message: 'slow import',
      error: { name: 'RangeError', message: 'too big' },
    });
  });

  it('keeps the entry when forwarding fails, without throwing', async () => {
    const ring = createRingLogger({ getApi: () => apiRecording([], true) });
    expect(() => ring.error('x')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ring.entries()).toHaveLength(1);
  });

  it('clips a message to what main accepts', () => {
    const sent: LogEntry[] = [];
    createRingLogger({ getApi: () => apiRecording(sent) }).info(
      'x'.repeat(20_000),
    );
    expect(sent[0]!.message.length).toBe(8000);
  });
});

describe('toSerializedError', () => {
  it('turns a non-Error into a message', () => {
    expect(toSerializedError({ toString: () => 'odd' })).toEqual({
      name: 'NonError',
      message: 'odd',
    });
  });
});

describe('reportUnexpectedError and installGlobalErrorLogging', () => {
  it('prints an unexpected error in a browser, and logs it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = logger.entries().length;
    reportUnexpectedError('render failed', new Error('x'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(logger.entries().length).toBe(before + 1);
  });

  it('logs uncaught errors and rejections of the page until undone', () => {
    const undo = installGlobalErrorLogging(window);
    const before = logger.entries().length;
    window.dispatchEvent(
      new ErrorEvent('error', { message: 'boom', error: new Error('boom') }),
    );
    const rejection = new Event('unhandledrejection') as Event & {
      reason?: unknown;
    };
    rejection.reason = new Error('late');
    window.dispatchEvent(rejection);
    undo();
    window.dispatchEvent(new ErrorEvent('error', { message: 'after' }));
    const added = logger
      .entries()
      .slice(before)
      .map((e) => e.message);
    expect(added).toEqual(['Uncaught: boom', 'Unhandled rejection']);
  });
});
