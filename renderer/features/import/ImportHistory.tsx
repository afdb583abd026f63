import { useLiveQuery } from 'dexie-react-hooks';

import { getDb } from '../../db/db';
import { listImports } from '../../db/imports-repo';
import { formatCount } from '../../ui/format';

/** The imports stored so far, newest first. */
export function ImportHistory() {
  const imports = useLiveQuery(() => listImports(getDb()), []);
  const own = (imports ?? []).filter((record) => !record.isSample);
  if (own.length === 0) return null;

  return (
    <section className="panel">
      <h2>Stored imports</h2>
      <table className="table" data-testid="import-history">
        <thead>
          <tr>
            <th>File</th>
            <th>Period</th>
            <th>Kind</th>
            <th>Imported</th>
            <th className="num">Read</th>
            <th className="num">Accepted</th>
            <th className="num">Rejected</th>
            <th className="num">Clients in period</th>
          </tr>
        </thead>
        <tbody>
          {own.map((record) => (
            <tr key={record.id}>
              <td>{record.fileName}</td>
              <td>{record.period}</td>
              <td>
                {record.mode === 'merge'
                  ? `added ${record.fields.join(', ')}`
                  : record.kind === 'lines'
                    ? 'lines'
                    : 'client list'}
              </td>
              <td>{formatStamp(record.importedAt)}</td>
              <td className="num">{formatCount(record.counts.read)}</td>
              <td className="num">{formatCount(record.counts.accepted)}</td>
              <td className="num">{formatCount(record.counts.rejected)}</td>
              <td className="num">{formatCount(record.clientCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** `2026-12-04T06:15:45Z` as local `2026-12-04 06:15`. */
function formatStamp(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
