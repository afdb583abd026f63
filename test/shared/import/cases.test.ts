/**
 * Every case of shared/cases imported with exactly the outcome its
 * `.expected.md` gives: records accepted or rejected with their codes, the
 * listed warnings, the values read, the four tiers, totals and skips.
 */
import { describe, expect, it } from 'vitest';

import { CHURN_UNKNOWN, CHURN_YES } from '../../../shared/domain';
import { ImportError, type ImportResult } from '../../../shared/import';
import {
  arrBand,
  caseTiers,
  complexityTier,
  countBy,
  sizeTier,
  trajectory,
} from './case-tiers';
import {
  importCase,
  listCases,
  readExpected,
  type ExpectedCase,
} from './expected-cases';

const LARGE_CASE = '24_large_generated_60k.csv';

function casesOrError(): string[] {
  try {
    return listCases();
  } catch (error) {
    it('finds the shared cases folder', () => {
      throw error;
    });
    return [];
  }
}

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

function issueCodes(
  issues: readonly { record: number; code: string }[],
  rec: number,
) {
  return issues
    .filter((issue) => issue.record === rec)
    .map((issue) => issue.code)
    .sort();
}

function checkRecords(expected: ExpectedCase, result: ImportResult): void {
  const { columns, report } = result;
  const acceptedIds = expected.records
    .filter((r) => r.accepted)
    .map((r) => r.clientId);
  expect(columns.clientId).toEqual(acceptedIds);
  for (const record of expected.records) {
    const where = `${expected.name} record ${record.rec} (${record.clientId})`;
    const issues = record.accepted ? report.warnings : report.rejections;
    expect(issueCodes(issues, record.rec), where).toEqual(
      [...record.codes].sort(),
    );
    if (!record.accepted) {
      expect(issueCodes(report.warnings, record.rec), where).toEqual([]);
    }
  }
}

function checkValues(expected: ExpectedCase, result: ImportResult): void {
  const { columns } = result;
  for (const record of expected.records.filter((r) => r.accepted)) {
    const i = columns.clientId.indexOf(record.clientId);
    const where = `${expected.name} ${record.clientId}`;
    expect(columns.workers[i], `${where} workers`).toEqual(record.workers);
    expect(columns.arrCents[i], `${where} ARR`).toEqual(record.arrCents);
    expect(columns.countryCount[i], `${where} countries`).toEqual(
      record.countries,
    );
    expect(columns.growthPpm[i], `${where} QoQ`).toEqual(record.growthPpm);
    expect(caseTiers(columns, i), `${where} tiers`).toEqual({
      size: record.size,
      band: record.band,
      complexity: record.complexity,
      trajectory: record.trajectory,
    });
  }
}

function checkTotals(expected: ExpectedCase, result: ImportResult): void {
  const { columns, report } = result;
  expect({
    read: report.read,
    accepted: report.accepted,
    rejected: report.rejected,
  }).toEqual(expected.totals);
  const arr = [...columns.arrCents].filter((v) => !Number.isNaN(v));
  const total = arr.length > 0 ? arr.reduce((a, b) => a + b, 0) : null;
  expect(total).toEqual(expected.totalArrCents);
  expect(countBy(columns, (i) => arrBand(columns.arrCents[i]!))).toEqual(
    expected.counts.band,
  );
  expect(
    countBy(columns, (i) => complexityTier(columns.countryCount[i]!)),
  ).toEqual(expected.counts.complexity);
  expect(countBy(columns, (i) => trajectory(columns.growthPpm[i]!))).toEqual(
    expected.counts.trajectory,
  );
}

function checkTierRows(expected: ExpectedCase, result: ImportResult): void {
  const { columns } = result;
  const bySize = countBy(columns, (i) => sizeTier(columns.workers[i]!));
  expect(bySize).toEqual(
    Object.fromEntries(expected.tierRows.map((row) => [row.tier, row.clients])),
  );
  for (const row of expected.tierRows) {
    const members = [...columns.clientId.keys()].filter(
      (i) => sizeTier(columns.workers[i]!) === row.tier,
    );
    const arr = members
      .map((i) => columns.arrCents[i]!)
      .filter((v) => !Number.isNaN(v));
    const tickets = members
      .map((i) => columns.tickets[i]!)
      .filter((v) => !Number.isNaN(v));
    const churnKnown = members.filter(
      (i) => columns.churned[i] !== CHURN_UNKNOWN,
    );
    expect(arr.length, `${row.tier} ARR known`).toBe(row.arrKnown);
    expect(
      arr.length ? arr.reduce((a, b) => a + b, 0) : null,
      `${row.tier} ARR`,
    ).toEqual(row.arrCents);
    const churned = members.filter(
      (i) => columns.churned[i] === CHURN_YES,
    ).length;
    if (row.churned === null)
      expect(churnKnown, `${row.tier} churn known`).toEqual([]);
    else expect(churned, `${row.tier} churned`).toBe(row.churned);
    const ticketSum = tickets.length
      ? tickets.reduce((a, b) => a + b, 0)
      : null;
    expect(ticketSum, `${row.tier} tickets`).toEqual(row.tickets);
  }
}

function checkCsms(expected: ExpectedCase, result: ImportResult): void {
  if (Object.keys(expected.csms).length === 0) return;
  const { columns } = result;
  const csms: Record<string, { clients: number; arrCents: number }> = {};
  for (let i = 0; i < columns.length; i++) {
    if (columns.csmId[i] === '') continue;
    const entry = (csms[columns.csmId[i]!] ??= { clients: 0, arrCents: 0 });
    entry.clients++;
    if (!Number.isNaN(columns.arrCents[i]))
      entry.arrCents += columns.arrCents[i]!;
  }
  expect(csms).toEqual(expected.csms);
}

describe.each(casesOrError().filter((name) => name !== LARGE_CASE))(
  'case %s',
  (name) => {
    const expected = readExpected(name);

    if (expected.fileError) {
      it(`stops the whole file with ${expected.fileError}`, () => {
        const error = captureError(() => importCase(name));
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).code).toBe(expected.fileError);
      });
      return;
    }

    const { table, result } = importCase(name);

    it('has an expected table to check against', () => {
      expect(expected.records.length).toBeGreaterThan(0);
      expect(expected.records).toHaveLength(expected.totals!.read);
      expect(expected.tierRows.length).toBeGreaterThan(0);
      expect(Object.keys(expected.counts.band).length).toBeGreaterThan(0);
    });

    it('counts records read, accepted and rejected, and the totals', () => {
      checkTotals(expected, result);
    });

    it('accepts or rejects each record with exactly the listed codes', () => {
      checkRecords(expected, result);
    });

    it('reads every value and tier of the accepted records', () => {
      checkValues(expected, result);
    });

    it('gives the size-tier economics and the per-CSM books', () => {
      checkTierRows(expected, result);
      checkCsms(expected, result);
    });

    if (expected.skipped !== null) {
      it(`skips the ${expected.skipped} lines the case names`, () => {
        expect(table.skipped).toHaveLength(expected.skipped!);
        expect(result.report.skipped).toBe(expected.skipped);
      });
    }
  },
);
