/**
 * Which client the "Why this tier" card explains, if any. Any screen opens
 * it with a client's index in the columns of the period on show; the card
 * (mounted once in the app) reads the rest from the workspace store.
 */
import { create } from 'zustand';

type WhyTierState = {
  /** Index of the client in the period's columns; null when closed. */
  readonly index: number | null;
};

export const useWhyTierStore = create<WhyTierState>()(() => ({
  index: null,
}));

/** Opens the card on the client at `index` of the period on show. */
export function openWhyTier(index: number): void {
  if (!Number.isInteger(index) || index < 0) return;
  useWhyTierStore.setState({ index });
}

/** Closes the card. */
export function closeWhyTier(): void {
  useWhyTierStore.setState({ index: null });
}
