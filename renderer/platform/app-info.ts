/** What the desktop app reports about itself; null in a plain browser. */
import type { AppInfo } from '../../electron/ipc-contract';

import { getDesktopApi } from './desktop-bridge';

/** The desktop app's versions and folders, or null outside it. */
export async function getAppInfo(): Promise<AppInfo | null> {
  const api = getDesktopApi();
  if (!api) return null;
  const result = await api.appInfo();
  return result.ok ? result.value : null;
}
