import { describe, expect, it } from 'vitest';

import {
  overlay,
  packForWire,
  packingOf,
  packSlice,
  packStrings,
  unpackFromWire,
  unpackStrings,
} from '../../../renderer/worker/wire-pack';

const ids = (n: number, prefix = 'C') =>
  Array.from(
    { length: n },
    (_, i) => `${prefix}-${i}${i % 3 === 0 ? '' : 'é'}`,
  );

describe('wire packing', () => {
  it('packs a string array into one string and end offsets, and back', () => {
    const values = ['', 'a', 'bc', '', '日本', 'x'.repeat(5000)];
    const packed = packStrings(values)!;

    expect(packed.packedStrings).toBe(values.join(''));
    expect(Array.from(packed.ends)).toEqual([0, 1, 3, 3, 5, 5005]);
    expect(unpackStrings(packed)).toEqual(values);
  });

  it('packs long string arrays anywhere in a message and leaves the input alone', () => {
    const columns = {
      length: 3000,
      clientId: ids(3000),
      workers: new Float64Array([1, NaN]),
      short: ['a', 'b'],
    };
    const message = { payload: { columns, list: [columns.clientId, 7] } };
    const { value, transfer } = packForWire(message);
    const sent = structuredClone(value, { transfer });

    expect(message.payload.columns.clientId).toHaveLength(3000);
    expect(transfer).toHaveLength(2);
    expect(JSON.stringify(sent)).not.toContain('"C-1é"');
    expect(unpackFromWire(sent)).toEqual(message);
  });

  it('packs the string lists of rows (the CSM book) end to end', () => {
    const book = Array.from({ length: 600 }, (_, k) => ({
      csm_id: `csm-${k}`,
      client_ids: ids(k % 7, `c${k}`),
      segment_mix: { SMB: k },
      over_capacity: k % 2 === 0,
    }));
    const { value, transfer } = packForWire({ csmBook: book });
    const sent = structuredClone(value, { transfer });

    expect(JSON.stringify(sent)).not.toContain('"c5-1é"');
    expect(unpackFromWire(sent)).toEqual({ csmBook: book });
  });

  it('joins the same frozen lists once, and lists that changed again', () => {
    const lists = Array.from({ length: 3 }, (_, k) =>
      Object.freeze(Array.from({ length: 600 }, (_, i) => `c${k}-${i}`)),
    );
    const rows = () =>
      lists.map((ids, k) => ({ csm_id: `m${k}`, client_ids: ids }));
    const first = packForWire(rows());
    const again = packForWire(rows());
    expect(unpackFromWire(structuredClone(again.value))).toEqual(rows());
    expect(unpackFromWire(structuredClone(first.value))).toEqual(rows());
    // Each send has end offsets of its own, to transfer.
    expect(again.transfer).toHaveLength(2);
    expect(again.transfer[1]).not.toBe(first.transfer[1]);
    const changed = rows();
    changed[1] = {
      csm_id: 'm1',
      client_ids: Object.freeze(['other', ...lists[1]!.slice(1)]),
    };
    expect(unpackFromWire(structuredClone(packForWire(changed).value))).toEqual(
      changed,
    );
  });

  it('sends short arrays, rows without lists and other objects as they are', () => {
    const message = {
      warnings: [{ code: 'W_X', row: 1, values: ['a'] }, { code: 'W_Y' }],
      names: ids(10),
      when: new Date(0),
      map: new Map([['a', ids(2000)]]),
    };
    const { value, transfer } = packForWire(message);

    expect(value).toBe(message);
    expect(transfer).toEqual([]);
    expect(unpackFromWire(structuredClone(value))).toEqual(message);
  });
});

describe('packing an unpacked array again', () => {
  it('reuses the packing it came from, with ends of its own', () => {
    const values = ids(3000);
    const first = packStrings(values)!;
    const back = unpackStrings(structuredClone(first));
    const again = packStrings(back)!;

    expect(again.packedStrings).toBe(first.packedStrings);
    expect(again.ends).toEqual(first.ends);
    structuredClone(again, { transfer: [again.ends.buffer] });
    expect(packStrings(back)!.ends).toEqual(first.ends);
  });

  it('packs any slice, from a known packing or not', () => {
    const values = ['a', '', 'bcd', 'é', 'fg', ''];
    const back = unpackStrings(packStrings(values)!);
    for (const source of [values, back]) {
      for (const [from, to] of [
        [0, 6],
        [0, 0],
        [2, 5],
        [5, 6],
        [3, 3],
      ] as const) {
        expect(unpackStrings(packSlice(source, from, to)!)).toEqual(
          values.slice(from, to),
        );
      }
    }
  });
});

describe('columns unpacked on first read', () => {
  const received = () => {
    const columns = {
      length: 2000,
      clientId: ids(2000),
      csmId: ids(2000, 'M'),
    };
    const wire = packForWire({ columns });
    const back = unpackFromWire(structuredClone(wire.value)) as {
      columns: typeof columns;
    };
    return { columns, back: back.columns };
  };

  it('keeps a received column packed until it is read, then reads the same array', () => {
    const { columns, back } = received();

    expect(packingOf(back, 'clientId')!.packedStrings).toBe(
      columns.clientId.join(''),
    );
    expect(back.clientId).toEqual(columns.clientId);
    expect(back.clientId).toBe(back.clientId);
    expect(packingOf(back, 'clientId')).not.toBeNull();
    expect(packingOf(columns, 'clientId')).toBeNull();
  });

  it('sends an unread column on without unpacking it, and overlays keep it unread', () => {
    const { columns, back } = received();
    const laid = overlay(back, { length: 2000 });
    const again = packForWire({ columns: laid });
    const there = unpackFromWire(
      structuredClone(again.value, { transfer: again.transfer }),
    ) as { columns: typeof columns };

    expect(packingOf(laid, 'csmId')).toBe(packingOf(back, 'csmId'));
    expect(there.columns).toEqual(columns);
    expect(laid.csmId).toBe(back.csmId);
  });
});
