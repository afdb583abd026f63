/**
 * The desktop preload's API, when the page runs inside the desktop app. A
 * plain browser has no `window.tierwise`, and then every caller falls back.
 */
import type { TierwiseApi } from '../../electron/ipc-contract';

const VERBS = ['openFile', 'saveFile', 'appInfo', 'log', 'onMenuCommand'];

function isTierwiseApi(value: unknown): value is TierwiseApi {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return VERBS.every((verb) => typeof record[verb] === 'function');
}

/** The preload API, or null outside the desktop app. */
export function getDesktopApi(): TierwiseApi | null {
  const candidate = (globalThis as { tierwise?: unknown }).tierwise;
  return isTierwiseApi(candidate) ? candidate : null;
}

/** True inside the desktop app. */
export function isDesktop(): boolean {
  return getDesktopApi() !== null;
}
