/** Errors of the storage layer, with a code the UI can act on. */

export type StorageErrorCode =
  'E_INVALID_RECORD' | 'E_CORRUPT' | 'E_NOT_FOUND' | 'E_BACKUP_INVALID';

/** A write refused by validation, or stored data that cannot be read. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}
