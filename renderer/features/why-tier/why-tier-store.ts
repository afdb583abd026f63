/**
 * Which client the "Why this tier" card explains, if any, and under which
 * policies. Any screen opens it with a client's index in the columns of
 * the period on show; alone it explains the client under the policy on
 * show, with a pair (Who moves) under both of the pair's policies.
 */
import { create } from 'zustand';

import type { Policy } from '../../../shared/policy';

/** A policy the card explains under, with the name it is shown by. */
export type WhyTierPolicy = {
  readonly name: string;
  readonly policy: Policy;
};

/** The two policies a client is explained under: before and after. */
export type WhyTierPair = {
  readonly from: WhyTierPolicy;
  readonly to: WhyTierPolicy;
};

type WhyTierState = {
  /** Index of the client in the period's columns; null when closed. */
  readonly index: number | null;
  /** The pair to explain under; null for the policy on show. */
  readonly pair: WhyTierPair | null;
};

export const useWhyTierStore = create<WhyTierState>()(() => ({
  index: null,
  pair: null,
}));

/**
 * Opens the card on the client at `index` of the period on show: under
 * both policies of `pair` when given, else under the policy on show.
 */
export function openWhyTier(index: number, pair?: WhyTierPair | null): void {
  if (!Number.isInteger(index) || index < 0) return;
  useWhyTierStore.setState({ index, pair: pair ?? null });
}

/** Closes the card. */
export function closeWhyTier(): void {
  useWhyTierStore.setState({ index: null, pair: null });
}
