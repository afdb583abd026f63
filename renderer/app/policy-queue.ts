/**
 * Policy writes (edits, undo, redo, scenario changes) run one after
 * another in the order they were asked for, so an undo pressed right
 * after typing reads a log that already holds the typed edit.
 */
let tail: Promise<unknown> = Promise.resolve();

/** Runs a task after every task queued before it (a failure stops none). */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
