import { describe, expect, it } from 'vitest';

import {
  applyDrafts,
  formatFieldValue,
  getPolicyValue,
  isFieldChanged,
  parseDecimalText,
  parseFieldInput,
  setPolicyValue,
  settleDrafts,
} from '../../../../renderer/features/scenario/policy-edit';
import { getAllPolicyFields } from '../../../../renderer/features/scenario/policy-fields';
import { DEFAULT_POLICY, clonePolicy } from '../../../../shared/policy';

const fields = getAllPolicyFields();

describe('policy paths', () => {
  it('reads and writes a tier parameter without touching the original', () => {
    const next = setPolicyValue(
      DEFAULT_POLICY,
      'tiers.Mid-Market.min_workers',
      15,
    );
    expect(getPolicyValue(next, 'tiers.Mid-Market.min_workers')).toBe(15);
    expect(DEFAULT_POLICY.tiers['Mid-Market'].min_workers).toBe(11);
    expect(next.tiers.SMB).toBe(DEFAULT_POLICY.tiers.SMB);
  });

  it('is undefined for a path that does not exist', () => {
    expect(
      getPolicyValue(DEFAULT_POLICY, 'tiers.Huge.min_workers'),
    ).toBeUndefined();
  });

  it('gives every editor field a value in the default policy', () => {
    for (const field of fields) {
      expect(
        getPolicyValue(DEFAULT_POLICY, field.path),
        field.path,
      ).not.toBeUndefined();
    }
    expect(fields).toHaveLength(1 + 4 * 9 + 3 * 2 + 2 + 7 + 5 + 1);
  });
});

describe('parseDecimalText', () => {
  it.each([
    ['1,200', 1200],
    ['$60,000.50', 60000.5],
    ['USD 1,200,000.01', 1200000.01],
    ['\u22125 %', -5],
    ['.5', 0.5],
    ['+12', 12],
    ['1 200', 1200],
  ])('%s → %s', (text, value) => {
    expect(parseDecimalText(text)).toBe(value);
  });

  it.each(['abc', '1,2', '12a', '', '--1', '1.2.3'])('rejects %s', (text) => {
    expect(parseDecimalText(text)).toBeNull();
  });
});

describe('parseFieldInput', () => {
  it('reads percent input as a fraction without float tails', () => {
    expect(parseFieldInput('percent', '7.1')).toEqual({
      ok: true,
      value: 0.071,
    });
    expect(parseFieldInput('percent', '-10')).toEqual({
      ok: true,
      value: -0.1,
    });
  });

  it('wants whole numbers for counts', () => {
    expect(parseFieldInput('int', '10.5')).toEqual({
      ok: false,
      message: 'Must be a whole number',
    });
    expect(parseFieldInput('int', '15')).toEqual({ ok: true, value: 15 });
  });

  it('takes money to the cent and no further', () => {
    expect(parseFieldInput('money', '1,200,000.01')).toEqual({
      ok: true,
      value: 1200000.01,
    });
    expect(parseFieldInput('money', '1.005').ok).toBe(false);
  });

  it('reads a blank floor as none but a blank price as missing', () => {
    expect(parseFieldInput('money-or-none', ' ')).toEqual({
      ok: true,
      value: null,
    });
    expect(parseFieldInput('money', '')).toEqual({
      ok: false,
      message: 'A value is required',
    });
  });

  it('round-trips every default value through its input text', () => {
    for (const field of fields) {
      const value = getPolicyValue(DEFAULT_POLICY, field.path);
      const text = formatFieldValue(field.kind, value);
      expect(parseFieldInput(field.kind, text), field.path).toEqual({
        ok: true,
        value,
      });
    }
  });
});

describe('formatFieldValue', () => {
  it('shows fractions as percent and money grouped', () => {
    expect(formatFieldValue('percent', 0.65)).toBe('65');
    expect(formatFieldValue('percent', 0.071)).toBe('7.1');
    expect(formatFieldValue('money', 1200000.01)).toBe('1,200,000.01');
    expect(formatFieldValue('money-or-none', null)).toBe('');
  });
});

