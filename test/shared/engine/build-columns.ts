/** Builds ClientColumns from readable client objects, for engine tests. */
import {
  CHURN_NO,
  CHURN_UNKNOWN,
  CHURN_YES,
  INDUSTRIES,
  TIERS,
  UNASSIGNED,
  type Industry,
  type Tier,
} from '../../../shared/domain';
import {
  createClientColumns,
  type ClientColumns,
} from '../../../shared/columns';
import { centsFromUsd } from '../../../shared/money';

/** One client as a test writes it; money in USD, growth in percent. */
export type ClientInput = {
  readonly id?: string;
  readonly name?: string;
  readonly workers?: number;
  readonly countries?: number;
  readonly industry?: Industry;
  readonly mrr?: number;
  readonly arr?: number;
  /** Exact cents, for boundary tests (wins over arr and mrr). */
  readonly arrCents?: number;
  readonly growthPct?: number;
  readonly workersPrior?: number;
  readonly arrPrior?: number;
  readonly newClient?: boolean;
  readonly health?: number;
  readonly churned?: boolean | null;
  readonly csm?: string;
  readonly tickets?: number;
  readonly signed?: string;
  readonly override?: Tier;
};

function arrCentsOf(client: ClientInput): number {
  if (client.arrCents !== undefined) return client.arrCents;
  if (client.arr !== undefined) return centsFromUsd(client.arr);
  if (client.mrr !== undefined) return 12 * centsFromUsd(client.mrr);
  return NaN;
}

/** Columns holding the given clients, in order; ids default to C1, C2… */
export function buildColumns(clients: readonly ClientInput[]): ClientColumns {
  const columns = createClientColumns(clients.length);
  clients.forEach((client, i) => {
    columns.clientId[i] = client.id ?? `C${i + 1}`;
    columns.name[i] = client.name ?? '';
    columns.workers[i] = client.workers ?? NaN;
    columns.countryCount[i] = client.countries ?? NaN;
    columns.industry[i] = client.industry
      ? INDUSTRIES.indexOf(client.industry)
      : UNASSIGNED;
    columns.industryRaw[i] = client.industry ?? '';
    columns.arrCents[i] = arrCentsOf(client);
    columns.growthPpm[i] =
      client.growthPct === undefined ? NaN : Math.round(client.growthPct * 1e4);
    columns.workersPrior[i] = client.workersPrior ?? NaN;
    columns.arrPriorCents[i] =
      client.arrPrior === undefined ? NaN : centsFromUsd(client.arrPrior);
    columns.newClient[i] = client.newClient ? 1 : 0;
    columns.health[i] = client.health ?? NaN;
    columns.churned[i] =
      client.churned === undefined || client.churned === null
        ? CHURN_UNKNOWN
        : client.churned
          ? CHURN_YES
          : CHURN_NO;
    columns.csmId[i] = client.csm ?? '';
    columns.tickets[i] = client.tickets ?? NaN;
    columns.signedDate[i] = client.signed ?? '';
    columns.overrideTier[i] = client.override
      ? TIERS.indexOf(client.override)
      : UNASSIGNED;
  });
  return columns;
}
