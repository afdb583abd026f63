import { describe, expect, it } from 'vitest';

import { parseChurn } from '../../../../shared/import/values/flags';
import { mapIndustry } from '../../../../shared/import/values/industry';
import {
  cleanCell,
  isExcelError,
  isMissingToken,
} from '../../../../shared/import/values/tokens';
import {
  CHURN_NO,
  CHURN_YES,
  INDUSTRIES,
  UNASSIGNED,
} from '../../../../shared/domain';

describe('missing-value tokens', () => {
  it.each(['', 'N/A', 'n/a', '#N/A', 'NULL', 'null', 'NaN', '-', '—'])(
    '%j is missing',
    (token) => {
      expect(isMissingToken(token, 'numeric')).toBe(true);
      expect(isMissingToken(token, 'text')).toBe(true);
    },
  );

  it('NA is missing only in numeric fields', () => {
    expect(isMissingToken('NA', 'numeric')).toBe(true);
    expect(isMissingToken('NA', 'text')).toBe(false);
  });

  it.each(['0', 'none', 'nil?', 'N/A2', 'Nancy'])('%j is a value', (value) => {
    expect(isMissingToken(value, 'numeric')).toBe(false);
  });

  it('trims every kind of space, no-break ones and a stray BOM included', () => {
    expect(cleanCell('\u00a0 75\u202f ')).toBe('75');
    expect(cleanCell('\ufeffclient_id')).toBe('client_id');
    expect(isMissingToken(cleanCell('\u00a0'), 'numeric')).toBe(true);
  });

  it.each([
    ['#VALUE!', true],
    ['#REF!', true],
    ['#DIV/0!', true],
    ['#NAME?', true],
    ['#N/A', false],
    ['#1', false],
  ])('%j is an Excel error: %s', (text, expected) => {
    expect(isExcelError(text)).toBe(expected);
  });
});

describe('parseChurn', () => {
  it.each(['Yes', 'TRUE', '1', 'Y', 'Churned', 'churned', 'true'])(
    '%j is churned',
    (v) => {
      expect(parseChurn(v)).toBe(CHURN_YES);
    },
  );
  it.each(['No', 'FALSE', '0', 'N', 'Active', 'active'])(
    '%j is not churned',
    (v) => {
      expect(parseChurn(v)).toBe(CHURN_NO);
    },
  );
  it.each(['maybe', '2', 'yes!'])('%j is unknown', (v) => {
    expect(parseChurn(v)).toBeNull();
  });
});

describe('mapIndustry', () => {
  const code = (name: (typeof INDUSTRIES)[number]) => INDUSTRIES.indexOf(name);
  it.each<[string, (typeof INDUSTRIES)[number]]>([
    ['Software', 'Technology'],
    ['SaaS', 'Technology'],
    ['IT Services', 'Technology'],
    ['DevTools', 'Technology'],
    ['Cybersecurity', 'Technology'],
    ['EdTech', 'Technology'],
    ['Media-tech', 'Technology'],
    ['Finance', 'Financial Services'],
    ['Banking', 'Financial Services'],
    ['Insurance', 'Financial Services'],
    ['Payments', 'Financial Services'],
    ['FinTech', 'Financial Services'],
    ['Healthcare', 'Life Sciences'],
    ['HealthTech', 'Life Sciences'],
    ['Biotech', 'Life Sciences'],
    ['Pharma', 'Life Sciences'],
    ['Medical Devices', 'Life Sciences'],
    ['Life Sciences', 'Life Sciences'],
    ['Consulting', 'Professional Services'],
    ['Legal, Professional Services', 'Professional Services'],
    ['Accounting', 'Professional Services'],
    ['Staffing', 'Professional Services'],
    ['Media', 'Other'],
    ['Hospitality', 'Other'],
    ['Digital Retail', 'Other'],
    ['Logistics', 'Other'],
  ])('%j → %s', (raw, industry) => {
    expect(mapIndustry(raw)).toBe(code(industry));
  });

  it('leaves a blank industry unassigned', () => {
    expect(mapIndustry('  ')).toBe(UNASSIGNED);
  });
});
