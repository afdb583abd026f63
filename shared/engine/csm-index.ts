/**
 * The csm_id column as small integers, so the hot loop sums per CSM
 * without touching strings. It depends on the columns only, not on the
 * policy, so it is derived once per csm_id array and cached.
 * NOTE: columns are treated as immutable; editing csmId in place would
 * leave a stale index behind.
 */
import type { ClientColumns } from '../columns';

/** CSM of each client as an index into `ids`; −1 when none. */
export type CsmIndex = {
  readonly index: Int32Array;
  /** Distinct csm_ids, in order of first appearance. */
  readonly ids: readonly string[];
  /** The client ids of CSM k, in column order. */
  readonly clientIdsOf: (k: number) => readonly string[];
  /** CSM indexes in csm_id order (code units), sorted on first use. */
  readonly sortedOrder: () => readonly number[];
  /** Workers and ARR cents (known values) per CSM, summed on first use. */
  readonly totals: () => {
    readonly workers: Float64Array;
    readonly arrCents: Float64Array;
  };
};

type CacheEntry = {
  readonly columns: ClientColumns;
  readonly csm: CsmIndex;
};

const cache = new WeakMap<readonly string[], CacheEntry>();

/** The CSM index of a set of columns, derived once and cached. */
export function getCsmIndex(columns: ClientColumns): CsmIndex {
  const cached = cache.get(columns.csmId);
  if (cached && sameClients(cached.columns, columns)) return cached.csm;
  const csm = buildCsmIndex(columns);
  cache.set(columns.csmId, { columns, csm });
  return csm;
}

/** Whether two column sets hold the same ids, workers and ARR arrays. */
function sameClients(a: ClientColumns, b: ClientColumns): boolean {
  return (
    a.clientId === b.clientId &&
    a.workers === b.workers &&
    a.arrCents === b.arrCents
  );
}

function buildCsmIndex(columns: ClientColumns): CsmIndex {
  const { csmId, clientId } = columns;
  const index = new Int32Array(csmId.length);
  const byId = new Map<string, number>();
  const ids: string[] = [];
  for (let i = 0; i < csmId.length; i++) {
    const id = csmId[i]!;
    if (id === '') {
      index[i] = -1;
      continue;
    }
    let k = byId.get(id);
    if (k === undefined) {
      k = ids.length;
      byId.set(id, k);
      ids.push(id);
    }
    index[i] = k;
  }
  let sorted: number[] | null = null;
  const sortedOrder = () =>
    (sorted ??= ids
      .map((_, k) => k)
      .sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0)));
  let totals: ReturnType<CsmIndex['totals']> | null = null;
  return {
    index,
    ids,
    clientIdsOf: groupClientIds(index, ids, clientId),
    sortedOrder,
    totals: () => (totals ??= sumPerCsm(columns, index, ids.length)),
  };
}

function sumPerCsm(columns: ClientColumns, index: Int32Array, count: number) {
  const workers = new Float64Array(count);
  const arrCents = new Float64Array(count);
  for (let i = 0; i < index.length; i++) {
    const k = index[i]!;
    if (k < 0) continue;
    const w = columns.workers[i]!;
    const a = columns.arrCents[i]!;
    if (w === w) workers[k]! += w;
    if (a === a) arrCents[k]! += a;
  }
  return { workers, arrCents };
}

/** Client ids per CSM, grouped on first use (a counting sort). */
function groupClientIds(
  index: Int32Array,
  ids: readonly string[],
  clientId: readonly string[],
): (k: number) => readonly string[] {
  let groups: (readonly string[])[] | null = null;
  return (k) => {
    if (!groups) {
      const built = ids.map((): string[] => []);
      for (let i = 0; i < index.length; i++) {
        const csm = index[i]!;
        if (csm >= 0) built[csm]!.push(clientId[i]!);
      }
      groups = built.map((group) => Object.freeze(group));
    }
    return groups[k] ?? [];
  };
}
