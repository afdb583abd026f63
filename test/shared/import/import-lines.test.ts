import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CHURN_NO, CHURN_UNKNOWN, CHURN_YES } from '../../../shared/domain';
import {
  ImportError,
  importClients,
  importLines,
  looksLineLevel,
  mergeClientFields,
  proposeMapping,
  readTable,
  type RawTable,
} from '../../../shared/import';
import { DATA_DIR } from './expected-cases';

const FIXTURES = fileURLToPath(
  new URL('../../fixtures/import/', import.meta.url),
);

function load(path: string): RawTable {
  return readTable(new Uint8Array(readFileSync(path)), path);
}

const ravenstack = (file: string) => load(join(DATA_DIR, 'ravenstack', file));

/**
 * A reference computed without the importer: per account, the seats and
 * MRR of subscriptions active on 2024-12-31 (dates are DD-MM-YYYY).
 */
function referenceSubscriptions() {
  const text = readFileSync(
    join(DATA_DIR, 'ravenstack/ravenstack_subscriptions.csv'),
    'utf8',
  );
  const [head, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const col = (name: string) => head!.split(',').indexOf(name);
  const iso = (d: string) =>
    d === '' ? '' : `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;
  const accounts = new Map<string, { seats: number; mrr: number }>();
  for (const line of lines) {
    const cells = line.split(',');
    const start = iso(cells[col('start_date')]!);
    const end = iso(cells[col('end_date')]!);
    if (start > '2024-12-31' || (end !== '' && end < '2024-12-31')) continue;
    const entry = accounts.get(cells[col('account_id')]!) ?? {
      seats: 0,
      mrr: 0,
    };
    entry.seats += Number(cells[col('seats')]);
    entry.mrr += Number(cells[col('mrr_amount')]);
    accounts.set(cells[col('account_id')]!, entry);
  }
  return accounts;
}

describe('importLines on the RavenStack subscriptions', () => {
  const table = ravenstack('ravenstack_subscriptions.csv');
  const mapping = proposeMapping(table.header);
  const result = importLines(table, mapping, { period: '2024-Q4' });
  const reference = referenceSubscriptions();

  it('is proposed as a line-level list; the accounts are not', () => {
    expect(looksLineLevel(table, mapping)).toBe(true);
    const accounts = ravenstack('ravenstack_accounts.csv');
    expect(looksLineLevel(accounts, proposeMapping(accounts.header))).toBe(
      false,
    );
  });

  it('gives the 500 accounts with a subscription active on 2024-12-31', () => {
    expect(result.columns.length).toBe(500);
    expect(reference.size).toBe(500);
    expect(result.period).toBe('2024-Q4');
  });

  it('sums MRR (as ARR = 12 × MRR) and seats per account, exactly', () => {
    let total = 0;
    for (let i = 0; i < result.columns.length; i++) {
      const expected = reference.get(result.columns.clientId[i]!)!;
      expect(result.columns.arrCents[i]).toBe(expected.mrr * 1200);
      expect(result.columns.workers[i]).toBe(expected.seats);
      total += result.columns.arrCents[i]!;
    }
    const referenceMrr = [...reference.values()].reduce(
      (sum, a) => sum + a.mrr,
      0,
    );
    expect(total).toBe(referenceMrr * 1200);
  });

  it('counts the lines left out as skipped outside the period', () => {
    const active = result.report.accepted;
    expect(result.report.rejected).toBe(0);
    expect(result.report.read + result.report.skipped).toBe(5000);
    expect(
      result.report.skippedRows.every((s) => s.reason === 'outside-period'),
    ).toBe(true);
    expect(active).toBe(5000 - result.report.skipped);
  });
});

describe('importLines on one row per worker', () => {
  const table = load(join(FIXTURES, 'workers-per-line.csv'));
  const mapping = proposeMapping(table.header);

  it('counts workers, unions countries, sums fees, for lines active at the end', () => {
    const result = importLines(table, mapping, { period: '2024-Q4' });
    const c = result.columns;
    expect(c.clientId).toEqual(['C1', 'C2', 'C3']);
    expect([...c.workers]).toEqual([2, 1, 1]);
    expect(c.countries).toEqual(['US;DE', 'FR', 'GB']);
    expect([...c.countryCount]).toEqual([2, 1, 1]);
    expect([...c.arrCents]).toEqual([1080000, 480000, 420000]);
    expect(result.report).toMatchObject({
      read: 6,
      accepted: 4,
      rejected: 2,
      skipped: 3,
    });
    expect(result.report.rejections.map((i) => `${i.line}:${i.code}`)).toEqual([
      '9:E_MISSING_ID',
      '10:E_COUNTRIES_INVALID',
    ]);
    expect(result.report.skippedRows.map((s) => s.line)).toEqual([4, 5, 8]);
  });

  it('keeps clients whose lines all ended in the period as churned, given its start', () => {
    const result = importLines(table, mapping, {
      period: '2024-Q4',
      periodStart: '2024-10-01',
    });
    const c = result.columns;
    expect(c.clientId).toEqual(['C1', 'C2', 'C3', 'C4']);
    const U = CHURN_UNKNOWN;
    expect([...c.churned]).toEqual([U, U, U, CHURN_YES]);
    expect(c.arrCents[3]).toBe(360000);
    expect(result.report).toMatchObject({ read: 7, accepted: 5, skipped: 2 });
  });

  it('takes an explicit period end, and refuses dates that are not ISO', () => {
    const result = importLines(table, mapping, { periodEnd: '2024-11-30' });
    expect(result.period).toBe('2024-Q4');
    expect(result.columns.clientId).toEqual(['C1', 'C3']);
    expect([...result.columns.workers]).toEqual([3, 1]);
    expect(() =>
      importLines(table, mapping, { periodEnd: '30/11/2024' }),
    ).toThrow(ImportError);
  });

  it('sets churn from the lines: any active line not churned means active', () => {
    const lines = readTable(
      new TextEncoder().encode(
        'client_id,churned\nA,yes\nA,no\nB,yes\nB,yes\n',
      ),
      'l.csv',
    );
    const result = importLines(lines, proposeMapping(lines.header));
    expect([...result.columns.churned]).toEqual([CHURN_NO, CHURN_YES]);
    expect([...result.columns.workers]).toEqual([2, 2]);
  });
});

describe('mergeClientFields', () => {
  it('adds the subscriptions MRR to the 500 RavenStack accounts', () => {
    const accounts = ravenstack('ravenstack_accounts.csv');
    const base = importClients(accounts, proposeMapping(accounts.header), {
      period: '2024-Q4',
    });
    const subs = ravenstack('ravenstack_subscriptions.csv');
    const extra = importLines(subs, proposeMapping(subs.header), {
      period: '2024-Q4',
    });
    const { result, unmatchedIds, missingIds } = mergeClientFields(
      base,
      extra,
      ['mrr'],
    );
    expect(result.columns.length).toBe(500);
    expect(unmatchedIds).toEqual([]);
    expect(missingIds).toEqual([]);
    const reference = referenceSubscriptions();
    result.columns.clientId.forEach((id, i) => {
      expect(result.columns.arrCents[i]).toBe(reference.get(id)!.mrr * 1200);
    });
    expect(result.columns.workers).toEqual(base.columns.workers);
    expect(base.columns.arrCents.every(Number.isNaN)).toBe(true);
  });

  it('copies only the fields asked for, keeps known values, lists unpaired ids', () => {
    const base = importClients(load(join(FIXTURES, 'accounts-small.csv')), {
      client_id: 0,
      name: 1,
      workers: 2,
      countries: 3,
      industry: 4,
    });
    const lines = load(join(FIXTURES, 'workers-per-line.csv'));
    const extra = importLines(lines, proposeMapping(lines.header), {
      period: '2024-Q4',
    });
    const { result, unmatchedIds, missingIds } = mergeClientFields(
      base,
      extra,
      ['mrr', 'countries'],
    );
    expect(unmatchedIds).toEqual(['C3']);
    expect(missingIds).toEqual(['C5']);
    expect([...result.columns.arrCents]).toEqual([1080000, 480000, NaN]);
    expect(result.columns.countries).toEqual(['US;DE', 'FR', 'US']);
    expect([...result.columns.workers]).toEqual([3, 1, 7]);
    expect(result.report.fileWarnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['W_MERGE_UNMATCHED', 'W_MERGE_MISSING']),
    );
  });

  it('refuses to add money in another currency', () => {
    const eur = readTable(
      new TextEncoder().encode('client_id,mrr\nC1,10 €\n'),
      'e.csv',
    );
    const usd = readTable(
      new TextEncoder().encode('client_id,mrr\nC1,$10\n'),
      'u.csv',
    );
    const base = importClients(usd, proposeMapping(usd.header));
    const extra = importClients(eur, proposeMapping(eur.header));
    expect(() => mergeClientFields(base, extra, ['mrr'])).toThrow(/EUR/);
    expect(mergeClientFields(base, extra, ['name']).missingIds).toEqual([]);
  });
});
