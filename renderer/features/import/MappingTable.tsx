import { FIELDS, type Field } from '../../../shared/import/types';

import { FIELD_LABELS } from './field-labels';
import { setFieldColumn } from './import-actions';
import { useImportStore } from './import-store';

/** Our fields, each with a dropdown of the file's columns and an example. */
export function MappingTable() {
  const summary = useImportStore((s) => s.summary);
  const mapping = useImportStore((s) => s.mapping);
  if (!summary) return null;
  const used = new Map<number, Field[]>();
  for (const field of FIELDS) {
    const column = mapping[field];
    if (column !== undefined)
      used.set(column, [...(used.get(column) ?? []), field]);
  }

  return (
    <section className="panel">
      <h2>Column mapping</h2>
      <p className="muted small">
        Proposed from the column names; change any. Unmapped fields stay
        unknown.
      </p>
      <table className="table mapping-table" data-testid="import-mapping">
        <thead>
          <tr>
            <th>Field</th>
            <th>Column of the file</th>
            <th>First values</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => (
            <MappingRow
              key={field}
              field={field}
              shared={(used.get(mapping[field] ?? -1)?.length ?? 0) > 1}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MappingRow({ field, shared }: { field: Field; shared: boolean }) {
  const summary = useImportStore((s) => s.summary)!;
  const column = useImportStore((s) => s.mapping[field]);
  const examples =
    column === undefined
      ? []
      : summary.preview.map((row) => row[column] ?? '').filter((v) => v !== '');

  return (
    <tr className={column === undefined ? 'unmapped' : undefined}>
      <td>
        <code>{field}</code>{' '}
        <span className="muted small">{FIELD_LABELS[field]}</span>
      </td>
      <td>
        <select
          data-testid={`mapping-${field}`}
          value={column === undefined ? '' : String(column)}
          onChange={(e) =>
            setFieldColumn(
              field,
              e.target.value === '' ? null : Number(e.target.value),
            )
          }
        >
          <option value="">— not mapped —</option>
          {summary.header.map((label, index) => (
            <option key={index} value={String(index)}>
              {label || `(column ${index + 1})`}
            </option>
          ))}
        </select>
        {shared && (
          <span className="field-warning"> also mapped to another field</span>
        )}
      </td>
      <td className="examples">{examples.slice(0, 3).join(' · ')}</td>
    </tr>
  );
}
