import { FileDrop } from './FileDrop';
import { FileErrorPanel } from './FileErrorPanel';
import { ImportHistory } from './ImportHistory';
import { ImportOptions } from './ImportOptions';
import { ImportProgress } from './ImportProgress';
import { MappingTable } from './MappingTable';
import { SampleReset } from './SampleReset';
import { ValidationReport } from './ValidationReport';
import { useImportStore } from './import-store';

/** The Import screen: file, column mapping, validation report, commit. */
export function ImportScreen() {
  const step = useImportStore((s) => s.step);
  const done = useImportStore((s) => s.done);
  const busy =
    step === 'parsing' || step === 'validating' || step === 'committing';

  return (
    <section className="screen" data-testid="screen-import">
      <header className="screen-head">
        <h1>Import</h1>
        <p className="muted">
          A client list (one row per client) or a list of workers or billing
          lines (one row each, added up per client), as CSV or Excel. Nothing is
          stored until you import the validated file.
        </p>
      </header>
      {done && step === 'pick' && (
        <p className="banner banner-ok" data-testid="import-done">
          {done.fileName}: {done.clients.toLocaleString('en-US')} clients{' '}
          {done.mode === 'merge' ? 'updated' : 'stored'} in {done.period}.
        </p>
      )}
      <FileErrorPanel />
      {step === 'pick' && <FileDrop />}
      {busy && <ImportProgress />}
      {step === 'mapping' && (
        <>
          <ImportOptions />
          <MappingTable />
        </>
      )}
      {step === 'report' && <ValidationReport />}
      {step === 'pick' && <ImportHistory />}
      {step === 'pick' && <SampleReset />}
    </section>
  );
}
