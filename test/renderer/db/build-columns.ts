/** Small client column sets for storage tests. */
import {
  createClientColumns,
  type ClientColumns,
} from '../../../shared/columns';
import { UNASSIGNED } from '../../../shared/domain';

/** `count` clients C1…Cn with workers 1…n, ARR n×1,000 USD and a CSM each. */
export function buildColumns(count: number, idPrefix = 'C'): ClientColumns {
  const columns = createClientColumns(count);
  for (let i = 0; i < count; i++) {
    columns.clientId[i] = `${idPrefix}${i + 1}`;
    columns.name[i] = `Client ${i + 1}`;
    columns.workers[i] = i + 1;
    columns.countryCount[i] = (i % 9) + 1;
    columns.countries[i] = i % 2 === 0 ? 'US;GB' : '';
    columns.arrCents[i] = (i + 1) * 100_000;
    columns.industry[i] = i % 3 === 0 ? UNASSIGNED : i % 5;
    columns.csmId[i] = `CSM-${i % 4}`;
    columns.churned[i] = i % 2;
  }
  return columns;
}
