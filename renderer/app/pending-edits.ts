/**
 * Edits typed but not yet applied (the policy editor waits for a pause in
 * typing). Undo and redo apply them first, so Ctrl+Z right after typing
 * undoes the typing instead of racing it.
 */
const flushes = new Set<() => void>();

/** Registers an editor's "apply what is pending now"; returns its removal. */
export function registerPendingEdits(flush: () => void): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Applies every pending edit now (their writes queue before the caller's). */
export function flushPendingEdits(): void {
  for (const flush of flushes) flush();
}
