import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  CONTENT_SECURITY_POLICY,
  hardenWebContents,
  installSessionPolicy,
} from '../../electron/security';
import { createFakeElectron, FakeWebContents } from './fake-electron';
import { createMemoryLogger } from './memory-logger';

type Contents = Parameters<typeof hardenWebContents>[0];
type Session = Parameters<typeof installSessionPolicy>[0];

function hardened() {
  const contents = new FakeWebContents();
  const logger = createMemoryLogger();
  hardenWebContents(contents as unknown as Contents, logger);
  return { contents, logger };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('prevents %s', (event) => {
    const { contents, logger } = hardened();
    expect(contents.fireCancellable(event, 'https://example.com/')).toBe(true);
    expect(logger.lines.join('\n')).toContain('https://example.com/');
  });

  it('prevents navigation to a local file too', () => {
    const { contents } = hardened();
    expect(
      contents.fireCancellable('will-navigate', 'file:///etc/passwd'),
    ).toBe(true);
  });

  it('prevents attaching a webview', () => {
    const { contents } = hardened();
    expect(contents.fireCancellable('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window', () => {
    const { contents } = hardened();
    for (const url of [
      'https://example.com/',
      'file:///x.html',
      'about:blank',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('installSessionPolicy', () => {
  function installed() {
    const { state } = createFakeElectron();
    installSessionPolicy(
      state.session as unknown as Session,
      createMemoryLogger(),
    );
    return state.session;
  }

  it('adds the CSP header to every response, keeping the others', () => {
    const session = installed();
    let headers: unknown = null;
    session.headersListener?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } } as never,
      ((response: { responseHeaders: unknown }) =>
        (headers = response.responseHeaders)) as never,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('cancels every request that would leave the machine', () => {
    const session = installed();
    expect(session.beforeRequest?.filter.urls).toEqual(
      expect.arrayContaining([
        'http://*/*',
        'https://*/*',
        'ws://*/*',
        'wss://*/*',
      ]),
    );
    let response: unknown = null;
    session.beforeRequest?.listener(
      { url: 'https://example.com/x.js' } as never,
      ((r: unknown) => (response = r)) as never,
    );
    expect(response).toEqual({ cancel: true });
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
  ])('refuses the %s permission request and check', (permission) => {
    const session = installed();
    let granted: boolean | null = null;
    session.permissionRequestHandler?.(
      {} as never,
      permission as never,
      ((value: boolean) => (granted = value)) as never,
    );
    expect(granted).toBe(false);
    expect(
      session.permissionCheckHandler?.({} as never, permission as never),
    ).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself to run and load', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });

  it("is the same policy as the renderer's meta tag", () => {
    const html = fileURLToPath(
      new URL('../../renderer/index.html', import.meta.url),
    );
    expect(existsSync(html), 'renderer/index.html exists').toBe(true);
    const meta =
      /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
        readFileSync(html, 'utf8'),
      );
    const normalise = (policy: string) =>
      policy
        .split(';')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
    expect(normalise(meta?.[1] ?? '')).toEqual(
      normalise(CONTENT_SECURITY_POLICY),
    );
  });
});
