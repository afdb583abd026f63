/**
 * The preload, bundled to dist/electron/preload.cjs and run sandboxed: it
 * exposes `window.tierwise`, a small object of verbs built from the IPC
 * contract. It never hands `ipcRenderer` (or an event, which carries it) to
 * the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

import {
  API_GLOBAL,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type IpcArg,
  type IpcChannel,
  type IpcResult,
  type IpcValue,
  type MenuCommand,
  type TierwiseApi,
} from './ipc-contract';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** Invokes a channel; a missing handler or a broken pipe also resolves. */
function invoke<C extends IpcChannel>(
  channel: C,
  arg: IpcArg<C>,
): Promise<IpcResult<IpcValue<C>>> {
  return (
    ipcRenderer.invoke(channel, arg) as Promise<IpcResult<IpcValue<C>>>
  ).catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'E_INTERNAL' as const, message: String(error) },
  }));
}

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
  };
}

/** The API the page sees as `window.tierwise`. */
export const tierwiseApi = {
  openFile: (request) => invoke('file-open', request),
  saveFile: (request) => invoke('file-save', request),
  appInfo: () => invoke('app-info', null),
  log: (entry) => invoke('log-write', entry),
  onMenuCommand,
} satisfies TierwiseApi;

contextBridge.exposeInMainWorld(API_GLOBAL, tierwiseApi);
