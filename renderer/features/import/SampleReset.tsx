import { useState } from 'react';

import { notify } from '../../app/notifications-store';
import { loadSample } from '../../app/workspace-actions';
import { useWorkspaceStore } from '../../app/workspace-store';
import { logger } from '../../platform/index';

/** Replaces the imported clients with the sample, after a confirmation. */
export function SampleReset() {
  const isSample = useWorkspaceStore((s) => s.isSample);
  const periods = useWorkspaceStore((s) => s.periods.length);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (isSample) return null;

  const replace = async () => {
    setBusy(true);
    try {
      await loadSample();
    } catch (error) {
      logger.error('loading the sample failed', error);
      notify({
        kind: 'error',
        message: `The sample could not be loaded: ${(error as Error).message}. Your data is unchanged.`,
      });
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <section className="panel">
      <h2>Sample portfolio</h2>
      {asking ? (
        <p>
          Replace the clients of all {periods} imported{' '}
          {periods === 1 ? 'period' : 'periods'} with the sample? Policies and
          scenarios are kept; back up first from Settings to keep your imports.{' '}
          <button
            type="button"
            className="button button-danger"
            data-testid="import-sample-confirm"
            disabled={busy}
            onClick={() => void replace()}
          >
            Replace with the sample
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setAsking(false)}
          >
            Keep my data
          </button>
        </p>
      ) : (
        <p>
          A generated EOR portfolio of 1,500 clients over 8 quarters, for trying
          the tool or running a workshop.{' '}
          <button
            type="button"
            className="button"
            data-testid="import-sample"
            onClick={() => setAsking(true)}
          >
            Load the sample…
          </button>
        </p>
      )}
    </section>
  );
}
