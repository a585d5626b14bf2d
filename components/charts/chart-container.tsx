'use client';

import { useEffect, useState, useSyncExternalStore, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * Fixed-height box the chart measures itself in. The chart is drawn only after mount: its SVG
 * depends on the measured width, which the server cannot know, so rendering it there would
 * produce markup the browser then disagrees with.
 */
export function ChartContainer({ height, children }: { height: number; children: ReactElement }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div className="chart-container" style={{ height }}>
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%" debounce={50}>
          {children}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

const NARROW_QUERY = '(max-width: 520px)';

function subscribeNarrow(onChange: () => void): () => void {
  const mql = window.matchMedia(NARROW_QUERY);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/**
 * True on phone-width screens, where category labels get less room so the bars keep most of
 * the width. False on the server; charts draw only after mount, so there is nothing to mismatch.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
