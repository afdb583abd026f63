import type { SizeBasis } from '../../../shared/policy';
import { unassignedNote } from './segment-figures';

/** Says how many clients no tier holds and how to give them one. */
export function UnassignedNote({
  count,
  basis,
}: {
  readonly count: number;
  readonly basis: SizeBasis;
}) {
  const note = unassignedNote(count, basis);
  if (!note) return null;
  return (
    <p
      className="ui-flag-line ui-flag-line--warn"
      data-testid="unassigned-note"
    >
      {note}
    </p>
  );
}
