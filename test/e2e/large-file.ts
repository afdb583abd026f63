/**
 * Large client lists written with the closed-form rules of
 * shared/cases/24_gen_large.py, so every tier count is known in advance.
 */
import { writeFileSync } from 'node:fs';

const HEADER =
  'client_id,client_name,workers,countries,industry,arr,qoq_growth,health_score,churned,csm,support_tickets';
const INDUSTRIES = [
  'Retail',
  'Finance',
  'Technology',
  'Healthcare',
  'Manufacturing',
];

/** Writes `rows` generated clients as CSV to `path`. */
export function writeLargeClientList(path: string, rows: number): void {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    const workers = ((37 * i) % 400) + 1;
    const countries = (i % 12) + 1;
    const arr = 1000 * (((7 * i) % 1500) + 1);
    const growth = (i % 40) - 20;
    const csm = `CSM-${String(i % 25).padStart(2, '0')}`;
    const id = `L${String(i).padStart(7, '0')}`;
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    lines.push(
      `${id},Generated Client ${i},${workers},${countries},${industry},${arr},${growth}%,${50 + (i % 50)},${i % 10 === 0 ? 'Yes' : 'No'},${csm},${i % 6}`,
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** Clients of each size tier among `rows` generated ones (rows a multiple of 400). */
export function expectedSizeTiers(rows: number): Record<string, number> {
  const perValue = rows / 400;
  return {
    SMB: 10 * perValue,
    'Mid-Market': 40 * perValue,
    Enterprise: 150 * perValue,
    Strategic: 200 * perValue,
  };
}
