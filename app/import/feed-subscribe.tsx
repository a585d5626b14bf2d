'use client';
// Subscribe to an RSS or Atom feed: the worker polls it at once and then on the schedule; its page
// lists each poll and what became of each item.
import Link from 'next/link';
import { useId, useState } from 'react';
import './web-import.css';

export function FeedSubscribe({ pollHours }: { pollHours: number }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; feedId?: number } | null>(null);

  const send = async () => {
    setSending(true);
    setMessage(null);
    try {
      const body = new FormData();
      body.append('url', url);
      body.append('publisher', publisher);
      const res = await fetch('/import/feeds', { method: 'POST', body });
      const json = (await res.json().catch(() => ({}))) as { error?: { message: string }; feedId?: number; created?: boolean };
      if (!res.ok) {
        setMessage({ ok: false, text: json.error?.message ?? `Refused (HTTP ${res.status}).` });
        return;
      }
      setMessage({ ok: true, text: json.created ? 'Subscribed; the first poll is queued.' : 'Already subscribed; a poll is queued.', feedId: json.feedId });
      setUrl('');
    } catch (err) {
      setMessage({ ok: false, text: `Sending failed: ${(err as Error).message}` });
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="url-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-url`}>Feed URL (RSS or Atom)</label>
          <input id={`${id}-url`} type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://www.example.org/feed.xml" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-publisher`}>Publisher (optional)</label>
          <input id={`${id}-publisher`} value={publisher} onChange={(e) => setPublisher(e.target.value)} placeholder="a publisher in the registry" />
        </div>
      </div>
      <p className="muted small">
        Polled every {pollHours} h with conditional requests; only items the feed has not listed before are imported. <Link href="/feeds">All feeds →</Link>
      </p>
      <div>
        <button type="submit" className="button" disabled={sending || !url.trim()}>
          {sending ? 'Subscribing…' : 'Subscribe'}
        </button>
      </div>
      <p role="status" aria-live="polite" className={message ? 'form-message' : 'visually-hidden'} data-ok={message ? String(message.ok) : undefined}>
        {message?.text ?? ''} {message?.feedId ? <Link href={`/feeds/${message.feedId}`}>Open the feed’s page</Link> : null}
      </p>
    </form>
  );
}
