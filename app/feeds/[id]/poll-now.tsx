'use client';
// "Poll now" for curators: queues a poll for the worker, then reloads the page's data.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function PollNow({ feedId }: { feedId: number }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const poll = async () => {
    setBusy(true);
    try {
      const res = await fetch(`/feeds/${feedId}/poll`, { method: 'POST' });
      const json = (await res.json().catch(() => ({}))) as { error?: { message: string } };
      setState(res.ok ? { ok: true, text: 'Poll queued; this page refreshes in a few seconds.' } : { ok: false, text: json.error?.message ?? `Refused (HTTP ${res.status}).` });
      if (res.ok) setTimeout(() => router.refresh(), 4000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" className="button" onClick={() => void poll()} disabled={busy}>
        {busy ? 'Queuing…' : 'Poll now'}
      </button>
      <p role="status" aria-live="polite" className={state ? 'form-message' : 'visually-hidden'} data-ok={state ? String(state.ok) : undefined}>
        {state?.text ?? ''}
      </p>
    </div>
  );
}
