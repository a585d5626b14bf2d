import { Skeleton, TableSkeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div className="loading-page" aria-busy="true">
      {/* Keeps the page outline intact for screen readers while the real h1 is on its way. */}
      <h1 className="visually-hidden">Loading…</h1>
      <div className="page-header">
        <div className="skeleton skeleton--title" aria-hidden="true" />
        <Skeleton lines={2} label="" />
      </div>
      <div className="grid-cards" aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="stat">
            <div className="skeleton skeleton--line" style={{ width: '50%' }} />
            <div className="skeleton skeleton--value" />
          </div>
        ))}
      </div>
      <TableSkeleton rows={8} cols={5} label="" />
    </div>
  );
}
