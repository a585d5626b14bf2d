// File writers: rows in batches in, bytes out to a Node Writable, with backpressure (a writer
// waits while the destination is full, so a slow download never piles rows up in memory).
// Each writer ends the destination and resolves with the number of rows written.
//   CSV    csv-stringify, RFC 4180 (CRLF, quoted text), UTF-8 with a BOM so Excel reads accents.
//   XLSX   exceljs' streaming WorkbookWriter: a data sheet (more when a sheet would pass Excel's
//          1,048,576-row limit), then "About this export" with the final row count.
//   JSON   { "provenance": {…}, "rows": [ … ], "rowCount": n } written incrementally.
//   JSONL  one JSON object per line, nothing else.
import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutralizeText } from './neutralize';
import { provenanceLines, type ExportFormat, type Provenance } from './provenance';
import type { Column, Row } from './types';

export interface WriteOptions {
  /** Provenance without the row count (the writers add it where the format allows). */
  provenance: Provenance;
  /** CSV/XLSX header row: column headers (default) or column keys. */
  headers?: 'labels' | 'keys';
  /** CSV: start with a UTF-8 byte order mark (default true; Excel needs it for non-ASCII text). */
  bom?: boolean;
  /** XLSX: rows per data sheet before starting another (default Excel's maximum). */
  maxRowsPerSheet?: number;
}

export const XLSX_MAX_ROWS = 1_048_576;
/** Excel's limit on characters in one cell. */
export const XLSX_MAX_CELL = 32_767;

const headerOf = (c: Column, opts: WriteOptions) => (opts.headers === 'keys' ? c.key : c.header);

// ------------------------------------------------------------------------------------ CSV

const csvOptions = (columns: readonly Column[], opts: WriteOptions) => ({
  header: true,
  columns: columns.map((c) => ({ key: c.key, header: headerOf(c, opts) })),
  bom: opts.bom ?? true,
  record_delimiter: 'windows' as const,
  quoted_string: true,
  cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
});

/** The BOM and header line writeCsv starts with (the COPY path writes it before its rows). */
export function csvHeader(columns: readonly Column[], opts: WriteOptions): string {
  return stringifySync([], csvOptions(columns, opts));
}

export async function writeCsv(out: Writable, columns: readonly Column[], batches: AsyncIterable<Row[]>, opts: WriteOptions): Promise<number> {
  let count = 0;
  async function* records() {
    for await (const batch of batches) {
      for (const row of batch) {
        count++;
        const record: Record<string, string | number | boolean | null> = {};
        for (const c of columns) {
          const v = row[c.key] ?? null;
          record[c.key] = typeof v === 'string' ? neutralizeText(v) : v;
        }
        yield record;
      }
    }
  }
  const csv = stringify(csvOptions(columns, opts));
  await pipeline(Readable.from(records()), csv, out);
  return count;
}

// ------------------------------------------------------------------------------------ XLSX

// Characters XML 1.0 does not allow; one of them in a cell makes Excel reject the whole file.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A value for an XLSX cell: text neutralised, made valid XML and cut to Excel's cell limit. */
export function xlsxCell(v: Row[string] | undefined): string | number | boolean | null {
  if (typeof v !== 'string') return v ?? null;
  const clean = neutralizeText(v).replace(XML_INVALID, '');
  return clean.length > XLSX_MAX_CELL ? `${clean.slice(0, XLSX_MAX_CELL - 1)}…` : clean;
}

/** Waits while the destination's buffer is full. */
async function drained(out: Writable): Promise<void> {
  while (out.writableNeedDrain && !out.destroyed) {
    await Promise.race([once(out, 'drain'), once(out, 'close')]);
  }
  if (out.destroyed) throw Object.assign(new Error('The download was closed before the export finished.'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  // Let the zip and deflate streams move what was written before the next batch.
  await new Promise((resolve) => setImmediate(resolve));
}

function sheetName(title: string, n: number): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 24);
  return n === 1 ? base : `${base} (${n})`;
}

const COLUMN_WIDTH: Record<Column['type'], number> = { string: 28, url: 40, integer: 10, number: 12, boolean: 9, date: 12, datetime: 22 };

