/**
 * A history entry in words: what changed, in the editor's labels and units
 * (`Mid-Market starts at workers 11 → 16`), and when, relative to now.
 */
import type { HistoryEntry } from '../../../db/policy-history';
import type { PolicyChange } from '../../../db/records';
import { formatFieldValue } from '../policy-edit';
import { COMPLEXITIES, TIERS } from '../../../../shared/domain';
import {
  COMPLEXITY_PARAMETERS,
  SIZE_BASIS_OPTIONS,
  TIER_PARAMETERS,
  getAllPolicyFields,
  type PolicyField,
} from '../policy-fields';

const FIELDS = new Map(getAllPolicyFields().map((f) => [f.path, f]));

/** `Clients per CSM` → `clients per CSM` (acronyms stay as they are). */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Labels for a sentence, by path: `Mid-Market starts at workers`. */
const LABELS = new Map<string, string>([
  ...TIERS.flatMap((tier) =>
    TIER_PARAMETERS.map(
      (p) =>
        [`tiers.${tier}.${p.key}`, `${tier} ${lowerFirst(p.label)}`] as const,
    ),
  ),
  ...COMPLEXITIES.flatMap((level) =>
    COMPLEXITY_PARAMETERS.map(
      (p) =>
        [
          `complexity.${level}.${p.key}`,
          `${level} complexity ${lowerFirst(p.label)}`,
        ] as const,
    ),
  ),
]);

function labelOf(field: PolicyField): string {
  return LABELS.get(field.path) ?? field.label;
}

/** A value as the editor shows it, with its unit: `$450`, `55 %`, `none`. */
export function formatChangeValue(path: string, value: unknown): string {
  const field = FIELDS.get(path);
  if (value === null || value === undefined) return 'none';
  if (!field) return typeof value === 'string' ? value : JSON.stringify(value);
  if (field.kind === 'size-basis') {
    const option = SIZE_BASIS_OPTIONS.find((o) => o.value === value);
    return option?.label ?? String(value);
  }
  const text = formatFieldValue(field.kind, value);
  if (field.kind === 'percent') return `${text} %`;
  if (field.kind === 'money' || field.kind === 'money-or-none')
    return `$${text}`;
  return text;
}

/** One change in words: `Mid-Market clients per CSM 20 → 30`. */
export function describeChange(change: PolicyChange): string {
  const before = formatChangeValue(change.path, change.before);
  const after = formatChangeValue(change.path, change.after);
  if (change.path === 'name') return `Name “${before}” → “${after}”`;
  const field = FIELDS.get(change.path);
  return `${field ? labelOf(field) : change.path} ${before} → ${after}`;
}

/** The lines an entry is shown as: its origin, or each change. */
export function describeEntry(entry: HistoryEntry): string[] {
  switch (entry.action) {
    case 'create':
      return ['Created from the baseline'];
    case 'clone':
      return [`Cloned from “${entry.source ?? 'a scenario'}”`];
    case 'import':
      return [`Imported from ${entry.source ?? 'a policy file'}`];
    default:
      return entry.changes.length > 0
        ? entry.changes.map(describeChange)
        : ['No change in the end'];
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `just now`, `5 min ago`, `3 h ago`, `yesterday`, `4 days ago`, or the date. */
export function formatRelativeTime(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (ms < 45_000) return 'just now';
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min ago`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h ago`;
  if (ms < 2 * DAY) return 'yesterday';
  if (ms < 7 * DAY) return `${Math.floor(ms / DAY)} days ago`;
  return new Date(iso).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** The exact time for a tooltip: `Sep 30, 2026, 09:00:10`. */
export function formatExactTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}
