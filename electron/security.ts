/**
 * The renderer's locks: the content security policy, and the refusal of
 * navigation, new windows, webviews, permission requests and any request to
 * the network. Nothing here decides what the app does, only what it may not.
 */
import type { Session, WebContents } from 'electron';

import type { Logger } from './logger';

/** The same policy as the renderer's meta tag (renderer/index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** URL patterns of every request that would leave the machine. */
export const REMOTE_URL_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
];

/** Refuses navigation, redirects, new windows and webviews of one page. */
export function hardenWebContents(contents: WebContents, logger: Logger): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    logger.warn(`Blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    logger.warn(`Blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('Blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Sets the CSP header, denies every permission and cancels remote requests. */
export function installSessionPolicy(session: Session, logger: Logger): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  session.webRequest.onBeforeRequest(
    { urls: REMOTE_URL_PATTERNS },
    (details, callback) => {
      logger.warn(`Blocked a request to ${details.url}`);
      callback({ cancel: true });
    },
  );
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.info(`Refused permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
