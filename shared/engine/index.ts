/** The calculation engine: tiers, economics, segments and capacity. */
export { classify } from './classify';
export { attachPriorPeriod } from './prior';
export { computePortfolio, createPortfolioBuffers } from './portfolio';
export {
  computeClientRow,
  grossMargin,
  toClientSegmentRows,
} from './client-row';
export type * from './types';
