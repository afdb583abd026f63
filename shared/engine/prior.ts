/**
 * Links a period to the one before it by client id, so growth, New and
 * NRR can be computed from the current columns alone.
 */
import type { ClientColumns } from '../columns';

/**
 * The current columns with the prior period attached: workersPrior and
 * arrPriorCents filled from the prior snapshot where unknown, newClient 1
 * for ids absent from the prior period and 0 for those present. Other
 * columns are shared, not copied. On a duplicated prior id the first wins.
 */
export function attachPriorPeriod(
  current: ClientColumns,
  prior: ClientColumns,
): ClientColumns {
  const priorIndex = new Map<string, number>();
  for (let j = prior.length - 1; j >= 0; j--) {
    priorIndex.set(prior.clientId[j]!, j);
  }
  const workersPrior = Float64Array.from(current.workersPrior);
  const arrPriorCents = Float64Array.from(current.arrPriorCents);
  const newClient = new Uint8Array(current.length);
  for (let i = 0; i < current.length; i++) {
    const j = priorIndex.get(current.clientId[i]!);
    if (j === undefined) {
      newClient[i] = 1;
      continue;
    }
    if (Number.isNaN(workersPrior[i])) workersPrior[i] = prior.workers[j]!;
    if (Number.isNaN(arrPriorCents[i])) {
      arrPriorCents[i] = prior.arrCents[j]!;
    }
  }
  return { ...current, workersPrior, arrPriorCents, newClient };
}
