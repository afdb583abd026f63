/**
 * Open and save through the system dialogs, touching only the files the user
 * picked: the renderer never names a path, and a write goes only to a path a
 * save dialog returned in this session.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

import type { OpenDialogOptions, SaveDialogOptions } from 'electron';

import type {
  FileFilter,
  FileOpenRequest,
  FileSaveRequest,
  OpenedFile,
  SavedFile,
} from './ipc-contract';
import { MAX_FILE_BYTES } from './ipc-schemas';
import { MainError } from './main-error';

/** The two dialogs, bound to the app window by the caller. */
export type DialogPort = {
  readonly showOpenDialog: (
    options: OpenDialogOptions,
  ) => Promise<{ readonly canceled: boolean; readonly filePaths: string[] }>;
  readonly showSaveDialog: (
    options: SaveDialogOptions,
  ) => Promise<{ readonly canceled: boolean; readonly filePath?: string }>;
};

/** File reading and writing as the IPC handlers use it. */
export type FileAccess = {
  readonly openFile: (request: FileOpenRequest) => Promise<OpenedFile | null>;
  readonly saveFile: (request: FileSaveRequest) => Promise<SavedFile | null>;
  /** True for a path a dialog returned in this session. */
  readonly isPicked: (path: string) => boolean;
};

/** The dialogs to use, where they start, and the size limit. */
export type FileAccessOptions = {
  readonly dialog: DialogPort;
  /** Where the first dialog starts; later ones start where the last ended. */
  readonly startDirectory: string;
  readonly maxBytes?: number;
};

const PICKED_PATHS_KEPT = 64;

function toDialogFilters(filters: readonly FileFilter[] = []) {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

async function readPicked(path: string, maxBytes: number): Promise<OpenedFile> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new MainError('E_READ_FAILED', `Cannot open ${basename(path)}.`, {
      cause,
    });
  });
  if (!info.isFile()) {
    throw new MainError('E_READ_FAILED', `${basename(path)} is not a file.`);
  }
  if (info.size > maxBytes) {
    throw new MainError(
      'E_FILE_TOO_LARGE',
      `${basename(path)} is ${info.size} bytes; the limit is ${maxBytes}.`,
    );
  }
  const buffer = await readFile(path).catch((cause: unknown) => {
    throw new MainError('E_READ_FAILED', `Cannot read ${basename(path)}.`, {
      cause,
    });
  });
  const bytes = new Uint8Array(
    buffer.buffer,
    buffer.byteOffset,
    buffer.byteLength,
  );
  return { name: basename(path), bytes };
}

/** Writes beside the target, then renames: a failed save leaves the old file whole. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (cause) {
    await unlink(temp).catch(() => undefined);
    throw new MainError('E_WRITE_FAILED', `Cannot write ${basename(path)}.`, {
      cause,
    });
  }
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** File access behind the dialogs, remembering the paths they returned. */
export function createFileAccess(options: FileAccessOptions): FileAccess {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const picked: string[] = [];
  let lastDirectory = options.startDirectory;

  const remember = (path: string): string => {
    const full = resolve(path);
    picked.push(full);
    if (picked.length > PICKED_PATHS_KEPT) picked.shift();
    lastDirectory = dirname(full);
    return full;
  };
  const isPicked = (path: string) => picked.includes(resolve(path));

  const openFile = async (request: FileOpenRequest) => {
    const result = await options.dialog.showOpenDialog({
      title: request.title ?? 'Open',
      defaultPath: lastDirectory,
      properties: ['openFile'],
      filters: toDialogFilters(request.filters),
    });
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return null;
    return readPicked(remember(chosen), maxBytes);
  };

  const saveFile = async (request: FileSaveRequest) => {
    const bytes = toBytes(request.data);
    if (bytes.byteLength > maxBytes) {
      throw new MainError(
        'E_FILE_TOO_LARGE',
        `The data is over ${maxBytes} bytes.`,
      );
    }
    const result = await options.dialog.showSaveDialog({
      defaultPath: join(lastDirectory, request.suggestedName),
      filters: toDialogFilters(request.filters),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const path = remember(result.filePath);
    if (!isPicked(path))
      throw new MainError('E_NOT_PERMITTED', 'Not a picked file.');
    await writeAtomically(path, bytes);
    return { name: basename(path), bytes: bytes.byteLength };
  };

  return { openFile, saveFile, isPicked };
}
