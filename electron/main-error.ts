/** The typed error main-process services throw for an expected failure. */
import type { IpcErrorCode } from './ipc-contract';

/**
 * A failure the renderer is told about as it is: its code and message cross
 * IPC unchanged, unlike any other error, which becomes E_INTERNAL.
 */
export class MainError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MainError';
  }
}
