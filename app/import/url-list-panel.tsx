'use client';
// Paste links or choose a list file (text, CSV or JSON: Media Cloud and GDELT exports work as they
// come); the worker fetches each URL as its own job. Progress and each URL's result are polled
// from the server, so a reload shows the same.
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { UrlImportRow, UrlItemRow } from '@/lib/queries/web-imports';
import '@/components/curation/curation.css';
import './web-import.css';

const POLL_MS = 1500;
const inProgress = (lists: UrlImportRow[]) => lists.some((l) => l.tally.queued + l.tally.running > 0);

const STATUS_LABEL: Record<UrlItemRow['status'], string> = {
  queued: 'waiting',
  running: 'fetching…',
  new: 'new',
  duplicate: 'duplicate',
  failed: 'failed',
};

function ItemDetail({ item }: { item: UrlItemRow }) {
  if (item.status === 'new' || item.status === 'duplicate') {
    return (
      <span className="detail small">
        {item.articleId ? <Link href={`/articles/${item.articleId}`}>{item.title ?? `article ${item.articleId}`}</Link> : null}
        {item.archivedAt ? <span className="muted"> · from the Internet Archive ({item.archivedAt.slice(0, 10)})</span> : null}
        {item.status === 'duplicate' && item.reason ? <span className="muted"> · {item.reason}</span> : null}
      </span>
    );
  }
  if (item.status === 'failed') return <span className="detail small">{item.reason ?? 'failed'}</span>;
  return item.reason ? <span className="detail small muted">{item.reason}</span> : null;
}

export function UrlListPanel({ initial }: { initial: UrlImportRow[] }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [publisher, setPublisher] = useState('');
  const [via, setVia] = useState('');
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [lists, setLists] = useState(initial);
  const [pollUntil, setPollUntil] = useState(0);

  const refresh = useCallback(async () => {
    const res = await fetch('/import/urls', { cache: 'no-store' });
    if (res.ok) setLists(((await res.json()) as { lists: UrlImportRow[] }).lists);
  }, []);

  useEffect(() => {
    if (!inProgress(lists) && Date.now() > pollUntil) return;
    const t = setTimeout(() => void refresh().catch(() => {}), POLL_MS);
    return () => clearTimeout(t);
  }, [lists, pollUntil, refresh]);

  const send = async () => {
    setSending(true);
    setMessage(null);
    try {
      const body = new FormData();
      body.append('urls', text);
      if (file) body.append('file', file, file.name);
      body.append('publisher', publisher);
      body.append('via', via);
      const res = await fetch('/import/urls', { method: 'POST', body });
      const json = (await res.json().catch(() => ({}))) as { error?: { message: string }; urlImportId?: number; urls?: number; rejected?: { line: number; reason: string }[] };
      if (!res.ok) {
        setMessage({ ok: false, text: json.error?.message ?? `The list was refused (HTTP ${res.status}).` });
        return;
      }
      const skipped = json.rejected?.length ? ` ${json.rejected.length} line${json.rejected.length === 1 ? '' : 's'} skipped (first: line ${json.rejected[0]!.line}, ${json.rejected[0]!.reason}).` : '';
      setMessage({ ok: true, text: `List ${json.urlImportId} queued: ${json.urls} URL${json.urls === 1 ? '' : 's'}.${skipped}` });
      setText('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      setPollUntil(Date.now() + 15_000);
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: `Sending failed: ${(err as Error).message}` });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="stack">
      <form
        className="url-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-urls`}>Links, one per line</label>
          <textarea id={`${id}-urls`} value={text} onChange={(e) => setText(e.target.value)} placeholder={'https://www.example.org/2024/05/article\nhttps://…'} spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>…or a list file</label>
          <input id={`${id}-file`} ref={fileInput} type="file" accept=".txt,.csv,.tsv,.json,.jsonl,.ndjson" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="muted small">A text file of URLs, or a CSV/JSON export with a url column (Media Cloud, GDELT): its title, date, outlet and language columns fill what a page lacks.</span>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-publisher`}>Publisher (optional)</label>
            <input id={`${id}-publisher`} value={publisher} onChange={(e) => setPublisher(e.target.value)} placeholder="taken from each page" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-via`}>Collected via (optional)</label>
            <input id={`${id}-via`} value={via} onChange={(e) => setVia(e.target.value)} placeholder="an aggregator or digest host" />
          </div>
        </div>
        <div>
          <button type="submit" className="button button--primary" disabled={sending || (!text.trim() && !file)}>
            {sending ? 'Queuing…' : 'Import these links'}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className={message ? 'form-message' : 'visually-hidden'} data-ok={message ? String(message.ok) : undefined}>
        {message?.text ?? ''}
      </p>
      <section aria-labelledby={`${id}-recent`}>
        <h3 id={`${id}-recent`}>Recent link lists</h3>
        {lists.length === 0 ? (
          <p className="muted">No link list yet.</p>
        ) : (
          <ol className="plain-list stack">
            {lists.map((l) => {
              const done = l.tally.new + l.tally.duplicate + l.tally.failed;
              return (
                <li key={l.id} data-url-import={l.id}>
                  <strong>
                    {l.source === 'feed' && l.feedId ? <Link href={`/feeds/${l.feedId}`}>{l.name}</Link> : l.name}
                  </strong>{' '}
                  <span className="muted small">
                    {l.source === 'feed' ? 'feed poll' : `list ${l.id}`} by {l.createdBy}, {l.createdAt.slice(0, 16).replace('T', ' ')} UTC
                  </span>
                  <div className="url-list-progress">
                    <progress max={l.tally.total} value={done} aria-label={`${l.name}: ${done} of ${l.tally.total} links done`} />
                    <span className="small" data-progress>
                      {done} of {l.tally.total} done · {l.tally.new} new · {l.tally.duplicate} duplicate · {l.tally.failed} failed
                      {l.tally.running ? ` · ${l.tally.running} fetching` : ''}
                    </span>
                  </div>
                  <ul className="url-items" aria-label={`Links of ${l.name}`}>
                    {l.items.map((item) => (
                      <li key={item.id} data-url={item.url} data-status={item.status}>
                        <span className="upload-status" data-status={item.status}>
                          {STATUS_LABEL[item.status]}
                        </span>
                        <span className="url small">{item.url}</span>
                        <ItemDetail item={item} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
