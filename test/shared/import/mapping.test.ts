import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ImportError } from '../../../shared/import';
import {
  applyMapOverrides,
  compactLabel,
  proposeMapping,
  type ColumnMapping,
  type Field,
} from '../../../shared/import';
import { DATA_DIR } from './expected-cases';

function named(header: readonly string[], mapping: ColumnMapping) {
  return Object.fromEntries(
    Object.entries(mapping).map(([field, column]) => [field, header[column!]]),
  );
}

function headerOf(path: string): string[] {
  const first = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!;
  return first.split(',').map((label) => label.replace(/^"|"$/g, ''));
}

describe('proposeMapping', () => {
  it('maps our own names', () => {
    const header = [
      'client_id',
      'client_name',
      'workers',
      'countries',
      'industry',
      'arr',
      'qoq_growth',
      'health_score',
      'churned',
      'csm',
      'support_tickets',
    ];
    expect(named(header, proposeMapping(header))).toEqual({
      client_id: 'client_id',
      name: 'client_name',
      workers: 'workers',
      countries: 'countries',
      industry: 'industry',
      arr: 'arr',
      growth: 'qoq_growth',
      health_score: 'health_score',
      churned: 'churned',
      csm_id: 'csm',
      tickets: 'support_tickets',
    });
  });

  it('maps human labels, units in brackets ignored', () => {
    const header = [
      'Client ID',
      'Client Name',
      'ARR (USD)',
      'QoQ Growth',
      'Support Tickets',
      'MRR [EUR]',
    ];
    expect(named(header, proposeMapping(header))).toEqual({
      client_id: 'Client ID',
      name: 'Client Name',
      arr: 'ARR (USD)',
      growth: 'QoQ Growth',
      tickets: 'Support Tickets',
      mrr: 'MRR [EUR]',
    });
  });

  it('maps a Salesforce export but never AnnualRevenue to ARR', () => {
    const header = [
      'Id',
      'Name',
      'Type',
      'Industry',
      'BillingCountry',
      'NumberOfEmployees',
      'AnnualRevenue',
      'OwnerId',
      'CreatedDate',
    ];
    expect(named(header, proposeMapping(header))).toEqual({
      client_id: 'Id',
      name: 'Name',
      industry: 'Industry',
      countries: 'BillingCountry',
      workers: 'NumberOfEmployees',
      csm_id: 'OwnerId',
      signed_date: 'CreatedDate',
    });
    for (const label of [
      'AnnualRevenue',
      'Annual Revenue',
      'revenue',
      'Turnover',
    ]) {
      expect(proposeMapping([label])).toEqual({});
    }
  });

  it('maps the RavenStack accounts and subscriptions', () => {
    const accounts = headerOf(
      join(DATA_DIR, 'ravenstack/ravenstack_accounts.csv'),
    );
    expect(named(accounts, proposeMapping(accounts))).toEqual({
      client_id: 'account_id',
      name: 'account_name',
      industry: 'industry',
      countries: 'country',
      signed_date: 'signup_date',
      workers: 'seats',
      churned: 'churn_flag',
    });
    const subscriptions = headerOf(
      join(DATA_DIR, 'ravenstack/ravenstack_subscriptions.csv'),
    );
    expect(named(subscriptions, proposeMapping(subscriptions))).toEqual({
      client_id: 'account_id',
      line_start: 'start_date',
      line_end: 'end_date',
      workers: 'seats',
      mrr: 'mrr_amount',
      arr: 'arr_amount',
      churned: 'churn_flag',
    });
  });

  it('maps the IBM Telco churn file', () => {
    const header = headerOf(join(DATA_DIR, 'IBM-Telco-Customer-Churn.csv'));
    expect(named(header, proposeMapping(header))).toEqual({
      client_id: 'customerID',
      mrr: 'MonthlyCharges',
      churned: 'Churn',
    });
  });

  it('gives a field the most specific label and a column one field', () => {
    expect(
      named(
        ['id', 'account_id', 'status', 'churned'],
        proposeMapping(['id', 'account_id', 'status', 'churned']),
      ),
    ).toEqual({
      client_id: 'account_id',
      churned: 'churned',
    });
    expect(proposeMapping(['country_list', 'country_count'])).toEqual({
      countries: 0,
      country_count: 1,
    });
  });

  it('compares labels in a compact form', () => {
    expect(compactLabel('\uFEFF Client ID ')).toBe('clientid');
    expect(compactLabel('ARR (USD)')).toBe('arr');
    expect(compactLabel('NumberOfEmployees')).toBe('numberofemployees');
  });
});

describe('applyMapOverrides', () => {
  const header = ['Id', 'Name', 'AnnualRevenue', 'Seats '];
  const base = proposeMapping(header);

  it('maps a field to a column by label, trimmed and case-insensitive', () => {
    const mapping = applyMapOverrides(header, base, {
      arr: ' annualrevenue ',
      workers: 'SEATS',
    });
    expect(mapping).toEqual({ client_id: 0, name: 1, arr: 2, workers: 3 });
  });

  it('takes the column away from the field that had it', () => {
    expect(base).toEqual({ client_id: 0, name: 1, workers: 3 });
    expect(applyMapOverrides(header, base, { client_id: 'Name' })).toEqual({
      client_id: 1,
      workers: 3,
    });
  });

  it('unmaps a field given an empty column', () => {
    expect(applyMapOverrides(header, base, { name: '' })).toEqual({
      client_id: 0,
      workers: 3,
    });
  });

  it('throws E_BAD_MAPPING naming an unknown column or field', () => {
    const fail = (overrides: Record<string, string>) => {
      try {
        applyMapOverrides(
          header,
          base,
          overrides as Partial<Record<Field, string>>,
        );
      } catch (error) {
        return error as ImportError;
      }
      throw new Error('expected E_BAD_MAPPING');
    };
    const column = fail({ arr: 'Revenue' });
    expect(column.code).toBe('E_BAD_MAPPING');
    expect(column.message).toContain('no column "Revenue"');
    expect(column.message).toContain('"AnnualRevenue"');
    expect(fail({ revenue: 'Id' }).message).toContain(
      '"revenue" is not a field',
    );
  });
});
