/**
 * The workspace as the screens see it: the period on show, its clients as
 * columns, the baseline and active scenario policies, and what the engine
 * computed for each. Persisted rows live in Dexie (renderer/db); this store
 * holds only what the session shows, loaded and computed by the data layer
 * (renderer/app/workspace-loader.ts), never derived values of its own.
 */
import { create } from 'zustand';

import type { ClientColumns } from '../../shared/columns';
import type { PortfolioResult } from '../../shared/engine/types';
import { DEFAULT_POLICY, type Policy } from '../../shared/policy';
import { DEFAULT_USER_NAME } from '../db/user-name';

/** A stored scenario as the screens list it. */
export type ScenarioSummary = {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
};

export type WorkspaceStatus = 'loading' | 'computing' | 'ready' | 'error';

export type WorkspaceState = {
  readonly status: WorkspaceStatus;
  readonly errorMessage: string | null;
  /** True while the built-in sample portfolio is on show. */
  readonly isSample: boolean;
  /** Periods with stored snapshots, oldest first (`2026-Q3`). */
  readonly periods: readonly string[];
  readonly period: string | null;
  readonly currency: string;
  /** File name of the import behind the period, or the sample's name. */
  readonly sourceName: string | null;
  readonly columns: ClientColumns | null;
  readonly baselinePolicy: Policy;
  readonly scenarios: readonly ScenarioSummary[];
  readonly activeScenarioId: string | null;
  /** The active scenario's policy; null when only the baseline is on show. */
  readonly scenarioPolicy: Policy | null;
  readonly baseline: PortfolioResult | null;
  /** The active scenario's result; null when no scenario is active. */
  readonly scenario: PortfolioResult | null;
  /** Milliseconds the last recompute took in the worker. */
  readonly lastComputeMs: number | null;
  /** Whether the active scenario has an edit to undo / to redo. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The same for the baseline policy (the Settings screen). */
  readonly baselineCanUndo: boolean;
  readonly baselineCanRedo: boolean;
  /** The name policy edits are logged under (Settings: Your name). */
  readonly userName: string;
};

export type WorkspaceActions = {
  /** Replaces part of the state; used by the data layer only. */
  patch: (next: Partial<WorkspaceState>) => void;
};

export const initialWorkspaceState: WorkspaceState = {
  status: 'loading',
  errorMessage: null,
  isSample: false,
  periods: [],
  period: null,
  currency: 'USD',
  sourceName: null,
  columns: null,
  baselinePolicy: DEFAULT_POLICY,
  scenarios: [],
  activeScenarioId: null,
  scenarioPolicy: null,
  baseline: null,
  scenario: null,
  lastComputeMs: null,
  canUndo: false,
  canRedo: false,
  baselineCanUndo: false,
  baselineCanRedo: false,
  userName: DEFAULT_USER_NAME,
};

export const useWorkspaceStore = create<WorkspaceState & WorkspaceActions>()(
  (set) => ({
    ...initialWorkspaceState,
    patch: (next) => set(next),
  }),
);
