'use client';

import Link from 'next/link';
import { useEffect } from 'react';

// Next 16 passes both: `reset` only clears the boundary and re-renders what the client already
// has, so a failed server query would fail again; `retry` also refetches the segment from the
// server, which is what "Try again" must do when the database was briefly unavailable.
export default function ErrorPage({ error, reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  return (
    <div className="error-state" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        Something went wrong while preparing this view. This is usually temporary: the database may still be starting or
        a query took too long. Your filters are kept in the address bar, so trying again is safe.
      </p>
      <p className="error-state__actions">
        <button type="button" className="button button--primary" onClick={() => (retry ?? reset)()}>
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
