import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { createFileAccess, type DialogPort } from '../../electron/file-access';

type DialogCall = { kind: 'open' | 'save'; options: Record<string, unknown> };

let folder = '';
let calls: DialogCall[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tierwise-files-'));
  calls = [];
});

function access(
  answer: { open?: string | null; save?: string | null },
  maxBytes?: number,
) {
  const dialog: DialogPort = {
    showOpenDialog: (options) => {
      calls.push({ kind: 'open', options: options as Record<string, unknown> });
      const path = answer.open ?? null;
      return Promise.resolve({
        canceled: path === null,
        filePaths: path ? [path] : [],
      });
    },
    showSaveDialog: (options) => {
      calls.push({ kind: 'save', options: options as Record<string, unknown> });
      const path = answer.save ?? null;
      return Promise.resolve(
        path ? { canceled: false, filePath: path } : { canceled: true },
      );
    },
  };
  return createFileAccess({
    dialog,
    startDirectory: folder,
    ...(maxBytes ? { maxBytes } : {}),
  });
}

describe('saveFile', () => {
  it('writes only to the path the dialog returned', async () => {
    const chosen = join(folder, 'chosen.csv');
    const files = access({ save: chosen });
    const saved = await files.saveFile({
      suggestedName: 'suggested.csv',
      data: 'a,b\n1,2\n',
    });
    expect(saved).toEqual({ name: 'chosen.csv', bytes: 8 });
    expect(readFileSync(chosen, 'utf8')).toBe('a,b\n1,2\n');
    expect(readdirSync(folder)).toEqual(['chosen.csv']);
    expect(files.isPicked(chosen)).toBe(true);
    expect(files.isPicked(join(folder, 'suggested.csv'))).toBe(false);
  });

  it('suggests the name in the start folder and writes nothing when cancelled', async () => {
    const files = access({ save: null });
    expect(
      await files.saveFile({ suggestedName: 'report.csv', data: 'x' }),
    ).toBeNull();
    expect(calls[0]!.options.defaultPath).toBe(join(folder, 'report.csv'));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('replaces an existing file whole, bytes as given', async () => {
    const chosen = join(folder, 'book.xlsx');
    writeFileSync(chosen, 'old content that is longer');
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await access({ save: chosen }).saveFile({
      suggestedName: 'book.xlsx',
      data: bytes,
    });
    expect([...readFileSync(chosen)]).toEqual([...bytes]);
    expect(readdirSync(folder)).toEqual(['book.xlsx']);
  });

  it('refuses data over the limit before asking where to save', async () => {
    const files = access({ save: join(folder, 'x.csv') }, 4);
    await expect(
      files.saveFile({ suggestedName: 'x.csv', data: '12345' }),
    ).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
    });
    expect(calls).toEqual([]);
  });

  it('reports a folder it cannot write to as E_WRITE_FAILED', async () => {
    const files = access({ save: join(folder, 'missing', 'x.csv') });
    await expect(
      files.saveFile({ suggestedName: 'x.csv', data: 'x' }),
    ).rejects.toMatchObject({
      code: 'E_WRITE_FAILED',
    });
  });

  it('starts the next dialog in the folder the last one ended in', async () => {
    const sub = mkdtempSync(join(folder, 'sub-'));
    const files = access({ save: join(sub, 'a.csv') });
    await files.saveFile({ suggestedName: 'a.csv', data: 'x' });
    await files.saveFile({ suggestedName: 'b.csv', data: 'y' });
    expect(calls[1]!.options.defaultPath).toBe(join(sub, 'b.csv'));
  });
});

describe('openFile', () => {
  it('reads the picked file as its base name and bytes', async () => {
    const path = join(folder, 'clients.csv');
    writeFileSync(path, 'client_id\nC1\n');
    const files = access({ open: path });
    const opened = await files.openFile({
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(opened?.name).toBe('clients.csv');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('client_id\nC1\n');
    expect(calls[0]!.options.filters).toEqual([
      { name: 'CSV', extensions: ['csv'] },
    ]);
    expect(files.isPicked(path)).toBe(true);
  });

  it('is null when the user cancels', async () => {
    expect(await access({ open: null }).openFile({ filters: [] })).toBeNull();
  });

  it('refuses a file over the limit and a folder', async () => {
    const path = join(folder, 'big.csv');
    writeFileSync(path, '123456789');
    await expect(
      access({ open: path }, 4).openFile({ filters: [] }),
    ).rejects.toMatchObject({
      code: 'E_FILE_TOO_LARGE',
    });
    await expect(
      access({ open: folder }).openFile({ filters: [] }),
    ).rejects.toMatchObject({
      code: 'E_READ_FAILED',
    });
  });
});
