import { ChartSkeleton, Skeleton, TableSkeleton } from './skeleton';

export interface PageLoadingProps {
  /** Stat cards under the header (the overview). */
  cards?: number;
  /** A row of filter controls. */
  filters?: boolean;
  /** Height of a chart placeholder; none when 0. */
  chart?: number;
  tableColumns?: number;
}

/**
 * The skeleton every list page shows while its queries run (each route's loading.tsx renders it
 * with the page's shape). Detail pages have none on purpose: a streamed fallback would commit a
 * 200 status before the page can answer 404 for an unknown id.
 */
export function PageLoading({ cards = 0, filters = false, chart = 0, tableColumns = 5 }: PageLoadingProps) {
  return (
    <div className="loading-page" aria-busy="true">
      {/* Keeps the page outline intact for screen readers while the real h1 is on its way. */}
      <h1 className="visually-hidden">Loading…</h1>
      <div className="page-header">
        <div className="skeleton skeleton--title" aria-hidden="true" />
        <Skeleton lines={2} label="" />
      </div>
      {cards > 0 ? (
        <div className="grid-cards" aria-hidden="true">
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className="stat">
              <div className="skeleton skeleton--line" style={{ width: '50%' }} />
              <div className="skeleton skeleton--value" />
            </div>
          ))}
        </div>
      ) : null}
      {filters ? (
        <div className="filter-bar" aria-hidden="true">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="skeleton skeleton--line" style={{ width: '9rem', height: '2.25rem' }} />
          ))}
        </div>
      ) : null}
      {chart > 0 ? <ChartSkeleton height={chart} label="" /> : null}
      <TableSkeleton rows={10} cols={tableColumns} label="Loading…" />
    </div>
  );
}
