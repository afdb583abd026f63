/**
 * Churn flags and statuses as different systems write them: Yes/No,
 * TRUE/FALSE, 1/0, Y/N, Churned/Active, and account statuses.
 */
import { CHURN_NO, CHURN_YES } from '../../domain';

const CHURNED = new Set([
  'yes',
  'y',
  'true',
  't',
  '1',
  'churned',
  'churn',
  'cancelled',
  'canceled',
  'inactive',
  'lost',
  'former',
]);
const ACTIVE = new Set([
  'no',
  'n',
  'false',
  'f',
  '0',
  'active',
  'retained',
  'current',
]);

/** CHURN_YES, CHURN_NO, or null when the value says neither. */
export function parseChurn(trimmed: string): number | null {
  const folded = trimmed.toLowerCase();
  if (CHURNED.has(folded)) return CHURN_YES;
  if (ACTIVE.has(folded)) return CHURN_NO;
  return null;
}
