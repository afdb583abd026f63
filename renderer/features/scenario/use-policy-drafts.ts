import { useCallback, useEffect, useRef, useState } from 'react';

import type { Policy } from '../../../shared/policy';
import { applyDrafts, settleDrafts, type FieldIssues } from './policy-edit';
import type { PolicyField } from './policy-fields';

/** Typing applies after this pause; blur and Enter apply at once. */
export const APPLY_DELAY_MS = 120;

export type PolicyDrafts = {
  /** Input text not yet held by the policy, by path. */
  readonly drafts: Readonly<Record<string, string>>;
  readonly issues: FieldIssues;
  /** Records typed text and applies it after a short pause. */
  readonly change: (path: string, text: string) => void;
  /** Records a value and applies it at once (selects). */
  readonly changeNow: (path: string, text: string) => void;
  /** Applies every pending edit now. */
  readonly commit: () => void;
};

/**
 * Pending edits of a policy: each change is validated with the others over
 * the current policy; a valid whole goes to `apply`, an invalid one stays
 * in the inputs with its issues and is not applied.
 */
export function usePolicyDrafts(
  policy: Policy,
  fields: readonly PolicyField[],
  apply: (policy: Policy) => Promise<void> | void,
): PolicyDrafts {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<FieldIssues>({});
  const draftsRef = useRef(drafts);
  const policyRef = useRef(policy);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const replaceDrafts = useCallback((next: Record<string, string>) => {
    draftsRef.current = next;
    setDrafts(next);
  }, []);

  // A new policy from the store settles the drafts it now holds.
  useEffect(() => {
    policyRef.current = policy;
    replaceDrafts(settleDrafts(policy, draftsRef.current, fields));
  }, [policy, fields, replaceDrafts]);

  useEffect(() => () => clearTimer(timer), []);

  const commit = useCallback(() => {
    clearTimer(timer);
    const pending = draftsRef.current;
    if (Object.keys(pending).length === 0) return;
    const outcome = applyDrafts(policyRef.current, pending, fields);
    if (!outcome.ok) return setIssues(outcome.issues);

    setIssues({});
    if (samePolicy(outcome.policy, policyRef.current)) return replaceDrafts({});
    Promise.resolve(apply(outcome.policy)).catch((error: unknown) =>
      setIssues({ '': [`Not saved: ${errorText(error)}`] }),
    );
  }, [apply, fields, replaceDrafts]);

  const change = useCallback(
    (path: string, text: string) => {
      replaceDrafts({ ...draftsRef.current, [path]: text });
      clearTimer(timer);
      timer.current = setTimeout(commit, APPLY_DELAY_MS);
    },
    [commit, replaceDrafts],
  );

  const changeNow = useCallback(
    (path: string, text: string) => {
      replaceDrafts({ ...draftsRef.current, [path]: text });
      commit();
    },
    [commit, replaceDrafts],
  );

  return { drafts, issues, change, changeNow, commit };
}

function clearTimer(timer: { current: ReturnType<typeof setTimeout> | null }) {
  if (timer.current !== null) clearTimeout(timer.current);
  timer.current = null;
}

function samePolicy(a: Policy, b: Policy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
