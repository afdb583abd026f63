/**
 * Policy issues worded for the editor: in the unit the field is typed in
 * (percent, USD, workers), and on the field the user typed in when a rule
 * compares two fields.
 */
import type { Policy, PolicyIssue } from '../../../shared/policy';
import { formatMoney } from '../../ui/format';
import { formatFieldValue, getPolicyValue } from './policy-edit';
import type { PolicyField } from './policy-fields';

/** An issue as the editor shows it: the field it sits on and its text. */
export type EditorIssue = { readonly path: string; readonly message: string };

/** A policy value in the unit its field is typed in: `−100 %`, `$300,000`. */
export function formatInUnit(field: PolicyField | undefined, value: number) {
  switch (field?.kind) {
    case 'percent':
      return `${formatFieldValue('percent', value).replace('-', '−')} %`;
    case 'money':
    case 'money-or-none':
      return formatMoney(
        Math.round(value * 100),
        'USD',
        !Number.isInteger(value),
      );
    default:
      return withUnit(formatFieldValue('int', value), field?.unit ?? '', value);
  }
}

// Only a plain one-word unit reads after a number ("51 workers").
function withUnit(text: string, unit: string, value: number): string {
  if (!/^[a-z]+$/.test(unit)) return text;
  return `${text} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** How another field is named in a message: "Enterprise's", "Low's". */
function ownerName(path: string, fields: ReadonlyMap<string, PolicyField>) {
  const [group, owner] = path.split('.');
  if (group === 'tiers' || group === 'complexity') return `${owner}'s`;
  return `“${fields.get(path)?.label ?? path}”`;
}

/**
 * One validation issue worded for the editor. A comparison between two
 * fields is moved onto the other field when only that one was edited,
 * and reversed ("must be below …").
 */
export function describeIssue(
  issue: PolicyIssue,
  policy: Policy,
  fields: ReadonlyMap<string, PolicyField>,
  edited: ReadonlySet<string>,
): EditorIssue {
  const field = fields.get(issue.path);
  const bound = issue.bound;
  const unit = (value: number) => formatInUnit(field, value);
  if (!bound) return { path: issue.path, message: sentence(issue.message) };
  switch (bound.kind) {
    case 'whole':
      return { path: issue.path, message: 'Must be a whole number' };
    case 'min':
      return {
        path: issue.path,
        message: `${bound.inclusive ? 'At least' : 'Must be above'} ${unit(bound.limit)}`,
      };
    case 'max':
      return {
        path: issue.path,
        message: `${bound.inclusive ? 'At most' : 'Must be below'} ${unit(bound.limit)}`,
      };
    case 'above':
    case 'not-above':
      return describeComparison(issue.path, bound, policy, fields, edited);
  }
}

function describeComparison(
  path: string,
  bound: { kind: 'above' | 'not-above'; other: string; limit: number },
  policy: Policy,
  fields: ReadonlyMap<string, PolicyField>,
  edited: ReadonlySet<string>,
): EditorIssue {
  const reversed = edited.has(bound.other) && !edited.has(path);
  const [on, against] = reversed ? [bound.other, path] : [path, bound.other];
  const value = Number(getPolicyValue(policy, against));
  const figure = formatInUnit(fields.get(on), value);
  const verb = {
    above: reversed ? 'Must be below' : 'Must be above',
    'not-above': reversed ? 'Must not be below' : 'Must not be above',
  }[bound.kind];
  return {
    path: on,
    message: `${verb} ${ownerName(against, fields)} ${figure}`,
  };
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
