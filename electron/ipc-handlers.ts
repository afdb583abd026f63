/**
 * Registers one `ipcMain.handle` per channel of the contract. Every argument
 * is validated with its schema, the sender is checked, and every outcome is
 * returned as an IpcResult: nothing is thrown across IPC.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { IpcMainInvokeEvent } from 'electron';

import {
  IPC_CHANNELS,
  type IpcArg,
  type IpcChannel,
  type IpcResult,
  type IpcValue,
} from './ipc-contract';
import { IPC_ARG_SCHEMAS, describeIssues } from './ipc-schemas';
import type { Logger } from './logger';
import { MainError } from './main-error';

/** The work behind each channel, argument already validated. */
export type IpcServices = {
  readonly [C in IpcChannel]: (
    arg: IpcArg<C>,
  ) => Promise<IpcValue<C>> | IpcValue<C>;
};

/** The part of `ipcMain` the handlers need. */
export type IpcMainPort = {
  readonly handle: (
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ) => void;
};

/** The services, the sender check and the logger the handlers use. */
export type IpcHandlerOptions = {
  readonly services: IpcServices;
  /** True when the event comes from the app's own page. */
  readonly isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  readonly logger: Logger;
};

function failure(code: MainError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Runs one call: trust, validation, the service, and the result wrapper. */
export async function handleIpcCall<C extends IpcChannel>(
  channel: C,
  event: IpcMainInvokeEvent,
  args: readonly unknown[],
  options: IpcHandlerOptions,
): Promise<IpcResult<IpcValue<C>>> {
  if (!options.isTrustedSender(event)) {
    options.logger.warn(`Refused ${channel} from an untrusted sender.`);
    return failure('E_UNTRUSTED_SENDER', 'This page may not call the app.');
  }
  if (args.length !== 1) {
    return failure('E_INVALID_ARGUMENT', `${channel} takes one argument.`);
  }
  const parsed = IPC_ARG_SCHEMAS[channel].safeParse(args[0]);
  if (!parsed.success) {
    return failure(
      'E_INVALID_ARGUMENT',
      `${channel}: ${describeIssues(parsed.error)}`,
    );
  }

  try {
    const service = options.services[channel] as (
      arg: IpcArg<C>,
    ) => Promise<IpcValue<C>> | IpcValue<C>;
    return { ok: true, value: await service(parsed.data) };
  } catch (error) {
    if (error instanceof MainError) return failure(error.code, error.message);
    options.logger.error(`${channel} failed unexpectedly.`, error);
    return failure(
      'E_INTERNAL',
      'Something went wrong; the log file has the details.',
    );
  }
}

/** Registers a handler for every channel in the contract. */
export function registerIpcHandlers(
  ipcMain: IpcMainPort,
  options: IpcHandlerOptions,
): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) =>
      handleIpcCall(channel, event, args, options),
    );
  }
}

function toLocalPath(url: string): string | null {
  try {
    return url.startsWith('file:') ? fileURLToPath(url) : null;
  } catch {
    return null;
  }
}

/**
 * A sender check: the event's frame must be a page loaded from a file in the
 * app's renderer folder. Paths are compared decoded, so URL escaping of
 * spaces or accents in the install folder cannot make them differ.
 */
export function createSenderCheck(
  rendererDirectory: string,
): (event: IpcMainInvokeEvent) => boolean {
  const prefix = resolve(rendererDirectory) + sep;
  return (event) => {
    const url = event.senderFrame?.url;
    const path = typeof url === 'string' ? toLocalPath(url) : null;
    return path !== null && resolve(path).startsWith(prefix);
  };
}
