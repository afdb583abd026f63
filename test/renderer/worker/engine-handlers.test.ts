import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY, clonePolicy } from '../../../shared/policy';
import { createEngineClient } from '../../../renderer/worker/engine-client';
import {
  createEngineHandlers,
  toWireError,
} from '../../../renderer/worker/engine-handlers';
import type {
  PayloadOf,
  RequestType,
  ResultOf,
  TableSummary,
} from '../../../renderer/worker/messages';

import { createInProcessWorker } from './fake-worker';

const SHARED = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../shared',
);
const accountsBytes = () =>
  new Uint8Array(
    readFileSync(resolve(SHARED, 'data/ravenstack/ravenstack_accounts.csv')),
  );
const subscriptionsBytes = () =>
  new Uint8Array(
    readFileSync(
      resolve(SHARED, 'data/ravenstack/ravenstack_subscriptions.csv'),
    ),
  );

function call<K extends RequestType>(
  engine: ReturnType<typeof createEngineHandlers>,
  type: K,
  payload: PayloadOf<K>,
  progress: (fraction: number, stage: string) => void = () => undefined,
) {
  return engine.handle(
    { kind: 'request', id: 1, type, payload } as never,
    progress,
  ) as {
    result: ResultOf<K>;
    transfer: Transferable[];
  };
}

function parseAccounts(
  engine: ReturnType<typeof createEngineHandlers>,
): TableSummary {
  return call(engine, 'parse', {
    bytes: accountsBytes(),
    fileName: 'ravenstack_accounts.csv',
  }).result;
}

