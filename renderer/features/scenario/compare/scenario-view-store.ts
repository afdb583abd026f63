/**
 * What the Scenarios screen shows, kept while the user visits other
 * screens: the tab, the scenarios picked for Compare, and the pair that
 * Who moves and Bridge are between.
 */
import { create } from 'zustand';

/** The Scenarios screen's tabs, in order. */
export const SCENARIO_TABS = [
  'edit',
  'compare',
  'movers',
  'bridge',
  'sensitivity',
  'breakeven',
] as const;

export type ScenarioTab = (typeof SCENARIO_TABS)[number];

/** `baseline`, or a scenario's id. */
export type PolicyRef = string;

/** A pair's side for the baseline policy. */
export const BASELINE_REF = 'baseline';

type ScenarioViewState = {
  readonly tab: ScenarioTab;
  /** The scenarios picked for Compare; null until the user picks. */
  readonly compared: readonly string[] | null;
  /** Who moves and Bridge: from → to; null `to` is the active scenario. */
  readonly pairFrom: PolicyRef;
  readonly pairTo: PolicyRef | null;
};

export const initialScenarioView: ScenarioViewState = {
  tab: 'edit',
  compared: null,
  pairFrom: BASELINE_REF,
  pairTo: null,
};

export const useScenarioView = create<ScenarioViewState>()(
  () => initialScenarioView,
);

/** Shows a tab of the Scenarios screen. */
export function showScenarioTab(tab: ScenarioTab): void {
  useScenarioView.setState({ tab });
}

/** Sets the scenarios Compare shows, in order. */
export function setCompared(ids: readonly string[]): void {
  useScenarioView.setState({ compared: [...ids] });
}

/** Sets the pair Who moves and Bridge are between. */
export function setPair(from: PolicyRef, to: PolicyRef): void {
  useScenarioView.setState({ pairFrom: from, pairTo: to });
}
