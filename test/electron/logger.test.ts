import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createFileLogger,
  formatLogLine,
  serializeError,
} from '../../electron/logger';
import {
  createIpcServices,
  createLogWriter,
  LOG_ENTRIES_PER_WINDOW,
} from '../../electron/ipc-services';
import { createMemoryLogger } from './memory-logger';

const time = new Date('2026-07-01T08:30:00.000Z');

describe('formatLogLine', () => {
  it('writes one line per entry, newlines in the message escaped', () => {
    expect(formatLogLine(time, 'renderer', 'warn', 'two\nlines')).toBe(
      '2026-07-01T08:30:00.000Z WARN  [renderer] two\\nlines\n',
    );
  });

  it('indents the stack of an error under its line', () => {
    const line = formatLogLine(time, 'main', 'error', 'failed', {
      name: 'Error',
      message: 'boom',
      stack: 'Error: boom\n    at x',
    });
    expect(line).toBe(
      '2026-07-01T08:30:00.000Z ERROR [main] failed\n    Error: boom\n        at x\n',
    );
  });
});

describe('serializeError', () => {
  it('keeps name, message and stack of an Error, and strings anything else', () => {
    expect(serializeError(new TypeError('bad'))).toMatchObject({
      name: 'TypeError',
      message: 'bad',
    });
    expect(serializeError('plain')).toEqual({
      name: 'NonError',
      message: 'plain',
    });
    expect(serializeError(undefined)).toBeUndefined();
  });
});

describe('createFileLogger', () => {
  it('appends entries at or above the minimum level to the log file', async () => {
    const directory = join(
      mkdtempSync(join(tmpdir(), 'tierwise-log-')),
      'logs',
    );
    const logger = createFileLogger({
      directory,
      minLevel: 'info',
      now: () => time,
    });
    logger.debug('not kept');
    logger.info('started');
    logger.write('renderer', 'error', 'page failed', {
      name: 'Error',
      message: 'x',
    });
    await logger.flush();
    expect(logger.filePath).toBe(join(directory, 'tierwise.log'));
    expect(readFileSync(logger.filePath, 'utf8')).toBe(
      '2026-07-01T08:30:00.000Z INFO  [main] started\n' +
        '2026-07-01T08:30:00.000Z ERROR [renderer] page failed\n    Error: x\n',
    );
  });

  it('moves a file past its size limit aside before writing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tierwise-log-'));
    writeFileSync(join(directory, 'tierwise.log'), 'x'.repeat(100));
    const logger = createFileLogger({
      directory,
      maxBytes: 10,
      now: () => time,
    });
    logger.warn('fresh');
    await logger.flush();
    expect(existsSync(join(directory, 'tierwise.old.log'))).toBe(true);
    expect(readFileSync(logger.filePath, 'utf8')).toBe(
      '2026-07-01T08:30:00.000Z WARN  [main] fresh\n',
    );
  });
});

describe('createLogWriter', () => {
  it(`keeps ${LOG_ENTRIES_PER_WINDOW} renderer entries per ten seconds and notes the dropped`, () => {
    const logger = createMemoryLogger();
    let clock = 0;
    const write = createLogWriter(logger, () => clock);
    for (let i = 0; i < LOG_ENTRIES_PER_WINDOW + 5; i++)
      write({ level: 'info', message: `m${i}` });
    expect(logger.lines).toHaveLength(LOG_ENTRIES_PER_WINDOW);
    clock = 10_000;
    write({ level: 'error', message: 'later' });
    expect(logger.lines.slice(-2)).toEqual([
      'warn [main] Dropped 5 renderer log entries.',
      'error [renderer] later',
    ]);
  });

  it('is the log-write service', () => {
    const logger = createMemoryLogger();
    const services = createIpcServices({
      files: {
        openFile: async () => null,
        saveFile: async () => null,
        isPicked: () => false,
      },
      logger,
      getAppInfo: () => {
        throw new Error('not used');
      },
    });
    expect(
      services['log-write']({ level: 'warn', message: 'from page' }),
    ).toBeNull();
    expect(logger.lines).toEqual(['warn [renderer] from page']);
  });
});
