/**
 * `npm start` decisions with every effect replaced: NOTE no test may run the
 * real binary check or installer, which would try to fetch Electron.
 */
import { describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY as DESKTOP_CSP } from '../../electron/security';
import {
  CONTENT_SECURITY_POLICY,
  parseStartArgs,
  runStart,
  type StartDeps,
} from '../../scripts/start.mjs';

function deps(overrides: Partial<StartDeps> = {}) {
  const events: string[] = [];
  const base: StartDeps = {
    log: (message) => events.push(`log:${message.trim().split('\n')[0]}`),
    env: {},
    build: async () => void events.push('build'),
    findBinary: () => null,
    installBinary: async () => {
      events.push('install');
      return { ok: false, output: 'getaddrinfo ENOTFOUND' };
    },
    getDisplayProblem: () => null,
    launch: async (binary) => {
      events.push(`launch:${binary}`);
      return 'closed';
    },
    serve: async (port) => {
      events.push(`serve:${port}`);
      return { url: `http://127.0.0.1:${port}/`, close: async () => undefined };
    },
    rendererBuilt: () => true,
  };
  return { events, deps: { ...base, ...overrides } };
}

describe('parseStartArgs', () => {
  it('reads the flags and the port, with safe defaults', () => {
    expect(parseStartArgs([])).toEqual({
      browserOnly: false,
      build: true,
      port: 4173,
    });
    expect(
      parseStartArgs(['--browser', '--no-build', '--port', '5000']),
    ).toEqual({
      browserOnly: true,
      build: false,
      port: 5000,
    });
    expect(parseStartArgs([], { PORT: '6001' }).port).toBe(6001);
    expect(parseStartArgs(['--port', 'abc']).port).toBe(4173);
  });
});

describe('runStart', () => {
  it('builds, then launches Electron when the binary is there', async () => {
    const { events, deps: d } = deps({ findBinary: () => '/e/electron' });
    expect(await runStart([], d)).toEqual({ mode: 'desktop' });
    expect(events.filter((e) => !e.startsWith('log:'))).toEqual([
      'build',
      'launch:/e/electron',
    ]);
  });

  it('tries the installer once, then serves the build and says where', async () => {
    const { events, deps: d } = deps();
    const outcome = await runStart([], d);
    expect(outcome).toMatchObject({
      mode: 'browser',
      url: 'http://127.0.0.1:4173/',
    });
    expect(events.filter((e) => e === 'install')).toHaveLength(1);
    expect(events).toContain('serve:4173');
    expect(events.some((e) => e.includes('not available'))).toBe(true);
  });

  it('launches when the one install attempt succeeds', async () => {
    let installed = false;
    const { events, deps: d } = deps({
      findBinary: () => (installed ? '/e/electron' : null),
      installBinary: async () => {
        installed = true;
        return { ok: true, output: '' };
      },
    });
    expect(await runStart(['--no-build'], d)).toEqual({ mode: 'desktop' });
    expect(events).toContain('launch:/e/electron');
  });

  it('never runs the installer under CI or with downloads skipped', async () => {
    for (const env of [
      { CI: 'true' },
      { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    ]) {
      const { events, deps: d } = deps({ env });
      expect((await runStart(['--no-build'], d)).mode).toBe('browser');
      expect(events).not.toContain('install');
    }
  });

  it('falls back when there is no display or Electron dies at once', async () => {
    const noDisplay = deps({
      findBinary: () => '/e/electron',
      getDisplayProblem: () => 'no display',
    });
    expect((await runStart(['--no-build'], noDisplay.deps)).mode).toBe(
      'browser',
    );
    expect(noDisplay.events.some((e) => e.startsWith('launch'))).toBe(false);
    const dies = deps({
      findBinary: () => '/e/electron',
      launch: async () => 'early-exit',
    });
    expect((await runStart(['--no-build'], dies.deps)).mode).toBe('browser');
  });

  it('serves only when asked with --browser, on the port given', async () => {
    const { events, deps: d } = deps({ findBinary: () => '/e/electron' });
    expect(
      (await runStart(['--browser', '--no-build', '--port', '4999'], d)).mode,
    ).toBe('browser');
    expect(events).toContain('serve:4999');
    expect(events.some((e) => e.startsWith('launch'))).toBe(false);
  });

  it('fails plainly when there is no build to serve', async () => {
    const { deps: d } = deps({ rendererBuilt: () => false });
    await expect(runStart(['--no-build'], d)).rejects.toThrow(/npm run build/);
  });
});

describe('CONTENT_SECURITY_POLICY of the fallback', () => {
  it('is the desktop policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(DESKTOP_CSP);
  });
});
