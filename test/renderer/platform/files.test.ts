// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { IpcResult, TierwiseApi } from '../../../electron/ipc-contract';
import {
  isDesktop,
  onMenuCommand,
  pickFile,
  PlatformError,
  saveFile,
} from '../../../renderer/platform';
import { toFileFilters } from '../../../renderer/platform/files';

type Global = { tierwise?: unknown };

function ok<T>(value: T): Promise<IpcResult<T>> {
  return Promise.resolve({ ok: true, value });
}

function fakeApi(overrides: Partial<TierwiseApi> = {}): TierwiseApi {
  return {
    openFile: () => ok(null),
    saveFile: () => ok(null),
    appInfo: () =>
      Promise.resolve({
        ok: false,
        error: { code: 'E_INTERNAL', message: 'x' },
      }),
    log: () => ok(null),
    onMenuCommand: () => () => undefined,
    ...overrides,
  };
}

afterEach(() => {
  delete (globalThis as Global).tierwise;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('toFileFilters', () => {
  it('names the accepted extensions and MIME types, then all files', () => {
    expect(toFileFilters(['.csv', '.XLSX', 'text/csv'])).toEqual([
      { name: 'Supported files (CSV, XLSX)', extensions: ['csv', 'xlsx'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(toFileFilters([])).toEqual([
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});

describe('in a browser', () => {
  let clicked: HTMLInputElement | null = null;
  beforeEach(() => {
    clicked = null;
    const spy = vi
      .spyOn(HTMLInputElement.prototype, 'click')
      .mockImplementation(() => {
        clicked = spy.mock.contexts.at(-1) as HTMLInputElement;
      });
  });

  it('is not the desktop, and has no menu commands', () => {
    expect(isDesktop()).toBe(false);
    const undo = onMenuCommand(() => undefined);
    expect(typeof undo).toBe('function');
  });

  it('picks a file through a hidden input and reads its bytes', async () => {
    const picked = pickFile(['.csv', '.xlsx']);
    expect(clicked?.type).toBe('file');
    expect(clicked?.accept).toBe('.csv,.xlsx');
    expect(clicked?.isConnected).toBe(true);
    const file = new File(['client_id\nC1\n'], 'clients.csv', {
      type: 'text/csv',
    });
    Object.defineProperty(clicked, 'files', { value: [file] });
    clicked!.dispatchEvent(new Event('change'));
    const result = await picked;
    expect(result?.name).toBe('clients.csv');
    expect(new TextDecoder().decode(result?.bytes)).toBe('client_id\nC1\n');
    expect(document.querySelector('input')).toBeNull();
  });

  it('is null when the chooser is cancelled', async () => {
    const picked = pickFile(['.csv']);
    clicked!.dispatchEvent(new Event('cancel'));
    expect(await picked).toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });

  it('saves as a download of a Blob under the suggested name', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    const anchors: HTMLAnchorElement[] = [];
    const spy = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {
        anchors.push(spy.mock.contexts.at(-1) as HTMLAnchorElement);
      });
    expect(await saveFile('clients.csv', 'a,b\n', 'text/csv')).toBe(true);
    expect(anchors[0]?.download).toBe('clients.csv');
    expect(anchors[0]?.href).toBe('blob:fake');
    expect(blobs[0]?.type).toBe('text/csv');
    expect(await blobs[0]?.text()).toBe('a,b\n');
    expect(document.querySelector('a')).toBeNull();
  });
});

describe('on the desktop', () => {
  it('opens through the preload with filters from the accept list', async () => {
    const openFile = vi.fn(() =>
      ok({ name: 'c.csv', bytes: new Uint8Array([65]) }),
    );
    (globalThis as Global).tierwise = fakeApi({ openFile });
    expect(isDesktop()).toBe(true);
    expect(await pickFile(['.csv'])).toEqual({
      name: 'c.csv',
      bytes: new Uint8Array([65]),
    });
    expect(openFile).toHaveBeenCalledWith({ filters: toFileFilters(['.csv']) });
  });

  it('throws a PlatformError with the code main gave', async () => {
    (globalThis as Global).tierwise = fakeApi({
      openFile: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'E_FILE_TOO_LARGE', message: 'big' },
        }),
    });
    const error = await pickFile(['.csv']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'E_FILE_TOO_LARGE', message: 'big' });
  });

  it('saves through the dialog: true when written, false when cancelled', async () => {
    const saveFileApi = vi.fn(() => ok({ name: 'x.csv', bytes: 4 }));
    (globalThis as Global).tierwise = fakeApi({ saveFile: saveFileApi });
    expect(await saveFile('x.csv', 'a,b\n', 'text/csv')).toBe(true);
    expect(saveFileApi).toHaveBeenCalledWith({
      suggestedName: 'x.csv',
      data: 'a,b\n',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    (globalThis as Global).tierwise = fakeApi();
    expect(await saveFile('x.csv', 'a', 'text/csv')).toBe(false);
  });

  it('passes menu commands on and returns their undo', () => {
    const undo = vi.fn();
    const subscribe = vi.fn(() => undo);
    (globalThis as Global).tierwise = fakeApi({ onMenuCommand: subscribe });
    const callback = vi.fn();
    expect(onMenuCommand(callback)).toBe(undo);
    expect(subscribe).toHaveBeenCalledWith(callback);
  });

  it('is not fooled by a global that lacks the verbs', () => {
    (globalThis as Global).tierwise = { openFile: () => null };
    expect(isDesktop()).toBe(false);
  });
});
