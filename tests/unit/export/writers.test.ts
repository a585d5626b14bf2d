// The file writers on in-memory rows: CSV, XLSX (read back with exceljs), JSON and JSON Lines,
// formula neutralisation in the spreadsheet formats only, numbers kept as numbers.
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildProvenance } from '@/lib/export/provenance';
import type { Column, Dataset, Row } from '@/lib/export/types';
import { writeCsv, writeJson, writeJsonl, writeXlsx, xlsxCell, XLSX_MAX_CELL } from '@/lib/export/writers';
import { collect } from '../../helpers/sink';

const columns: Column[] = [
  { key: 'id', header: 'ID', type: 'integer', description: 'id', nullable: false },
  { key: 'title', header: 'Title', type: 'string', description: 'title' },
  { key: 'group', header: 'Group', type: 'string', description: 'group' },
  { key: 'score', header: 'Score', type: 'number', description: 'score' },
  { key: 'flag', header: 'Flag', type: 'boolean', description: 'flag' },
  { key: 'date', header: 'Date', type: 'date', description: 'date' },
];

const rows: Row[] = [
  { id: 1, title: '=HYPERLINK("http://x","y")', group: 'critical', score: -2.5, flag: true, date: '2020-01-02' },
  { id: 2, title: 'Plain, with "quotes"\nand a line break', group: 'advocacy', score: 0, flag: false, date: null },
  { id: 3, title: '-10', group: 'mainstream', score: -10, flag: null, date: '1988-07-19' },
  { id: 4, title: '@SUM(A1)', group: 'unrated', score: null, flag: false, date: null },
  { id: 5, title: '\t=1+1', group: 'critical', score: 1e6, flag: true, date: null },
];

const fakeDataset = {
  name: 'test',
  title: 'Test rows',
  description: 'Rows for the writer tests.',
  page: '/test',
  rowIs: 'one test row',
  pageUrl: () => '/test?stance=critical',
  params: [],
  columns,
  parse: () => ({}),
  toQuery: () => ({ stance: 'critical' }),
  sortId: () => 'id',
  fetch: async () => ({ rows: [], next: null }),
  count: async () => rows.length,
} satisfies Dataset<object>;

const provenance = (format: 'csv' | 'xlsx' | 'json' | 'jsonl') => buildProvenance(fakeDataset, {}, { format, origin: 'http://localhost' });

async function* batches(all: Row[], size = 2): AsyncGenerator<Row[]> {
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}


describe('CSV', () => {
  it('writes every row with a BOM, CRLF, quoted text, neutralised formulas and plain numbers', async () => {
    const { out: sink, bytes } = collect();
    const n = await writeCsv(sink, columns, batches(rows), { provenance: provenance('csv') });
    expect(n).toBe(rows.length);
    const text = bytes().toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['ID', 'Title', 'Group', 'Score', 'Flag', 'Date']);
    const body = parsed.data.slice(1);
    expect(body).toHaveLength(rows.length);
    expect(body.map((r) => r[1])).toEqual([`'=HYPERLINK("http://x","y")`, 'Plain, with "quotes"\nand a line break', "'-10", "'@SUM(A1)", "'\t=1+1"]);
    // Numbers are unquoted digits (negative ones too), booleans are words, nulls are empty.
    expect(text).toMatch(/^3,"'-10","mainstream",-10,,"1988-07-19"\r$/m);
    expect(body.map((r) => r[3])).toEqual(['-2.5', '0', '-10', '', '1000000']);
    expect(body.map((r) => r[4])).toEqual(['true', 'false', '', 'false', 'true']);
  });

  it('can use column keys as headers and leave out the BOM', async () => {
    const { out: sink, bytes } = collect();
    await writeCsv(sink, columns, batches([]), { provenance: provenance('csv'), headers: 'keys', bom: false });
    expect(bytes().toString('utf8')).toBe('"id","title","group","score","flag","date"\r\n');
  });
});

