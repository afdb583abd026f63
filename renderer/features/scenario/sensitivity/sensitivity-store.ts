/**
 * The Sensitivity tab's choices (parameter, from, to, steps) and its last
 * sweep, kept for the session: the Scenarios screen unmounts a tab's
 * panel when another tab is shown, and coming back must not lose them.
 * They belong to one period: another period on show starts afresh, and a
 * sweep still running for the old one is dropped when it answers.
 */
import { create } from 'zustand';

import type { SweepResult } from '../../../../shared/scenario/types';
import type { EngineCall } from '../../../worker/engine-client';
import type { SweepDraft } from './sweep-form';
import { DEFAULT_CHOICE_ID } from './sweep-parameters';
import type { SweepState } from './use-sweep';

/** What the tab shows for one period. */
export type SensitivitySession = {
  /** The period these choices and this sweep belong to. */
  readonly period: string | null;
  readonly choiceId: string;
  /** As typed; null until the panel first shows (then the whole range). */
  readonly draft: SweepDraft | null;
  readonly sweep: SweepState;
};

/** The runner before any sweep. */
export const IDLE_SWEEP: SweepState = {
  status: 'idle',
  progress: 0,
  message: null,
  run: null,
};

/** A fresh session for `period`. */
export function freshSession(period: string | null): SensitivitySession {
  return {
    period,
    choiceId: DEFAULT_CHOICE_ID,
    draft: null,
    sweep: IDLE_SWEEP,
  };
}

export const useSensitivityStore = create<SensitivitySession>()(() =>
  freshSession(null),
);

// The sweep under way, outside the state: it is a handle, not something shown.
let underWay: { readonly token: number; call: EngineCall<SweepResult> | null } =
  { token: 0, call: null };

/** The session for `period`: the one kept, or a fresh one for another period. */
export function sessionFor(
  session: SensitivitySession,
  period: string | null,
): SensitivitySession {
  return session.period === period ? session : freshSession(period);
}

/** Changes the session of `period` (a session of another period is dropped first). */
export function updateSession(
  period: string | null,
  change: Partial<Omit<SensitivitySession, 'period'>>,
): void {
  // A sweep still awaited for the old period is dropped by resetSensitivity,
  // which the panel calls when the period on show changes.
  useSensitivityStore.setState(
    (before) => ({ ...sessionFor(before, period), ...change }),
    true,
  );
}

/** Starts a session afresh for `period`; a sweep under way is no longer awaited. */
export function resetSensitivity(period: string | null = null): void {
  forgetSweep();
  useSensitivityStore.setState(freshSession(period), true);
}

/** Marks a new sweep as the one under way; its token tells its answers apart. */
export function beginSweep(): number {
  underWay = { token: underWay.token + 1, call: null };
  return underWay.token;
}

/** Keeps the cancel handle of the sweep `token`, if it is still the one awaited. */
export function holdSweepCall(
  token: number,
  call: EngineCall<SweepResult>,
): void {
  if (underWay.token === token) underWay.call = call;
}

/** Whether `token` is still the sweep awaited (not replaced nor forgotten). */
export function isAwaited(token: number): boolean {
  return underWay.token === token;
}

/** Lets go of the sweep `token`'s handle once it has answered. */
export function endSweep(token: number): void {
  if (underWay.token === token) underWay.call = null;
}

/** The cancel handle of the sweep under way, if any. */
export function sweepUnderWay(): EngineCall<SweepResult> | null {
  return underWay.call;
}

function forgetSweep(): void {
  underWay = { token: underWay.token + 1, call: null };
}