describe('engine handlers', () => {
  it('parses a file, keeps its rows in the worker and proposes a mapping', () => {
    const engine = createEngineHandlers();
    const summary = parseAccounts(engine);

    expect(summary.rowCount).toBe(500);
    expect(summary.header[summary.proposedMapping.client_id!]).toBe(
      'account_id',
    );
    expect(summary.header[summary.proposedMapping.workers!]).toBe('seats');
    expect(summary.lineLevel).toBe(false);
    expect(summary.preview).toHaveLength(5);
    expect(engine.tableCount()).toBe(1);

    call(engine, 'release-table', { tableId: summary.tableId });
    expect(engine.tableCount()).toBe(0);
  });

  it('proposes a line-level import for a billing list whose ids repeat', () => {
    const engine = createEngineHandlers();
    const summary = call(engine, 'parse', {
      bytes: subscriptionsBytes(),
      fileName: 'subs.csv',
    }).result;

    expect(summary.lineLevel).toBe(true);
    expect(summary.header[summary.proposedMapping.line_start!]).toBe(
      'start_date',
    );
  });

  it('validates a client list and transfers the accepted columns', () => {
    const engine = createEngineHandlers();
    const summary = parseAccounts(engine);
    const { result, transfer } = call(engine, 'validate', {
      tableId: summary.tableId,
      mapping: summary.proposedMapping,
      kind: 'clients',
      period: '2024-Q4',
      merge: null,
    });

    expect(result.report).toMatchObject({
      read: 500,
      accepted: 500,
      rejected: 0,
    });
    expect(result.columns.length).toBe(500);
    expect(result.fileClients).toBe(500);
    expect(transfer.length).toBeGreaterThan(0);
  });

  it('adds the MRR of billing lines active at the period end to the stored accounts', () => {
    const engine = createEngineHandlers();
    const accounts = parseAccounts(engine);
    const base = call(engine, 'validate', {
      tableId: accounts.tableId,
      mapping: accounts.proposedMapping,
      kind: 'clients',
      period: '2024-Q4',
      merge: null,
    }).result.columns;
    const subs = call(engine, 'parse', {
      bytes: subscriptionsBytes(),
      fileName: 'subs.csv',
    }).result;
    const { result } = call(engine, 'validate', {
      tableId: subs.tableId,
      mapping: subs.proposedMapping,
      kind: 'lines',
      period: '2024-Q4',
      merge: { base, currency: 'USD', fields: ['mrr'] },
    });

    expect(result.columns.length).toBe(500);
    expect(result.unmatchedIds).toEqual([]);
    expect(Array.from(result.columns.workers)).toEqual(
      Array.from(base.workers),
    );
    const known = Array.from(result.columns.arrCents).filter(
      (v) => !Number.isNaN(v),
    );
    expect(known.length).toBeGreaterThan(0);
    expect(Array.from(base.arrCents).every(Number.isNaN)).toBe(true);
    // Only the added field and the line keys are read from the second file.
    const columns = new Set(result.report.warnings.map((w) => w.column));
    expect([...columns].sort()).toEqual(['mrr_amount']);
    const fileCodes = result.report.fileWarnings.map((w) => w.code);
    expect(fileCodes).not.toContain('W_NO_COUNTRIES_COLUMN');
  });

  it('throws the import error of a file that cannot be imported, and it survives the wire', () => {
    const engine = createEngineHandlers();
    const bytes = new Uint8Array(
      readFileSync(resolve(SHARED, 'cases/15_duplicate_column_names.csv')),
    );
    let thrown: unknown;
    try {
      call(engine, 'parse', { bytes, fileName: '15.csv' });
    } catch (error) {
      thrown = error;
    }
    const wire = toWireError(thrown);
    expect(wire).toMatchObject({
      name: 'ImportError',
      code: 'E_DUPLICATE_COLUMN',
    });
    expect(wire.message).toMatch(/arr/);
    expect(engine.tableCount()).toBe(0);
  });

  it('computes the baseline and a scenario over the columns it holds, once for compute and compare', () => {
    const engine = createEngineHandlers();
    const sample = call(engine, 'sample', {
      seed: 1,
      clients: 300,
      quarters: 2,
    }).result;
    const [prior, current] = sample.periods;
    const attached = call(engine, 'set-data', {
      key: 'k',
      columns: current!.columns,
      prior: prior!.columns,
    });
    // Only the prior-derived columns come back, as transferable copies.
    expect(Object.keys(attached.result).sort()).toEqual([
      'arrPriorCents',
      'newClient',
      'workersPrior',
    ]);
    expect(attached.result.workersPrior).toHaveLength(current!.columns.length);
    expect(attached.transfer).toHaveLength(3);
    const scenario = clonePolicy(DEFAULT_POLICY, 'Pool');
    const ratioEdited = {
      ...scenario,
      tiers: {
        ...scenario.tiers,
        SMB: { ...scenario.tiers.SMB, csm_ratio: 10 },
      },
    };
    const { result, transfer } = call(engine, 'compute', {
      key: 'k',
      baseline: DEFAULT_POLICY,
      scenario: ratioEdited,
    });

    expect(result.baseline.total.client_count).toBe(current!.columns.length);
    expect(result.scenario!.hiring[0]!.required_csms).toBeGreaterThan(
      result.baseline.hiring[0]!.required_csms,
    );
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(transfer.length).toBeGreaterThan(0);
    // The compare after the edit finds both runs; an edit of the scenario
    // alone computes only the scenario.
    expect(engine.runsComputed('k')).toBe(2);
    const compared = call(engine, 'compare', {
      key: 'k',
      baseline: DEFAULT_POLICY,
      scenarios: [{ id: 'a', policy: ratioEdited }],
    }).result;
    expect(engine.runsComputed('k')).toBe(2);
    expect(compared.scenarios[0]!.hiring).toEqual(result.scenario!.hiring);
    call(engine, 'compute', {
      key: 'k',
      baseline: DEFAULT_POLICY,
      scenario: { ...ratioEdited, size_basis: 'higher' },
    });
    expect(engine.runsComputed('k')).toBe(3);
    expect(() =>
      call(engine, 'compute', {
        key: 'other',
        baseline: DEFAULT_POLICY,
        scenario: null,
      }),
    ).toThrow(/no clients loaded/);
  });

  it('generates the sample portfolio deterministically', () => {
    const engine = createEngineHandlers();
    const a = call(engine, 'sample', {
      seed: 1,
      clients: 1500,
      quarters: 8,
    }).result;
    const b = call(engine, 'sample', {
      seed: 1,
      clients: 1500,
      quarters: 8,
    }).result;

    expect(a.periods).toHaveLength(8);
    expect(a.periods[7]!.columns.length).toBeGreaterThan(1000);
    expect(a.periods[7]!.columns.clientId).toEqual(
      b.periods[7]!.columns.clientId,
    );
  });
});

describe('engine client over the handlers', () => {
  it('reports reading progress and answers with the summary', async () => {
    const client = createEngineClient(createInProcessWorker);
    const fractions: number[] = [];
    const summary = await client.request(
      'parse',
      { bytes: subscriptionsBytes(), fileName: 'subs.csv' },
      { onProgress: (fraction) => fractions.push(fraction) },
    ).promise;

    expect(summary.rowCount).toBe(5000);
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('turns a file error into a rejected promise with its code', async () => {
    const client = createEngineClient(createInProcessWorker);
    const bytes = new Uint8Array(
      readFileSync(resolve(SHARED, 'cases/15_duplicate_column_names.csv')),
    );

    await expect(
      client.request('parse', { bytes, fileName: '15.csv' }).promise,
    ).rejects.toMatchObject({
      code: 'E_DUPLICATE_COLUMN',
    });
  });
});