describe('XLSX', () => {
  it('has a data sheet and an "About this export" sheet with the row count, and inert formulas', async () => {
    const { out: sink, bytes } = collect();
    const n = await writeXlsx(sink, columns, batches(rows), { provenance: provenance('xlsx') });
    expect(n).toBe(rows.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes() as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Test rows', 'About this export']);
    const data = wb.worksheets[0]!;
    expect(data.rowCount).toBe(rows.length + 1);
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['ID', 'Title', 'Group', 'Score', 'Flag', 'Date']);
    const title = data.getRow(2).getCell(2);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(title.formula).toBeUndefined();
    expect(data.getRow(2).getCell(4).value).toBe(-2.5);
    expect(data.getRow(4).getCell(4).value).toBe(-10);
    expect(data.getRow(4).getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(data.getRow(2).getCell(5).value).toBe(true);
    for (let r = 2; r <= rows.length + 1; r++) {
      for (let c = 1; c <= columns.length; c++) expect(data.getRow(r).getCell(c).type).not.toBe(ExcelJS.ValueType.Formula);
    }
    const about = wb.getWorksheet('About this export')!;
    const lines = new Map<string, unknown>();
    about.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get('Rows')).toBe(rows.length);
    expect(lines.get('Page and filters')).toBe('http://localhost/test?stance=critical');
    expect(lines.get('Filter: stance')).toBe('critical');
    expect(lines.get('Publisher registry version')).toBeTruthy();
    expect(lines.get('Formula neutralisation')).toMatch(/apostrophe/);
  });

  it('starts another sheet when one would pass the row limit', async () => {
    const { out: sink, bytes } = collect();
    const many = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, title: `row ${i + 1}`, group: 'critical', score: i, flag: null, date: null }));
    await writeXlsx(sink, columns, batches(many, 3), { provenance: provenance('xlsx'), maxRowsPerSheet: 4 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes() as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
      ['Test rows', 4],
      ['Test rows (2)', 4],
      ['Test rows (3)', 2],
      ['About this export', expect.any(Number)],
    ]);
  });

  it('cleans cells Excel would reject', () => {
    expect(xlsxCell('a\u0000b\u0007c\u000Bd')).toBe('abcd');
    expect(xlsxCell('tab\tand\nnewline')).toBe('tab\tand\nnewline');
    expect(xlsxCell('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(xlsxCell('emoji 😀 ok')).toBe('emoji 😀 ok');
    expect((xlsxCell('x'.repeat(40_000)) as string).length).toBe(XLSX_MAX_CELL);
    expect(xlsxCell(-1)).toBe(-1);
    expect(xlsxCell(null)).toBeNull();
  });
});

describe('JSON and JSON Lines', () => {
  it('JSON: provenance first, then the rows as stored, then the row count', async () => {
    const { out: sink, bytes } = collect();
    await writeJson(sink, columns, batches(rows), { provenance: provenance('json') });
    const doc = JSON.parse(bytes().toString('utf8'));
    expect(Object.keys(doc)).toEqual(['provenance', 'rows', 'rowCount', 'complete']);
    expect(doc.provenance).toMatchObject({ dataset: 'test', format: 'json', pageUrl: 'http://localhost/test?stance=critical' });
    expect(doc.provenance.rowCount).toBeUndefined();
    expect(doc.rowCount).toBe(rows.length);
    expect(doc.complete).toBe(true);
    // Not a spreadsheet: text is exact.
    expect(doc.rows[0]).toEqual(rows[0]);
    expect(doc.rows.map((r: Row) => r.title)).toEqual(rows.map((r) => r.title));
  });

  it('JSON with no rows is still valid', async () => {
    const { out: sink, bytes } = collect();
    await writeJson(sink, columns, batches([]), { provenance: provenance('json') });
    expect(JSON.parse(bytes().toString('utf8'))).toMatchObject({ rows: [], rowCount: 0 });
  });

  it('JSON Lines: one object per line', async () => {
    const { out: sink, bytes } = collect();
    const n = await writeJsonl(sink, columns, batches(rows));
    const lines = bytes().toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(n).toBe(rows.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
  });
});

describe('backpressure', () => {
  it('stops reading rows while the destination is full, and finishes once it drains', async () => {
    const out = new PassThrough({ highWaterMark: 64 });
    let produced = 0;
    async function* slowReader(): AsyncGenerator<Row[]> {
      for (let i = 0; i < 2000; i++) {
        produced++;
        yield [{ id: i, title: 'x'.repeat(200), group: 'critical', score: i, flag: null, date: null }];
      }
    }
    const done = writeCsv(out, columns, slowReader(), { provenance: provenance('csv') });
    // Let the pipeline run as far as it can while nobody reads the output.
    for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
    // The buffers between reader and destination hold a few dozen rows, not all 2,000 (~460 kB).
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(500);
    let size = 0;
    out.on('data', (c: Buffer) => (size += c.length));
    await done;
    expect(produced).toBe(2000);
    expect(size).toBeGreaterThan(2000 * 200);
  });
});

describe('XLSX backpressure', () => {
  it('stops reading batches while the download is not read', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    let produced = 0;
    async function* reader(): AsyncGenerator<Row[]> {
      for (let b = 0; b < 200; b++) {
        produced++;
        yield Array.from({ length: 100 }, (_, i) => ({ id: b * 100 + i, title: `${b}-${i} `.repeat(40), group: 'critical', score: i, flag: true, date: null }));
      }
    }
    const done = writeXlsx(out, columns, reader(), { provenance: provenance('xlsx') });
    for (let i = 0; i < 500; i++) await new Promise((r) => setImmediate(r));
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(200);
    const { out: sink, bytes } = collect();
    const sinkDone = finished(sink);
    out.pipe(sink);
    expect(await done).toBe(20_000);
    await sinkDone;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes() as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(20_001);
  }, 60_000);
});
