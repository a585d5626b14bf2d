import { ChartSkeleton, Skeleton, TableSkeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="loading-page" aria-busy="true">
      {/* Keeps the page outline intact for screen readers while the real h1 is on its way. */}
      <h1 className="visually-hidden">Loading…</h1>
      <div className="page-header">
        <div className="skeleton skeleton--title" aria-hidden="true" />
        <Skeleton lines={1} label="Loading…" />
      </div>
      <div className="filter-bar" aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="skeleton skeleton--line" style={{ width: '9rem', height: '2.25rem' }} />
        ))}
      </div>
      <ChartSkeleton height={200} label="" />
      <TableSkeleton rows={10} cols={7} label="" />
    </div>
  );
}