describe('applyDrafts', () => {
  it('applies valid edits as one validated policy', () => {
    const outcome = applyDrafts(
      DEFAULT_POLICY,
      { 'tiers.Mid-Market.min_workers': '15', 'tiers.SMB.gm_target': '55' },
      fields,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.policy.tiers['Mid-Market'].min_workers).toBe(15);
    expect(outcome.policy.tiers.SMB.gm_target).toBe(0.55);
  });

  it('names the field whose text is not a number', () => {
    const outcome = applyDrafts(
      DEFAULT_POLICY,
      { 'tiers.SMB.csm_ratio': 'fifty' },
      fields,
    );
    expect(outcome).toEqual({
      ok: false,
      issues: { 'tiers.SMB.csm_ratio': ['Not a number'] },
    });
  });

  it('reports a tier-order rule on the field typed in, in its unit', () => {
    const outcome = applyDrafts(
      DEFAULT_POLICY,
      { 'tiers.Mid-Market.min_workers': '60' },
      fields,
    );
    expect(outcome).toEqual({
      ok: false,
      issues: {
        'tiers.Mid-Market.min_workers': [
          "Must be below Enterprise's 51 workers",
        ],
      },
    });
  });

  it('words every bound in the unit the user typed, on that field', () => {
    const issue = (path: string, text: string) => {
      const outcome = applyDrafts(DEFAULT_POLICY, { [path]: text }, fields);
      return outcome.ok ? null : outcome.issues;
    };
    expect(issue('tiers.SMB.price_change', '-150')).toEqual({
      'tiers.SMB.price_change': ['At least −100 %'],
    });
    expect(issue('tiers.SMB.gm_target', '120')).toEqual({
      'tiers.SMB.gm_target': ['At most 100 %'],
    });
    expect(issue('tiers.SMB.min_workers', '0')).toEqual({
      'tiers.SMB.min_workers': ['At least 1 worker'],
    });
    expect(issue('targets.max_revenue_share', '150')).toEqual({
      'targets.max_revenue_share': ['At most 100 %'],
    });
    expect(issue('tiers.Strategic.min_arr', '100')).toEqual({
      'tiers.Strategic.min_arr': ["Must be above Enterprise's $300,000"],
    });
    expect(issue('tiers.Enterprise.min_arr', '2,000,000')).toEqual({
      'tiers.Enterprise.min_arr': ["Must be below Strategic's $1,200,000.01"],
    });
  });

  it('puts crossed growth bands on the band typed in, by its label', () => {
    const issues = (path: string, text: string) => {
      const outcome = applyDrafts(DEFAULT_POLICY, { [path]: text }, fields);
      return outcome.ok ? null : outcome.issues;
    };
    expect(issues('growth.expanding_above', '-20')).toEqual({
      'growth.expanding_above': ['Must not be below “Contracting below” −10 %'],
    });
    expect(issues('growth.contracting_below', '20')).toEqual({
      'growth.contracting_below': ['Must not be above “Expanding above” 10 %'],
    });
  });

  it('shows a tier-order problem beside a bound problem of another edit', () => {
    const outcome = applyDrafts(
      DEFAULT_POLICY,
      {
        'tiers.Mid-Market.min_workers': '60',
        'targets.max_revenue_share': '150',
        'growth.expanding_above': '-20',
      },
      fields,
    );
    expect(outcome).toEqual({
      ok: false,
      issues: {
        'targets.max_revenue_share': ['At most 100 %'],
        'tiers.Mid-Market.min_workers': [
          "Must be below Enterprise's 51 workers",
        ],
        'growth.expanding_above': [
          'Must not be below “Contracting below” −10 %',
        ],
      },
    });
  });

  it('reports schema issues such as a zero CSM ratio', () => {
    const outcome = applyDrafts(
      DEFAULT_POLICY,
      { 'tiers.SMB.csm_ratio': '0' },
      fields,
    );
    expect(outcome).toEqual({
      ok: false,
      issues: { 'tiers.SMB.csm_ratio': ['At least 1 client'] },
    });
  });
});

describe('settleDrafts and isFieldChanged', () => {
  it('drops drafts the policy now holds and keeps the rest', () => {
    const policy = setPolicyValue(DEFAULT_POLICY, 'tiers.SMB.csm_ratio', 40);
    const left = settleDrafts(
      policy,
      {
        'tiers.SMB.csm_ratio': '40',
        'tiers.SMB.pepm': '500',
        'costs.ticket_cost': 'x',
      },
      fields,
    );
    expect(left).toEqual({ 'tiers.SMB.pepm': '500', 'costs.ticket_cost': 'x' });
  });

  it('tells a changed field from an unchanged one', () => {
    const scenario = setPolicyValue(
      clonePolicy(DEFAULT_POLICY, 'S'),
      'costs.ticket_cost',
      50,
    );
    expect(isFieldChanged(scenario, DEFAULT_POLICY, 'costs.ticket_cost')).toBe(
      true,
    );
    expect(
      isFieldChanged(scenario, DEFAULT_POLICY, 'costs.platform_per_client'),
    ).toBe(false);
  });
});
