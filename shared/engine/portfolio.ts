/**
 * One recompute of a portfolio under a policy: the hot loop (tiers and
 * sums), then its exact sums turned into segment, matrix and capacity
 * figures.
 */
import { invariant } from '../domain';
import type { ClientColumns } from '../columns';
import type { Policy } from '../policy';
import { SEG, SEG_FIELDS, accumulateExact } from './accumulate';
import { computeCsmBook, computeHiring } from './capacity';
import { createClassification, createEconomics } from './classify';
import { getCsmIndex } from './csm-index';
import { getPolicyTables } from './policy-tables';
import { computeMatrix, computeSegments } from './segments';
import type { CsmBookRow, PortfolioBuffers, PortfolioResult } from './types';

/** Empty per-client arrays for `length` clients, for computePortfolio. */
export function createPortfolioBuffers(length: number): PortfolioBuffers {
  return {
    classification: createClassification(length),
    economics: createEconomics(length),
  };
}

function clientsPerTier(seg: readonly bigint[]): number[] {
  return [0, 1, 2, 3].map((tier) =>
    Number(
      seg[tier * 2 * SEG_FIELDS + SEG.COUNT]! +
        seg[(tier * 2 + 1) * SEG_FIELDS + SEG.COUNT]!,
    ),
  );
}

/**
 * Everything computed for the portfolio under the policy. Pass buffers to
 * reuse per-client arrays (the previous result in them is overwritten).
 * The CSM book is built on first read of `csmBook`.
 */
export function computePortfolio(
  columns: ClientColumns,
  policy: Policy,
  buffers: PortfolioBuffers = createPortfolioBuffers(columns.length),
): PortfolioResult {
  invariant(
    buffers.economics.costCents.length === columns.length,
    'buffers must have one slot per client',
  );
  const tables = getPolicyTables(policy);
  const { classification, economics } = buffers;
  const csmIndex = getCsmIndex(columns);
  const csmCount = csmIndex.ids.length;
  const sums = accumulateExact(
    columns,
    tables,
    csmIndex.index,
    classification,
    economics,
    csmCount,
  );
  const { segments, total, totalRevenue } = computeSegments(sums, tables.exact);
  let book: CsmBookRow[] | null = null;
  return {
    classification,
    economics,
    segments,
    total,
    matrix: computeMatrix(sums, tables.exact, totalRevenue),
    hiring: computeHiring(clientsPerTier(sums.seg), sums.csm, csmCount, tables),
    get csmBook() {
      return (book ??= computeCsmBook(csmIndex, sums.csm, tables));
    },
  };
}
