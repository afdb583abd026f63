/**
 * The sweep form's rules: from, to and steps as typed, checked against the
 * range that keeps the policy valid, with a message a user can act on for
 * each field that is wrong.
 */
import type {
  SweepParameter,
  SweepRange,
} from '../../../../shared/scenario/types';
import {
  formatParameterValue,
  isWholeParameter,
  parameterUnit,
} from './sweep-parameters';

/** The most values one sweep computes. */
export const MAX_STEPS = 200;
/** Steps a new sweep starts with. */
export const DEFAULT_STEPS = 50;

/** The form's fields as typed. */
export type SweepDraft = {
  readonly from: string;
  readonly to: string;
  readonly steps: string;
};

export type SweepField = keyof SweepDraft;

/** A checked form: the numbers, or a message per wrong field. */
export type SweepCheck =
  | {
      readonly ok: true;
      readonly from: number;
      readonly to: number;
      readonly steps: number;
    }
  | {
      readonly ok: false;
      readonly issues: Readonly<Partial<Record<SweepField, string>>>;
    };

/** The draft a parameter starts with: its whole valid range, 50 steps. */
export function defaultDraft(
  parameter: SweepParameter,
  range: SweepRange,
): SweepDraft {
  return {
    from: writeValue(parameter, range.min),
    to: writeValue(parameter, range.max),
    steps: String(DEFAULT_STEPS),
  };
}

/** A value as an input holds it: plain digits, no separators. */
export function writeValue(parameter: SweepParameter, value: number): string {
  return isWholeParameter(parameter)
    ? String(Math.round(value))
    : String(Number(value.toFixed(2)));
}

/** A typed number: separators, spaces and a leading `$` are allowed. */
export function readNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '').replace(/^\$/, '');
  if (cleaned === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Checks the draft against the parameter's valid range. */
export function checkSweep(
  parameter: SweepParameter,
  range: SweepRange,
  draft: SweepDraft,
): SweepCheck {
  const issues: Partial<Record<SweepField, string>> = {};
  const from = checkValue(parameter, range, draft.from, 'From', issues, 'from');
  const to = checkValue(parameter, range, draft.to, 'To', issues, 'to');
  if (from !== null && to !== null && from >= to) {
    issues.to = `To must be above From (${formatParameterValue(parameter, from)}).`;
  }
  const steps = checkSteps(draft.steps, issues);
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return { ok: true, from: from!, to: to!, steps: steps! };
}

function checkValue(
  parameter: SweepParameter,
  range: SweepRange,
  text: string,
  name: string,
  issues: Partial<Record<SweepField, string>>,
  field: SweepField,
): number | null {
  const unit = parameterUnit(parameter);
  const value = readNumber(text);
  if (value === null) {
    issues[field] = `${name} must be a number (${unit}).`;
    return null;
  }
  if (isWholeParameter(parameter) && !Number.isInteger(value)) {
    issues[field] = `${name} must be a whole number (${unit}).`;
    return null;
  }
  if (value < range.min || value > range.max) {
    issues[field] =
      `${name} must be between ${formatParameterValue(parameter, range.min)} and ${formatParameterValue(parameter, range.max)}: ${rangeReason(parameter)}.`;
    return null;
  }
  return value;
}

function rangeReason(parameter: SweepParameter): string {
  return parameter.kind === 'csm_ratio'
    ? 'the range a sweep offers for a ratio'
    : 'beyond it this line would cross the line of the level beside it';
}

function checkSteps(
  text: string,
  issues: Partial<Record<SweepField, string>>,
): number | null {
  const steps = readNumber(text);
  if (
    steps === null ||
    !Number.isInteger(steps) ||
    steps < 2 ||
    steps > MAX_STEPS
  ) {
    issues.steps = `Steps must be a whole number from 2 to ${MAX_STEPS}.`;
    return null;
  }
  return steps;
}

/**
 * The draft with from and to pulled into a new range (after a policy edit
 * moved a neighbouring line); fields that are not numbers stay as typed.
 */
export function clampDraft(
  parameter: SweepParameter,
  range: SweepRange,
  draft: SweepDraft,
): SweepDraft {
  const clamp = (text: string) => {
    const value = readNumber(text);
    if (value === null) return text;
    const inside = Math.min(range.max, Math.max(range.min, value));
    return inside === value ? text : writeValue(parameter, inside);
  };
  return { ...draft, from: clamp(draft.from), to: clamp(draft.to) };
}
