import type { CSSProperties } from 'react';

// Skeletons announce "Loading…" to screen readers; the grey shapes themselves are hidden from
// assistive technology because they carry no information. Pass label="" when another element
// on the page already announces the loading, so it is not read twice.

interface LoadingLabelProps {
  /** What is loading, read by screen readers. Default "Loading…". */
  label?: string;
}

function LoadingLabel({ label }: { label: string }) {
  return label ? <span className="visually-hidden">{label}</span> : null;
}

export function Skeleton({ lines = 3, height, label = 'Loading…' }: { lines?: number; height?: number | string } & LoadingLabelProps) {
  return (
    <div className="skeleton-group" role={label ? 'status' : undefined}>
      <LoadingLabel label={label} />
      {height !== undefined ? (
        <div className="skeleton" aria-hidden="true" style={{ height }} />
      ) : (
        Array.from({ length: Math.max(1, lines) }, (_, i) => (
          // The last line is shorter so a block reads as a paragraph, not a bar.
          <div
            key={i}
            className="skeleton skeleton--line"
            aria-hidden="true"
            style={{ width: i === lines - 1 && lines > 1 ? '60%' : undefined }}
          />
        ))
      )}
    </div>
  );
}

export function TableSkeleton({ rows = 8, cols = 5, label = 'Loading table…' }: { rows?: number; cols?: number } & LoadingLabelProps) {
  const style = { '--skeleton-cols': cols } as CSSProperties;
  return (
    <div className="skeleton-table" role={label ? 'status' : undefined} style={style}>
      <LoadingLabel label={label} />
      <div className="skeleton-table__row skeleton-table__row--head" aria-hidden="true">
        {Array.from({ length: cols }, (_, c) => (
          <div key={c} className="skeleton skeleton--line" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="skeleton-table__row" aria-hidden="true">
          {Array.from({ length: cols }, (_, c) => (
            <div key={c} className="skeleton skeleton--line" style={{ width: `${60 + ((r * 7 + c * 13) % 40)}%` }} />
          ))}
        </div>
      ))}
    </div>
  );
}

export function ChartSkeleton({ height = 280, label = 'Loading chart…' }: { height?: number } & LoadingLabelProps) {
  return (
    <div className="skeleton-chart" role={label ? 'status' : undefined}>
      <LoadingLabel label={label} />
      <div className="skeleton skeleton--line" aria-hidden="true" style={{ width: '40%' }} />
      <div className="skeleton-chart__bars" aria-hidden="true" style={{ height }}>
        {[55, 80, 35, 65, 90, 45, 70].map((h, i) => (
          <div key={i} className="skeleton" style={{ height: `${h}%` }} />
        ))}
      </div>
    </div>
  );
}
