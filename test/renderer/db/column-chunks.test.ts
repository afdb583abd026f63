import { describe, expect, it } from 'vitest';

import { createClientColumns } from '../../../shared/columns';
import {
  fromChunkRecords,
  toChunkRecords,
  validateColumns,
} from '../../../renderer/db/column-chunks';
import { StorageError } from '../../../renderer/db/storage-error';

import { buildColumns } from './build-columns';

describe('column chunks', () => {
  it('splits columns into chunks of the given size and joins them back', () => {
    const columns = buildColumns(5);
    const chunks = toChunkRecords('2024-Q4', columns, 2);

    expect(chunks.map((c) => [c.chunk, c.offset, c.length])).toEqual([
      [0, 0, 2],
      [1, 2, 2],
      [2, 4, 1],
    ]);
    expect(chunks[1]!.numeric.workers).toEqual(new Float64Array([3, 4]));
    expect(fromChunkRecords([...chunks].reverse())).toEqual(columns);
  });

  it('keeps NaN, UNASSIGNED and empty strings as they are', () => {
    const columns = createClientColumns(3);
    const back = fromChunkRecords(toChunkRecords('2024-Q1', columns, 2));

    expect(Array.from(back.workers)).toEqual([NaN, NaN, NaN]);
    expect(back).toEqual(columns);
  });

  it('stores an empty period as one empty chunk', () => {
    const chunks = toChunkRecords('2024-Q1', createClientColumns(0));

    expect(chunks).toHaveLength(1);
    expect(fromChunkRecords(chunks).length).toBe(0);
  });

  it('refuses columns of unequal length before writing', () => {
    const columns = { ...buildColumns(3), workers: new Float64Array(2) };

    expect(() => validateColumns(columns)).toThrow(StorageError);
    expect(() => toChunkRecords('2024-Q1', columns)).toThrow(/workers/);
  });

  it('refuses a string column holding a number', () => {
    const columns = buildColumns(2);
    (columns.name as unknown[])[1] = 7;

    expect(() => validateColumns(columns)).toThrow(/name/);
  });

  it('detects a damaged or missing chunk when reading back', () => {
    const chunks = toChunkRecords('2024-Q4', buildColumns(5), 2);
    const damaged = {
      ...chunks[0]!,
      numeric: { ...chunks[0]!.numeric, workers: new Float64Array(1) },
    };

    expect(() => fromChunkRecords([damaged, ...chunks.slice(1)])).toThrow(
      /workers/,
    );
    expect(() => fromChunkRecords([chunks[0]!, chunks[2]!])).toThrow(
      /out of place/,
    );
  });

  it('stores each string column packed and reads it back entry by entry', () => {
    const columns = buildColumns(5);
    const chunks = toChunkRecords('2024-Q4', columns, 2);
    const ids = chunks[1]!.strings.clientId as {
      packedStrings: string;
      ends: Uint32Array;
    };

    expect(ids.packedStrings).toBe(columns.clientId.slice(2, 4).join(''));
    expect(ids.ends).toEqual(
      new Uint32Array([
        columns.clientId[2]!.length,
        columns.clientId[2]!.length + columns.clientId[3]!.length,
      ]),
    );
    expect(fromChunkRecords(chunks)).toEqual(columns);
  });

  it('reads chunks whose strings are plain arrays, as earlier builds wrote', () => {
    const columns = buildColumns(3);
    const plain = toChunkRecords('2024-Q4', columns).map((chunk) => ({
      ...chunk,
      strings: { ...chunk.strings, name: [...columns.name] },
    }));

    expect(fromChunkRecords(plain)).toEqual(columns);
  });

  it('detects packed strings whose ends do not fit their text', () => {
    const [chunk] = toChunkRecords('2024-Q4', buildColumns(3));
    const ids = chunk!.strings.clientId as {
      packedStrings: string;
      ends: Uint32Array;
    };
    const cut = {
      ...chunk!,
      strings: {
        ...chunk!.strings,
        clientId: { ...ids, packedStrings: ids.packedStrings.slice(1) },
      },
    };

    expect(() => fromChunkRecords([cut])).toThrow(/clientId/);
  });
});
