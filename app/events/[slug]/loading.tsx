import { ChartSkeleton, Skeleton } from '@/components/ui/skeleton';
import { RATED_STANCES } from '@/lib/stance';

// The event page's shape while it loads: header, three group columns, charts.
export default function Loading() {
  return (
    <div aria-busy="true">
      <h1 className="visually-hidden">Loading the event comparison…</h1>
      <div className="page-header">
        <div className="skeleton skeleton--title" aria-hidden="true" />
        <Skeleton lines={3} label="" />
      </div>
      <div className="stance-columns" data-count={3}>
        {RATED_STANCES.map((s) => (
          <section key={s} className="stance-column" data-stance={s} aria-hidden="true">
            <Skeleton lines={8} label="" />
          </section>
        ))}
      </div>
      <ChartSkeleton label="Loading charts…" />
    </div>
  );
}
