/** The error the platform functions throw when the desktop side refuses. */
import type { IpcError, IpcErrorCode } from '../../electron/ipc-contract';

/** A failed open or save, with the code the desktop side gave. */
export class PlatformError extends Error {
  readonly code: IpcErrorCode;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'PlatformError';
    this.code = error.code;
  }
}
