'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { nextAutoRetry, type AutoRetry } from '@/lib/http/auto-retry';

// Next 16 passes both: `reset` only clears the boundary and re-renders what the client already
// has, so a failed server query would fail again; `retry` also refetches the segment from the
// server, which is what "Try again" must do when the database was briefly unavailable.
//
// The page also tries again by itself, like the 503 page the proxy shows while the database is
// down: a request can pass the proxy's health probe just before Postgres goes away (or while a
// restarted one is still replaying its log) and fail inside the render. A limited number of
// tries, so that a page broken for good does not reload forever.
export default function ErrorPage({ error, reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  const [auto, setAuto] = useState<AutoRetry | null>(null);
  const again = retry ?? reset;

  useEffect(() => {
    console.error(error);
    const next = nextAutoRetry(`${window.location.pathname}${window.location.search}`, Date.now());
    setAuto(next);
    if (!next.scheduled) return;
    const timer = window.setTimeout(again, next.delayMs);
    return () => window.clearTimeout(timer);
  }, [error, again]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  return (
    <div className="error-state" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        Something went wrong while preparing this view. This is usually temporary: the database may still be starting or
        a query took too long. Your filters are kept in the address bar, so trying again is safe.
      </p>
      <p className="error-state__auto" aria-live="polite">
        {auto === null
          ? null
          : auto.scheduled
            ? `This page tries again by itself every ${auto.delayMs / 1000} seconds (try ${auto.attempt} of ${auto.limit}).`
            : `It stopped trying by itself after ${auto.limit} tries; use “Try again” once the problem is fixed.`}
      </p>
      <p className="error-state__actions">
        <button type="button" className="button button--primary" onClick={again}>
          Try again
        </button>
        <Link href="/">Go to the overview</Link>
      </p>
      {digest ? (
        <p className="error-state__digest">
          Error reference: <code>{digest}</code> (matches the server log)
        </p>
      ) : null}
    </div>
  );
}
