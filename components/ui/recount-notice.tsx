// The notice a view prints when it shows a count taken before the latest change (cachedRecent in
// lib/queries/cache.ts: an import is committing while the count reruns). It also tells the
// Proxy's render cache not to keep this render, so the next visitor gets the current one.
import type { ReactNode } from 'react';
import { NOT_KEPT_ATTRIBUTE, NOT_KEPT_VALUE } from '@/lib/http/render-cache-marker';

/** "HH:MM:SS" of a count's start, in UTC as the notices say. */
export function countedAtUtc(at: Date): string {
  return at.toISOString().slice(11, 19);
}

export function RecountNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status" {...{ [NOT_KEPT_ATTRIBUTE]: NOT_KEPT_VALUE }}>
      {children}
    </p>
  );
}
