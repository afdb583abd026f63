/**
 * The policy editor's pure half: reading and writing a value at a dotted
 * path, turning input text into a value and back, and applying a set of
 * edits as one validated policy (or the issues that stop it).
 */
import {
  PolicyError,
  validatePolicy,
  type Policy,
} from '../../../shared/policy';
import type { PolicyField, PolicyFieldKind } from './policy-fields';
import { describeIssue } from './policy-issues';

/** The value at a dotted path (`tiers.SMB.csm_ratio`), or undefined. */
export function getPolicyValue(policy: Policy, path: string): unknown {
  let node: unknown = policy;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of the policy with one value replaced; not validated. */
export function setPolicyValue(
  policy: Policy,
  path: string,
  value: unknown,
): Policy {
  return setIn(policy, path.split('.'), value) as Policy;
}

function setIn(
  node: unknown,
  keys: readonly string[],
  value: unknown,
): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [string, ...string[]];
  const record = (node ?? {}) as Record<string, unknown>;
  return { ...record, [key]: setIn(record[key], rest, value) };
}

export type ParsedInput =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/** Number text as people type it: `1,200`, `$60,000.50`, `−5 %`, `12.5`. */
export function parseDecimalText(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(USD|\$)/i, '')
    .replace(/%$/, '')
    .replace(/\u2212/g, '-')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

// Fractions typed as percent are divided by 100; rounding to 12 significant
// digits drops the float tail (7.1 / 100 = 0.07099999999999999).
function fromPercent(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** Input text of a field parsed to the value the policy holds. */
export function parseFieldInput(
  kind: PolicyFieldKind,
  text: string,
): ParsedInput {
  const trimmed = text.trim();
  if (kind === 'size-basis') return { ok: true, value: trimmed };
  if (trimmed === '') {
    return kind === 'money-or-none'
      ? { ok: true, value: null }
      : { ok: false, message: 'A value is required' };
  }
  const number = parseDecimalText(trimmed);
  if (number === null) return { ok: false, message: 'Not a number' };
  return checkNumber(kind, number);
}

function checkNumber(kind: PolicyFieldKind, number: number): ParsedInput {
  switch (kind) {
    case 'int':
      return Number.isInteger(number)
        ? { ok: true, value: number }
        : { ok: false, message: 'Must be a whole number' };
    case 'money':
    case 'money-or-none':
      return Number.isInteger(Math.round(number * 100 * 1e6) / 1e6)
        ? { ok: true, value: Math.round(number * 100) / 100 }
        : { ok: false, message: 'At most 2 decimals (cents)' };
    case 'percent':
      return { ok: true, value: fromPercent(number) };
    case 'number':
    case 'size-basis':
      return { ok: true, value: number };
  }
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A policy value as input text (the inverse of parseFieldInput). */
export function formatFieldValue(kind: PolicyFieldKind, value: unknown) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  switch (kind) {
    case 'percent':
      return String(Number((value * 100).toPrecision(12)));
    case 'money':
    case 'money-or-none':
    case 'int':
      return grouped.format(value);
    case 'number':
    case 'size-basis':
      return String(value);
  }
}

/** Issues by field path; '' holds those that name no field. */
export type FieldIssues = Readonly<Record<string, readonly string[]>>;

export type DraftOutcome =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly issues: FieldIssues };

/**
 * Applies the pending input texts (path → text) over the policy and
 * validates the whole: either the new policy, or every issue by path.
 */
export function applyDrafts(
  policy: Policy,
  drafts: Readonly<Record<string, string>>,
  fields: readonly PolicyField[],
): DraftOutcome {
  const kinds = new Map(fields.map((field) => [field.path, field.kind]));
  const issues: Record<string, string[]> = {};
  const values: [string, unknown][] = [];

  for (const [path, text] of Object.entries(drafts)) {
    const parsed = parseFieldInput(kinds.get(path) ?? 'number', text);
    if (parsed.ok) values.push([path, parsed.value]);
    else issues[path] = [parsed.message];
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  const next = values.reduce(
    (p, [path, v]) => setPolicyValue(p, path, v),
    policy,
  );
  const whole = validateEdited(next, fields, new Set(Object.keys(drafts)));
  if (whole.ok || values.length < 2) return whole;
  // The tier-order rules run only once every value passes its own bounds:
  // the edits without a problem of their own are checked again together,
  // so every problem shows at once.
  const flagged = new Set(Object.keys(whole.issues));
  const rest = values.filter(([path]) => !flagged.has(path));
  if (rest.length === 0 || rest.length === values.length) return whole;
  const restPolicy = rest.reduce(
    (p, [path, v]) => setPolicyValue(p, path, v),
    policy,
  );
  const edited = new Set(rest.map(([path]) => path));
  const again = validateEdited(restPolicy, fields, edited);
  return { ok: false, issues: mergeIssues([whole, again]) };
}

function mergeIssues(outcomes: readonly DraftOutcome[]): FieldIssues {
  const merged: Record<string, string[]> = {};
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    for (const [path, messages] of Object.entries(outcome.issues)) {
      const list = (merged[path] ??= []);
      for (const m of messages) if (!list.includes(m)) list.push(m);
    }
  }
  return merged;
}

function validateEdited(
  policy: Policy,
  fields: readonly PolicyField[],
  edited: ReadonlySet<string>,
): DraftOutcome {
  try {
    return { ok: true, policy: validatePolicy(policy) };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const byPath = new Map(fields.map((field) => [field.path, field]));
    const issues: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const shown = describeIssue(issue, policy, byPath, edited);
      (issues[shown.path] ??= []).push(shown.message);
    }
    return { ok: false, issues };
  }
}

/** Whether a field's value differs between two policies. */
export function isFieldChanged(
  policy: Policy,
  reference: Policy,
  path: string,
): boolean {
  return getPolicyValue(policy, path) !== getPolicyValue(reference, path);
}

/** Drafts whose value the policy now holds are done: drop them. */
export function settleDrafts(
  policy: Policy,
  drafts: Readonly<Record<string, string>>,
  fields: readonly PolicyField[],
): Record<string, string> {
  const kinds = new Map(fields.map((field) => [field.path, field.kind]));
  const left: Record<string, string> = {};
  for (const [path, text] of Object.entries(drafts)) {
    const parsed = parseFieldInput(kinds.get(path) ?? 'number', text);
    const held = getPolicyValue(policy, path);
    if (!parsed.ok || parsed.value !== held) left[path] = text;
  }
  return left;
}
