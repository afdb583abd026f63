import { describe, expect, it } from 'vitest';

import {
  applyBreakEven,
  currentPepmText,
  marginAtText,
  pepmCell,
  ratioCell,
  ratioComparison,
} from '../../../../../renderer/features/scenario/breakeven/breakeven-rows';
import { DEFAULT_POLICY } from '../../../../../shared/policy';
import type { BreakEven } from '../../../../../shared/scenario/types';

const row = (over: Partial<BreakEven>): BreakEven => ({
  tier: 'SMB',
  gm_target: 0.5,
  gross_margin: 0.45,
  client_count: 100,
  current_ratio: 50,
  ratio: 62,
  ratio_status: 'solved',
  ratio_margin: 0.5004,
  current_min_pepm_cents: null,
  min_pepm_cents: 45465,
  min_pepm_status: 'solved',
  min_pepm_margin: 0.50001,
  ...over,
});

describe('break-even rows', () => {
  it('shows solved values and compares the ratio with the one in place', () => {
    expect(ratioCell(row({}))).toEqual({
      text: '1:62',
      status: null,
      tone: null,
      applicable: true,
    });
    expect(ratioComparison(row({}))).toBe(
      'needs 12 more clients per CSM than now',
    );
    expect(ratioComparison(row({ ratio: 31, current_ratio: 40 }))).toBe(
      '9 fewer clients per CSM than now still meets the target',
    );
    expect(ratioCell(row({ ratio: 50 })).applicable).toBe(false);
    expect(pepmCell(row({}), 'USD')).toEqual({
      text: '$454.65',
      status: null,
      tone: null,
      applicable: true,
    });
    expect(currentPepmText(row({}), 'USD')).toBe('none');
    expect(currentPepmText(row({ current_min_pepm_cents: 30000 }), 'EUR')).toBe(
      '€300.00',
    );
  });

  it('writes every status in words and offers nothing to apply', () => {
    const always = row({
      ratio: 1,
      ratio_status: 'always_met',
      min_pepm_cents: null,
      min_pepm_status: 'always_met',
    });
    expect(ratioCell(always)).toEqual({
      text: 'Always met',
      status: 'Always met: even 1 client per CSM meets the target',
      tone: 'good',
      applicable: false,
    });
    expect(pepmCell(always, 'USD').status).toBe(
      'Always met: no minimum PEPM needed',
    );
    const none = row({
      ratio: null,
      ratio_status: 'unreachable',
      min_pepm_cents: null,
      min_pepm_status: 'no_clients',
    });
    expect(ratioCell(none).status).toBe('Not reachable by the ratio alone');
    expect(ratioCell(none).tone).toBe('bad');
    expect(pepmCell(none, 'USD')).toEqual({
      text: 'No clients',
      status: 'No clients with a known revenue',
      tone: 'none',
      applicable: false,
    });
  });

  it('puts a solved value in the tier’s policy and leaves the rest alone', () => {
    const ratio = applyBreakEven(
      DEFAULT_POLICY,
      row({ tier: 'Mid-Market', ratio: 14 }),
      'ratio',
    );
    expect(ratio.tiers['Mid-Market'].csm_ratio).toBe(14);
    expect(ratio.tiers.SMB).toBe(DEFAULT_POLICY.tiers.SMB);
    expect(ratio.tiers['Mid-Market'].min_pepm).toBeNull();
    const pepm = applyBreakEven(
      DEFAULT_POLICY,
      row({ tier: 'Strategic', min_pepm_cents: 37919 }),
      'pepm',
    );
    expect(pepm.tiers.Strategic.min_pepm).toBe(379.19);
    expect(pepm.tiers.Strategic.csm_ratio).toBe(3);
  });
});

describe('margin at a solved value', () => {
  it('says "just above" when two digits would show it equal to the target', () => {
    expect(marginAtText(0.500002, 0.5)).toBe('margin just above 50.00 % at it');
    expect(marginAtText(0.6044, 0.6)).toBe('margin 60.44 % at it');
  });
});
