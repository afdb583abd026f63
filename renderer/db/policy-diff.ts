/**
 * The values that differ between two policies, as dotted paths with their
 * value before and after: what an edit log entry says changed.
 */
import type { PolicyChange } from './records';

type Node = unknown;

function isBranch(value: Node): value is Record<string, Node> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every leaf whose value differs, in the order of the policy's keys
 * (`tiers.Mid-Market.min_workers`); a missing policy (null) has no values.
 */
export function diffPolicies(before: Node, after: Node): PolicyChange[] {
  const changes: PolicyChange[] = [];
  walk(before ?? {}, after ?? {}, '', changes);
  return changes;
}

function walk(a: Node, b: Node, prefix: string, out: PolicyChange[]): void {
  if (isBranch(a) || isBranch(b)) {
    const left = isBranch(a) ? a : {};
    const right = isBranch(b) ? b : {};
    const keys = new Set([...Object.keys(right), ...Object.keys(left)]);
    for (const key of keys) {
      walk(left[key], right[key], prefix ? `${prefix}.${key}` : key, out);
    }
    return;
  }
  if (!sameValue(a, b)) {
    out.push({ path: prefix, before: a ?? null, after: b ?? null });
  }
}

/** Whether two JSON values are equal (arrays by content). */
export function sameValue(a: Node, b: Node): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
