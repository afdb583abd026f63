/**
 * Expected figures of the RavenStack files, computed here straight from the
 * CSV text (no app code), to check what the app shows.
 */
import { readFileSync } from 'node:fs';

import { sharedFile } from './harness';

export const ACCOUNTS = sharedFile('data/ravenstack/ravenstack_accounts.csv');
export const SUBSCRIPTIONS = sharedFile(
  'data/ravenstack/ravenstack_subscriptions.csv',
);

function rows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const names = header!.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])),
  );
}

/** `16-10-2024` → `2024-10-16`. */
function iso(ddmmyyyy: string): string {
  const [d, m, y] = ddmmyyyy.split('-');
  return `${y}-${m}-${d}`;
}

/** MRR (whole USD) per account of the subscriptions active on `day`. */
export function mrrActiveOn(day: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows(SUBSCRIPTIONS)) {
    const start = iso(row.start_date!);
    const end = row.end_date ? iso(row.end_date) : null;
    if (start > day || (end !== null && end < day)) continue;
    out.set(
      row.account_id!,
      (out.get(row.account_id!) ?? 0) + Number(row.mrr_amount),
    );
  }
  return out;
}

/** Seats of each account. */
export function seatsByAccount(): Map<string, number> {
  return new Map(
    rows(ACCOUNTS).map((row) => [row.account_id!, Number(row.seats)]),
  );
}

/** The size tier the default thresholds give a worker count. */
export function defaultTier(workers: number): string {
  if (workers >= 201) return 'Strategic';
  if (workers >= 51) return 'Enterprise';
  if (workers >= 11) return 'Mid-Market';
  return 'SMB';
}
