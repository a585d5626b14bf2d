// A view's row, as the read layer returns it (lib/queries), becomes an export row: each column
// reads its field of the row, made plain for every writer (numbers, text, booleans, null).
import type { CellValue, Column, Row } from './types';

/** Values straight from the driver, made plain for every writer. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
  if (typeof v === 'object' && 'toNumber' in v && typeof (v as { toNumber: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber(); // Prisma.Decimal
  }
  return String(v);
}


/** The export row of a view's row: one plain value per column, read from the column's field. */
export function exportRow(columns: readonly Column[], row: object): Row {
  const r = row as Record<string, unknown>;
  const out: Row = {};
  for (const c of columns) out[c.key] = plainValue(r[c.field ?? c.key]);
  return out;
}