export async function writeXlsx(out: Writable, columns: readonly Column[], batches: AsyncIterable<Row[]>, opts: WriteOptions): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  workbook.creator = 'stance-lens';
  workbook.created = new Date(opts.provenance.exportedAt);
  const perSheet = Math.min(opts.maxRowsPerSheet ?? XLSX_MAX_ROWS, XLSX_MAX_ROWS) - 1; // minus the header row

  let sheetNo = 0;
  const addSheet = () => {
    sheetNo++;
    const ws = workbook.addWorksheet(sheetName(opts.provenance.title, sheetNo), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ key: c.key, width: COLUMN_WIDTH[c.type] }));
    ws.addRow(columns.map((c) => xlsxCell(headerOf(c, opts)))).commit();
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    return ws;
  };

  let count = 0;
  let inSheet = 0;
  let ws = addSheet();
  try {
    for await (const batch of batches) {
      for (const row of batch) {
        if (inSheet === perSheet) {
          ws.commit();
          ws = addSheet();
          inSheet = 0;
        }
        ws.addRow(columns.map((c) => xlsxCell(row[c.key]))).commit();
        inSheet++;
        count++;
      }
      await drained(out);
    }
    ws.commit();

    // Written after the data so the row count is known.
    const about = workbook.addWorksheet('About this export');
    about.columns = [
      { key: 'field', width: 28 },
      { key: 'value', width: 100 },
      { key: 'type', width: 10 },
      { key: 'description', width: 80 },
    ];
    about.addRow(['Field', 'Value']).commit();
    for (const [field, value] of provenanceLines({ ...opts.provenance, rowCount: count })) about.addRow([xlsxCell(field), xlsxCell(value)]).commit();
    about.addRow([]).commit();
    about.addRow(['Column', 'Header', 'Type', 'Description']).commit();
    for (const c of opts.provenance.columns) about.addRow([c.key, xlsxCell(c.header), c.type, xlsxCell(c.description)]).commit();
    about.commit();
    await workbook.commit();
  } catch (err) {
    out.destroy(err as Error);
    throw err;
  }
  return count;
}

// ------------------------------------------------------------------------------------ JSON

function jsonRow(columns: readonly Column[], row: Row): string {
  const o: Row = {};
  for (const c of columns) o[c.key] = row[c.key] ?? null;
  return JSON.stringify(o);
}

export async function writeJson(out: Writable, columns: readonly Column[], batches: AsyncIterable<Row[]>, opts: WriteOptions): Promise<number> {
  let count = 0;
  async function* chunks() {
    const { rowCount: _unknownYet, ...provenance } = opts.provenance;
    yield `{"provenance":${JSON.stringify(provenance)},\n"rows":[`;
    for await (const batch of batches) {
      if (!batch.length) continue;
      const text = batch.map((r) => jsonRow(columns, r)).join(',\n');
      yield `${count === 0 ? '\n' : ',\n'}${text}`;
      count += batch.length;
    }
    yield `\n],\n"rowCount":${count},"complete":true}\n`;
  }
  await pipeline(Readable.from(chunks()), out);
  return count;
}

export async function writeJsonl(out: Writable, columns: readonly Column[], batches: AsyncIterable<Row[]>): Promise<number> {
  let count = 0;
  async function* chunks() {
    for await (const batch of batches) {
      if (!batch.length) continue;
      count += batch.length;
      yield `${batch.map((r) => jsonRow(columns, r)).join('\n')}\n`;
    }
  }
  await pipeline(Readable.from(chunks()), out);
  return count;
}

export function writeRows(
  format: ExportFormat,
  out: Writable,
  columns: readonly Column[],
  batches: AsyncIterable<Row[]>,
  opts: WriteOptions,
): Promise<number> {
  switch (format) {
    case 'csv':
      return writeCsv(out, columns, batches, opts);
    case 'xlsx':
      return writeXlsx(out, columns, batches, opts);
    case 'json':
      return writeJson(out, columns, batches, opts);
    case 'jsonl':
      return writeJsonl(out, columns, batches);
  }
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};
