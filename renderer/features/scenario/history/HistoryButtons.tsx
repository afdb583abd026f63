import { shortcutLabel } from '../../../app/use-undo-shortcuts';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { BASELINE_ID } from '../../../db/policies-repo';
import { runRedo, runUndo } from '../scenario-commands';

/** Undo and redo of one policy's edits (a scenario id or the baseline's). */
export function HistoryButtons({ policyId }: { readonly policyId: string }) {
  const isBaseline = policyId === BASELINE_ID;
  const prefix = isBaseline ? 'baseline' : 'scenario';
  const canUndo = useWorkspaceStore((s) =>
    isBaseline ? s.baselineCanUndo : s.canUndo,
  );
  const canRedo = useWorkspaceStore((s) =>
    isBaseline ? s.baselineCanRedo : s.canRedo,
  );
  return (
    <span className="sc-history-buttons">
      <button
        type="button"
        className="button"
        data-testid={`${prefix}-undo`}
        title={`Undo the last edit (${shortcutLabel('undo')})`}
        disabled={!canUndo}
        onClick={() => void runUndo(policyId)}
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        data-testid={`${prefix}-redo`}
        title={`Redo the last undone edit (${shortcutLabel('redo')})`}
        disabled={!canRedo}
        onClick={() => void runRedo(policyId)}
      >
        Redo
      </button>
    </span>
  );
}
