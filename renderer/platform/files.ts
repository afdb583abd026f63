/**
 * Opening and saving files, the same call on the desktop (system dialogs via
 * the preload) and in a browser (file input and download).
 */
import type { FileFilter, MenuCommand } from '../../electron/ipc-contract';

import {
  downloadFile,
  pickFileWithInput,
  type PickedFile,
} from './browser-files';
import { getDesktopApi } from './desktop-bridge';
import { PlatformError } from './platform-error';

const KNOWN_TYPES: Readonly<Record<string, readonly string[]>> = {
  'text/csv': ['csv'],
  'text/plain': ['txt'],
  'application/json': ['json'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-excel': ['xls'],
};

/** The extensions an accept list names: `.csv` and known MIME types. */
export function toExtensions(accept: readonly string[]): string[] {
  const extensions = accept.flatMap((item) =>
    item.startsWith('.') ? [item.slice(1)] : (KNOWN_TYPES[item] ?? []),
  );
  return [...new Set(extensions.map((e) => e.toLowerCase()))];
}

/** Dialog filters for an accept list: the named types, then all files. */
export function toFileFilters(accept: readonly string[]): FileFilter[] {
  const extensions = toExtensions(accept);
  const all = { name: 'All files', extensions: ['*'] };
  if (extensions.length === 0) return [all];
  const label = extensions.map((e) => e.toUpperCase()).join(', ');
  return [{ name: `Supported files (${label})`, extensions }, all];
}

function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(name);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Asks the user for a file; null when they cancel. Throws PlatformError when
 * the desktop side cannot read it (too large, unreadable).
 */
export async function pickFile(
  accept: readonly string[],
): Promise<PickedFile | null> {
  const api = getDesktopApi();
  if (!api) return pickFileWithInput(accept);
  const result = await api.openFile({ filters: toFileFilters(accept) });
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

/**
 * Saves data where the user chooses (desktop) or as a download (browser).
 * False when the user cancels the dialog; a browser download counts as
 * saved. Throws PlatformError when the desktop side cannot write.
 */
export async function saveFile(
  suggestedName: string,
  data: Uint8Array | string,
  mime: string,
): Promise<boolean> {
  const api = getDesktopApi();
  if (!api) {
    downloadFile(suggestedName, data, mime);
    return true;
  }
  const extension = extensionOf(suggestedName);
  const filters = extension
    ? [{ name: extension.toUpperCase(), extensions: [extension] }]
    : undefined;
  const request = filters
    ? { suggestedName, data, filters }
    : { suggestedName, data };
  const result = await api.saveFile(request);
  if (!result.ok) throw new PlatformError(result.error);
  return result.value !== null;
}

/**
 * Calls back on each menu command (File ▸ Open client list…, Save…) of the
 * desktop app; a browser has no such menu. Returns the undo.
 */
export function onMenuCommand(
  callback: (command: MenuCommand) => void,
): () => void {
  const api = getDesktopApi();
  return api ? api.onMenuCommand(callback) : () => undefined;
}
