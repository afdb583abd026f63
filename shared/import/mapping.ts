/**
 * Column mapping: the mapping proposed from header aliases (what the UI
 * shows first and the CLI uses for unmapped fields), and the CLI's
 * `--map FIELD=COLUMN` overrides on top of it.
 */
import { matchAlias } from './aliases';
import { FIELDS, ImportError, type ColumnMapping, type Field } from './types';

/**
 * The mapping header aliases suggest: each field gets the column with its
 * most specific alias (the leftmost on a tie), and each column feeds at
 * most one field.
 */
export function proposeMapping(header: readonly string[]): ColumnMapping {
  const hits = header
    .map((label, column) => ({ column, hit: matchAlias(label) }))
    .filter((entry) => entry.hit !== null)
    .sort((a, b) => a.hit!.rank - b.hit!.rank || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const { column, hit } of hits) {
    if (used.has(column) || mapping[hit!.field] !== undefined) continue;
    mapping[hit!.field] = column;
    used.add(column);
  }
  return mapping;
}

/**
 * The base mapping with each FIELD=COLUMN override applied. COLUMN is a
 * header label (trimmed, case-insensitive); an empty COLUMN unmaps the
 * field. A column given to a field is taken from any other field. Throws
 * E_BAD_MAPPING for an unknown field or column.
 */
export function applyMapOverrides(
  header: readonly string[],
  base: ColumnMapping,
  overrides: Readonly<Partial<Record<Field, string>>>,
): ColumnMapping {
  const mapping: ColumnMapping = { ...base };
  for (const [field, label] of Object.entries(overrides)) {
    if (!isField(field)) throw unknownField(field);
    if (label === undefined) continue;
    if (label.trim() === '') {
      delete mapping[field];
      continue;
    }
    const column = findColumn(header, label);
    if (column < 0) throw unknownColumn(header, field, label);
    for (const other of FIELDS)
      if (mapping[other] === column) delete mapping[other];
    mapping[field] = column;
  }
  return mapping;
}

/** Whether a string names one of the fields. */
export function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}

function findColumn(header: readonly string[], label: string): number {
  const wanted = label.trim().toLowerCase();
  return header.findIndex((cell) => cell.trim().toLowerCase() === wanted);
}

function unknownField(field: string): ImportError {
  return new ImportError(
    'E_BAD_MAPPING',
    `"${field}" is not a field; use one of ${FIELDS.join(', ')}`,
    { field },
  );
}

function unknownColumn(
  header: readonly string[],
  field: Field,
  label: string,
): ImportError {
  const columns = header.map((cell) => `"${cell}"`).join(', ');
  return new ImportError(
    'E_BAD_MAPPING',
    `${field}=${label}: the file has no column "${label.trim()}"; its columns are ${columns}`,
    { field, column: label },
  );
}
