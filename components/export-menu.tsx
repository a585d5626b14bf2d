'use client';

// Export controls. <ExportMenu dataset="…" /> goes in a page header's `actions` slot: its links
// carry the page's current query string, so the file holds exactly the rows the table shows
// (every page of them, in the table's order). <ChartDownload /> sits under each chart frame.
// Dataset names: articles, publishers, events, event-comparison (needs params={{ event }}),
// terms, distinctive-words, claims, attributions, sources, amplification, outlet-originality,
// republished-texts, glossary, term-usage, term-examples, term-events (the last three need
// params={{ term }}; see lib/export/datasets.ts).

import { useSearchParams } from 'next/navigation';
import { Suspense, useId, useRef, useState } from 'react';
import { captureChart, chartFilename, composeChartSvg } from '@/lib/export/chart-image';
import { useDismiss } from './use-dismiss';

/** Kept in step with DATASET_NAMES in lib/export/datasets.ts (a server module). */
export type ExportDataset =
  | 'articles'
  | 'publishers'
  | 'events'
  | 'event-comparison'
  | 'terms'
  | 'distinctive-words'
  | 'claims'
  | 'attributions'
  | 'sources'
  | 'amplification'
  | 'outlet-originality'
  | 'republished-texts'
  | 'glossary'
  | 'term-usage'
  | 'term-examples'
  | 'term-events';

export interface ExportMenuProps {
  /** Which dataset the page's table is. */
  dataset: ExportDataset;
  /** Params the URL does not hold but the dataset needs, e.g. { event: slug } on an event page. */
  params?: Record<string, string>;
  /** Button text. Default "Export". */
  label?: string;
  /** Names the rows in the menu, e.g. "articles" → "All 412 matching articles". */
  rowsLabel?: string;
  /** Rows the export will hold, when the page knows it. */
  rowCount?: number;
}

// Params that page through or size a table: an export is every row, so they are left out.
const PAGE_ONLY = new Set(['page', 'size']);

export function exportQuery(current: string, params: Record<string, string> = {}): URLSearchParams {
  const q = new URLSearchParams(current);
  for (const key of PAGE_ONLY) q.delete(key);
  for (const [k, v] of Object.entries(params)) q.set(k, v);
  return q;
}

export function exportHref(dataset: string, query: URLSearchParams, format: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(query);
  q.set('format', format);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return `/api/export/${dataset}?${q.toString()}`;
}

const FORMATS = [
  { format: 'csv', label: 'CSV', hint: 'spreadsheets, R, pandas' },
  { format: 'xlsx', label: 'Excel (XLSX)', hint: 'with an “About this export” sheet' },
  { format: 'json', label: 'JSON', hint: 'rows with provenance' },
  { format: 'jsonl', label: 'JSON Lines', hint: 'one row per line' },
] as const;

export function ExportMenu(props: ExportMenuProps) {
  // useSearchParams needs a Suspense boundary when a page is prerendered; these pages are dynamic,
  // but the fallback keeps the menu usable (without the filters) if one ever is not.
  return (
    <Suspense fallback={<ExportMenuView {...props} query={exportQuery('', props.params)} />}>
      <ExportMenuWithParams {...props} />
    </Suspense>
  );
}

function ExportMenuWithParams(props: ExportMenuProps) {
  const search = useSearchParams();
  return <ExportMenuView {...props} query={exportQuery(search?.toString() ?? '', props.params)} />;
}

function ExportMenuView({ dataset, label = 'Export', rowsLabel = 'rows', rowCount, query }: ExportMenuProps & { query: URLSearchParams }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const headingId = useId();
  useDismiss(ref);
  const filtered = [...query.keys()].some((k) => k !== 'sort' && k !== 'event');
  const what =
    rowCount !== undefined
      ? `All ${rowCount.toLocaleString('en')} ${filtered ? 'matching ' : ''}${rowsLabel}`
      : `All ${filtered ? 'matching ' : ''}${rowsLabel}`;
  return (
    <details className="column-menu export-menu" ref={ref} data-dataset={dataset}>
      <summary className="button button--small">{label}</summary>
      <div className="column-menu__panel" role="group" aria-labelledby={headingId}>
        <p id={headingId} className="small" style={{ margin: '0 0 0.5rem', fontWeight: 650 }}>
          {what}, in the table’s order
        </p>
        <ul className="plain-list" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {FORMATS.map((f) => (
            <li key={f.format} style={{ padding: '0.2rem 0' }}>
              <a href={exportHref(dataset, query, f.format)} download data-format={f.format}>
                {f.label}
              </a>{' '}
              <span className="small muted">{f.hint}</span>
            </li>
          ))}
        </ul>
        <p className="small muted" style={{ margin: '0.5rem 0 0' }}>
          <a href={exportHref(dataset, query, 'csv', { provenance: '1' })} target="_blank" rel="noopener noreferrer">
            Provenance
          </a>{' '}
          (filters, row count, versions) ·{' '}
          <a href={`/api/v1/${dataset}?${query.toString()}`} target="_blank" rel="noopener noreferrer">
            API
          </a>
        </p>
      </div>
    </details>
  );
}

// ---------------------------------------------------------------------------------------------
// Chart downloads

export interface ChartDownloadProps {
  title: string;
  unit?: string;
  source: string;
}

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const g = canvas.getContext('2d');
      if (!g) {
        URL.revokeObjectURL(url);
        reject(new Error('no canvas'));
        return;
      }
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be drawn as an image.'));
    };
    img.src = url;
  });
}

/** "Download SVG · PNG" under a chart: the drawing with its title, unit, legend and source line. */
export function ChartDownload({ title, unit, source }: ChartDownloadProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  const build = () => {
    const frame = ref.current?.closest('figure');
    const chart = frame?.querySelector('.chart-frame__chart');
    const captured = chart ? captureChart(chart) : null;
    if (!captured) {
      setStatus('There is no drawn chart to download here.');
      return null;
    }
    return composeChartSvg({ ...captured, title, unit, source });
  };

  const download = async (ext: 'svg' | 'png') => {
    const image = build();
    if (!image) return;
    try {
      if (ext === 'svg') saveBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), chartFilename(title, 'svg'));
      else saveBlob(await svgToPng(image.svg, image.width, image.height), chartFilename(title, 'png'));
      setStatus(`Downloaded ${chartFilename(title, ext)}.`);
    } catch (err) {
      setStatus((err as Error).message);
    }
  };

  return (
    <div ref={ref} className="chart-frame__download" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', margin: '0 0 0.5rem' }}>
      <button type="button" className="button button--small" onClick={() => void download('svg')}>
        Download SVG<span className="visually-hidden"> of the chart “{title}”</span>
      </button>
      <button type="button" className="button button--small" onClick={() => void download('png')}>
        Download PNG<span className="visually-hidden"> of the chart “{title}”</span>
      </button>
      <span className="small muted" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
