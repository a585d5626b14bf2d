import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div aria-busy="true">
      <h1 className="visually-hidden">Loading the article…</h1>
      <div className="page-header">
        <div className="skeleton skeleton--title" aria-hidden="true" />
      </div>
      <div className="article-layout">
        <Skeleton lines={14} label="Loading the article…" />
        <Skeleton lines={8} label="" />
      </div>
    </div>
  );
}
