// What an exported file says about itself: when it was made, from which view (the page URL with
// its filters), how many rows, and the versions of everything that produced the numbers (app,
// lexicon, event catalog, analysis method, publisher registry). The XLSX file carries it as its
// "About this export" sheet, JSON as its "provenance" object, CSV and JSON Lines through the
// companion `?provenance=1` request.
import pkg from '@/package.json';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import type { Dataset } from './types';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json', 'jsonl'];

export const APP_VERSION: string = pkg.version;

export const NEUTRALISATION_NOTE =
  "Spreadsheet formula injection: in CSV and XLSX files, text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe (') so spreadsheets show them as text. Numbers are not changed. JSON and JSON Lines keep the exact text.";

export interface Provenance {
  dataset: string;
  title: string;
  description: string;
  rowIs: string;
  format: ExportFormat | null;
  exportedAt: string;
  /** The dashboard view these rows are, with the filters in its query string. */
  pageUrl: string;
  /** The filters as read by the shared parser (normalised: defaults dropped, bad values removed). */
  filters: Record<string, string>;
  /** Rows in the file; for streamed files known only at the end (see docs/api.md). */
  rowCount: number | null;
  appVersion: string;
  versions: { lexicon: string; events: string; method: string; registry: string };
  formulaNeutralisation: string | null;
  columns: { key: string; header: string; type: string; description: string }[];
}

export interface ProvenanceOptions {
  format: ExportFormat | null;
  /** Origin to make the page URL absolute (e.g. https://host); relative without it. */
  origin?: string;
  exportedAt?: Date;
  rowCount?: number | null;
}

export function buildProvenance<F>(ds: Dataset<F>, filter: F, opts: ProvenanceOptions): Provenance {
  return {
    dataset: ds.name,
    title: ds.title,
    description: ds.description,
    rowIs: ds.rowIs,
    format: opts.format,
    exportedAt: (opts.exportedAt ?? new Date()).toISOString(),
    pageUrl: `${opts.origin ?? ''}${ds.pageUrl(filter)}`,
    filters: ds.toQuery(filter),
    rowCount: opts.rowCount ?? null,
    appVersion: APP_VERSION,
    versions: { ...ANALYSIS_VERSION, registry: REGISTRY_VERSION },
    formulaNeutralisation: opts.format === 'csv' || opts.format === 'xlsx' ? NEUTRALISATION_NOTE : null,
    columns: ds.columns.map((c) => ({ key: c.key, header: c.header, type: c.type, description: c.description })),
  };
}

/** The provenance as Field / Value lines (the XLSX "About this export" sheet). */
export function provenanceLines(p: Provenance): [string, string | number][] {
  const lines: [string, string | number][] = [
    ['Dataset', `${p.title} (${p.dataset})`],
    ['What a row is', p.rowIs],
    ['Description', p.description],
    ['Exported at (UTC)', p.exportedAt],
    ['Page and filters', p.pageUrl],
  ];
  const filters = Object.entries(p.filters);
  if (filters.length === 0) lines.push(['Filters', 'none: every row']);
  for (const [k, v] of filters) lines.push([`Filter: ${k}`, v]);
  lines.push(
    ['Rows', p.rowCount ?? ''],
    ['App version', p.appVersion],
    ['Lexicon version', p.versions.lexicon],
    ['Event catalog version', p.versions.events],
    ['Analysis method version', p.versions.method],
    ['Publisher registry version', p.versions.registry],
  );
  if (p.formulaNeutralisation) lines.push(['Formula neutralisation', p.formulaNeutralisation]);
  return lines;
}
