// Shared cell renderers. No 'use client' so they render in server components too (event pages,
// cards) as well as inside the client DataTable's column definitions.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DatePrecision } from '@/lib/parse/types';
import type { StanceKey } from '@/lib/stance';
import { StanceBadge } from '@/components/stance-badge';

// Fixed English month names instead of Intl: ICU versions disagree ("Sep" vs "Sept"), and the
// server and the browser must print the same string or React reports a hydration mismatch.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface DateParts {
  year: string;
  month: number;
  day: number;
}

function dateParts(date: string | null | undefined): DateParts | null {
  if (!date) return null;
  // Read the calendar fields straight from the ISO string: converting through the local time
  // zone would shift midnight-UTC dates to the previous day west of Greenwich.
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : 0;
  const day = m[3] ? Number(m[3]) : 0;
  if (month > 12 || day > 31) return null;
  return { year: m[1]!, month, day };
}

/**
 * "26 May 2021", "Jul 2019", "1988" or "date unknown". Shows only as much as the source gave:
 * a year-precision date stored as 1988-01-01 must not print as "1 Jan 1988".
 */
export function formatDate(date: string | null | undefined, precision: DatePrecision = 'day'): string {
  const p = dateParts(date);
  if (!p || precision === 'unknown') return 'date unknown';
  if (precision === 'year') return p.year;
  const month = p.month >= 1 ? MONTHS[p.month - 1] : undefined;
  if (!month) return p.year;
  if (precision === 'month' || p.day < 1) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** Machine-readable value for <time dateTime>, truncated to the known precision. */
export function isoForPrecision(date: string | null | undefined, precision: DatePrecision = 'day'): string | null {
  const p = dateParts(date);
  if (!p || precision === 'unknown') return null;
  const mm = String(p.month).padStart(2, '0');
  const dd = String(p.day).padStart(2, '0');
  if (precision === 'year' || p.month < 1) return p.year;
  if (precision === 'month' || p.day < 1) return `${p.year}-${mm}`;
  return `${p.year}-${mm}-${dd}`;
}

export function DateCell({ date, precision = 'day' }: { date: string | null | undefined; precision?: DatePrecision }) {
  const iso = isoForPrecision(date, precision);
  if (!iso) return <span className="cell-date cell-muted">date unknown</span>;
  return (
    <time dateTime={iso} className="cell-date">
      {formatDate(date, precision)}
    </time>
  );
}

const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export interface NumberCellProps {
  value: number | null | undefined;
  /** Decimal places, e.g. 1 for "per 1k words" rates. Default 0. */
  digits?: number;
  /** Appended after a thin space, e.g. "%". */
  unit?: string;
}

export function formatNumber(value: number, digits = 0): string {
  if (digits === 0) return integerFormat.format(value);
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function NumberCell({ value, digits = 0, unit }: NumberCellProps) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return (
      <span className="cell-number cell-muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no value</span>
      </span>
    );
  }
  return (
    <span className="cell-number">
      {formatNumber(value, digits)}
      {unit ? `\u2009${unit}` : null}
    </span>
  );
}

export function LinkCell({ href, children, external = false }: { href: string; children: ReactNode; external?: boolean }) {
  if (external) {
    return (
      <a href={href} className="cell-link" target="_blank" rel="noopener noreferrer">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return (
    <Link href={href} className="cell-link">
      {children}
    </Link>
  );
}

export function StanceCell({ stance, inferred }: { stance: StanceKey | null | undefined; inferred?: boolean }) {
  return <StanceBadge stance={stance ?? 'unrated'} inferred={inferred} />;
}

// Grapheme-aware so a cut never splits an accented letter, an emoji, or a Persian character
// with its combining marks.
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function truncate(text: string, max: number): { short: string; truncated: boolean } {
  const graphemes = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  if (graphemes.length <= max) return { short: text, truncated: false };
  return { short: graphemes.slice(0, Math.max(1, max)).join('').trimEnd(), truncated: true };
}

/** Shortened text with the full text in the tooltip and for screen readers. */
export function TruncatedText({ text, max = 120 }: { text: string | null | undefined; max?: number }) {
  if (!text) return null;
  const { short, truncated } = truncate(text, max);
  if (!truncated) return <span dir="auto">{text}</span>;
  return (
    <span className="truncated" title={text} dir="auto">
      <span aria-hidden="true">{short}…</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
