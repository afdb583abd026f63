/**
 * Adding up the lines of one client (one row per worker or per billing
 * line): workers counted, or summed from a workers/seats column; countries
 * distinct; fees, tickets and prior values summed; descriptive fields from
 * the first line that has them.
 */
import { CHURN_NO, CHURN_UNKNOWN, CHURN_YES, UNASSIGNED } from '../domain';
import type { ClientColumns } from '../columns';
import type { Draft } from './record-draft';

/** The running totals of one client's lines. */
export type ClientLines = {
  readonly id: string;
  readonly firstRecord: number;
  readonly firstLine: number;
  lines: number;
  workers: number;
  workersKnown: number;
  countries: Set<string>;
  countryCount: number;
  /** Sum of the lines' ARR (each line's ARR column, else 12 × its MRR). */
  arrCents: number;
  arrKnown: number;
  workersPrior: number;
  arrPriorCents: number;
  tickets: number;
  name: string;
  industryRaw: string;
  industry: number;
  csmId: string;
  health: number;
  growthPpm: number;
  churnYes: number;
  churnNo: number;
  signedDate: string;
};

/** Totals for a client first seen on the draft's record. */
export function createClientLines(d: Draft): ClientLines {
  return {
    id: d.id,
    firstRecord: d.record,
    firstLine: d.line,
    lines: 0,
    workers: 0,
    workersKnown: 0,
    countries: new Set(),
    countryCount: NaN,
    arrCents: 0,
    arrKnown: 0,
    workersPrior: NaN,
    arrPriorCents: NaN,
    tickets: NaN,
    name: '',
    industryRaw: '',
    industry: UNASSIGNED,
    csmId: '',
    health: NaN,
    growthPpm: NaN,
    churnYes: 0,
    churnNo: 0,
    signedDate: '',
  };
}

/** Adds one accepted line to its client's totals. */
export function addLine(c: ClientLines, d: Draft): void {
  c.lines++;
  if (!Number.isNaN(d.workers))
    [c.workers, c.workersKnown] = [c.workers + d.workers, c.workersKnown + 1];
  if (d.countries !== '')
    for (const code of d.countries.split(';')) c.countries.add(code);
  else if (!Number.isNaN(d.countryCount))
    c.countryCount = maxKnown(c.countryCount, d.countryCount);
  if (!Number.isNaN(d.arrCents))
    [c.arrCents, c.arrKnown] = [c.arrCents + d.arrCents, c.arrKnown + 1];
  c.workersPrior = sumKnown(c.workersPrior, d.workersPrior);
  c.arrPriorCents = sumKnown(c.arrPriorCents, d.arrPriorCents);
  c.tickets = sumKnown(c.tickets, d.tickets);
  addDescriptive(c, d);
}

function addDescriptive(c: ClientLines, d: Draft): void {
  if (c.name === '') c.name = d.name;
  if (c.industryRaw === '' && d.industryRaw !== '') {
    [c.industryRaw, c.industry] = [d.industryRaw, d.industry];
  }
  if (c.csmId === '') c.csmId = d.csmId;
  if (Number.isNaN(c.health)) c.health = d.health;
  if (Number.isNaN(c.growthPpm)) c.growthPpm = d.growthPpm;
  if (d.churned === CHURN_YES) c.churnYes++;
  if (d.churned === CHURN_NO) c.churnNo++;
  if (
    d.signedDate !== '' &&
    (c.signedDate === '' || d.signedDate < c.signedDate)
  ) {
    c.signedDate = d.signedDate;
  }
}

function sumKnown(total: number, value: number): number {
  if (Number.isNaN(value)) return total;
  return Number.isNaN(total) ? value : total + value;
}

function maxKnown(current: number, value: number): number {
  return Number.isNaN(current) ? value : Math.max(current, value);
}

/**
 * Writes a client's totals as client k. Workers are the lines counted
 * when no workers column is mapped; a client whose lines all churned (or
 * all ended in the period, `churnedInPeriod`) is churned.
 */
export function writeClientLines(
  out: ClientColumns,
  k: number,
  c: ClientLines,
  countWorkers: boolean,
  churnedInPeriod: boolean,
): void {
  out.clientId[k] = c.id;
  out.name[k] = c.name;
  out.workers[k] = countWorkers
    ? c.lines
    : c.workersKnown > 0
      ? c.workers
      : NaN;
  const listed = c.countries.size;
  out.countryCount[k] =
    listed > 0 ? Math.max(listed, c.countryCount || 0) : c.countryCount;
  out.countries[k] = [...c.countries].join(';');
  out.industryRaw[k] = c.industryRaw;
  out.industry[k] = c.industry;
  out.arrCents[k] = c.arrKnown > 0 ? c.arrCents : NaN;
  out.growthPpm[k] = c.growthPpm;
  out.workersPrior[k] = c.workersPrior;
  out.arrPriorCents[k] = c.arrPriorCents;
  out.health[k] = c.health;
  out.churned[k] = churnedInPeriod ? CHURN_YES : churnCode(c);
  out.csmId[k] = c.csmId;
  out.tickets[k] = c.tickets;
  out.signedDate[k] = c.signedDate;
}

function churnCode(c: ClientLines): number {
  if (c.churnNo > 0) return CHURN_NO;
  return c.churnYes > 0 ? CHURN_YES : CHURN_UNKNOWN;
}
