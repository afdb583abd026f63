import { useCallback, useEffect, useRef, useState } from 'react';

import type { Policy } from '../../../shared/policy';
import { registerPendingEdits } from '../../app/pending-edits';
import { applyDrafts, settleDrafts, type FieldIssues } from './policy-edit';
import type { PolicyField } from './policy-fields';

/**
 * Typing that makes a valid policy applies at once (the figures follow each
 * keystroke); typing that does not shows its issues after this pause, so a
 * value half typed ("1" on the way to "16") is not flagged mid-word.
 */
export const ISSUE_DELAY_MS = 150;

export type PolicyDrafts = {
  /** Input text not yet held by the policy, by path. */
  readonly drafts: Readonly<Record<string, string>>;
  readonly issues: FieldIssues;
  /** Records typed text: applied at once when valid, its issues shown after a pause otherwise. */
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
 *
 * A policy that arrives from elsewhere (undo, redo, an import, a reset)
 * replaces what the inputs show: pending valid drafts are dropped (a
 * pending apply would otherwise put the old edit back over it); only an
 * invalid draft stays, as the user is still fixing it.
 */
export function usePolicyDrafts(
  policy: Policy,
  fields: readonly PolicyField[],
  apply: (policy: Policy) => Promise<void> | void,
): PolicyDrafts {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [issues, setIssuesState] = useState<FieldIssues>({});
  const draftsRef = useRef(drafts);
  const issuesRef = useRef(issues);
  const policyRef = useRef(policy);
  // The policies this editor sent to `apply`, not yet seen back.
  const sent = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const replaceDrafts = useCallback((next: Record<string, string>) => {
    draftsRef.current = next;
    setDrafts(next);
  }, []);
  const setIssues = useCallback((next: FieldIssues) => {
    issuesRef.current = next;
    setIssuesState(next);
  }, []);

  useEffect(() => {
    if (policyRef.current === policy) return;
    policyRef.current = policy;
    const text = JSON.stringify(policy);
    const own = sent.current.indexOf(text);
    if (own >= 0) {
      // Our own edit came back: the drafts it holds are done.
      sent.current = sent.current.slice(own + 1);
      replaceDrafts(settleDrafts(policy, draftsRef.current, fields));
      return;
    }
    sent.current = [];
    clearTimer(timer);
    const kept = keepInvalid(draftsRef.current, issuesRef.current);
    replaceDrafts(kept.drafts);
    setIssues(kept.issues);
  }, [policy, fields, replaceDrafts, setIssues]);

  useEffect(() => () => clearTimer(timer), []);

  const commit = useCallback(() => {
    clearTimer(timer);
    const pending = draftsRef.current;
    if (Object.keys(pending).length === 0) return;
    const outcome = applyDrafts(policyRef.current, pending, fields);
    if (!outcome.ok) return setIssues(outcome.issues);

    setIssues({});
    if (samePolicy(outcome.policy, policyRef.current)) return replaceDrafts({});
    const text = JSON.stringify(outcome.policy);
    // Sent already (typing applied it; Enter or blur follows): not twice.
    if (sent.current[sent.current.length - 1] === text) return;
    sent.current = [...sent.current, text];
    Promise.resolve(apply(outcome.policy)).catch((error: unknown) => {
      sent.current = sent.current.filter((t) => t !== text);
      setIssues({ '': [`Not saved: ${errorText(error)}`] });
    });
  }, [apply, fields, replaceDrafts, setIssues]);

  // Undo and redo apply pending typing first (app/pending-edits).
  useEffect(() => registerPendingEdits(commit), [commit]);

  const change = useCallback(
    (path: string, text: string) => {
      replaceDrafts({ ...draftsRef.current, [path]: text });
      clearTimer(timer);
      const outcome = applyDrafts(policyRef.current, draftsRef.current, fields);
      if (outcome.ok) commit();
      else timer.current = setTimeout(commit, ISSUE_DELAY_MS);
    },
    [commit, fields, replaceDrafts],
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

/** The drafts that have an issue of their own, with those issues. */
function keepInvalid(
  drafts: Readonly<Record<string, string>>,
  issues: FieldIssues,
): { drafts: Record<string, string>; issues: FieldIssues } {
  const kept: Record<string, string> = {};
  const keptIssues: Record<string, readonly string[]> = {};
  for (const [path, text] of Object.entries(drafts)) {
    const own = issues[path];
    if (!own?.length) continue;
    kept[path] = text;
    keptIssues[path] = own;
  }
  return { drafts: kept, issues: keptIssues };
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
