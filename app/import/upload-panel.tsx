'use client';
// Drag-and-drop (or choose) several files, send them in one upload, then follow each file's
// import as the worker runs it. Progress is polled from the server, so a reload shows the same.
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { UploadStatus } from '@/lib/queries/uploads';
import '@/components/curation/curation.css';

const ACCEPT = '.txt,.md,.html,.htm,.csv,.json,.jsonl,.ndjson';
const POLL_MS = 1500;

const inProgress = (uploads: UploadStatus[]) => uploads.some((u) => u.status === 'queued' || u.status === 'running');

function fileStatus(f: UploadStatus['files'][number]): string {
  switch (f.status) {
    case 'queued':
      return 'waiting';
    case 'running':
      return 'importing…';
    case 'imported':
      return f.newCount === 0 && f.duplicateCount > 0 ? 'duplicate' : 'imported';
    case 'failed':
      return 'failed';
  }
}

function fileDetail(f: UploadStatus['files'][number]): string {
  if (f.status === 'imported') return `${f.newCount} new, ${f.duplicateCount} duplicate`;
  if (f.status === 'failed') return f.reason ?? 'failed';
  return `${(f.size / 1024).toFixed(1)} KB`;
}

export function UploadPanel({ initial }: { initial: UploadStatus[] }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [uploads, setUploads] = useState(initial);
  const [pollUntil, setPollUntil] = useState(0);
  // The server's list wins when the page renders again (a removal on this page redirects to it):
  // polling runs only while an upload is in progress, so it would not bring the change.
  const [rendered, setRendered] = useState(initial);
  if (initial !== rendered) {
    setRendered(initial);
    setUploads(initial);
  }

  const refresh = useCallback(async () => {
    const res = await fetch('/import/uploads', { cache: 'no-store' });
    if (res.ok) setUploads(((await res.json()) as { uploads: UploadStatus[] }).uploads);
  }, []);

  useEffect(() => {
    if (!inProgress(uploads) && Date.now() > pollUntil) return;
    const t = setTimeout(() => void refresh().catch(() => {}), POLL_MS);
    return () => clearTimeout(t);
  }, [uploads, pollUntil, refresh]);

  const add = (files: FileList | null) => {
    if (!files) return;
    setChosen((prev) => {
      const names = new Set(prev.map((f) => f.name));
      return [...prev, ...[...files].filter((f) => !names.has(f.name))];
    });
    setMessage(null);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  };

  const send = async () => {
    if (chosen.length === 0) return;
    setSending(true);
    setMessage(null);
    try {
      const body = new FormData();
      for (const f of chosen) body.append('files', f, f.name);
      const res = await fetch('/import/uploads', { method: 'POST', body });
      const json = (await res.json().catch(() => ({}))) as { error?: { message: string }; uploadId?: number };
      if (!res.ok) {
        setMessage({ ok: false, text: json.error?.message ?? `Upload refused (HTTP ${res.status}).` });
        return;
      }
      setMessage({ ok: true, text: `Upload ${json.uploadId} queued: ${chosen.length} file${chosen.length === 1 ? '' : 's'}.` });
      setChosen([]);
      if (input.current) input.current.value = '';
      setPollUntil(Date.now() + 15_000);
      await refresh();
    } catch (err) {
      setMessage({ ok: false, text: `Upload failed: ${(err as Error).message}` });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="stack">
      <div
        className="drop-zone"
        data-active={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop files here, or choose them:</p>
        <div className="field">
          <label htmlFor={inputId}>Files to import</label>
          <input id={inputId} ref={input} type="file" multiple accept={ACCEPT} onChange={(e) => add(e.target.files)} />
        </div>
        <p className="muted small">Text, HTML, CSV, JSON or JSON Lines; each file goes in all-or-nothing.</p>
      </div>
      {chosen.length > 0 ? (
        <div className="stack">
          <ul className="upload-files" aria-label="Files to upload">
            {chosen.map((f) => (
              <li key={f.name}>
                <span>{f.name}</span> <span className="muted small">{(f.size / 1024).toFixed(1)} KB</span>
                <button type="button" className="link-button small" onClick={() => setChosen((c) => c.filter((x) => x !== f))}>
                  Remove {f.name}
                </button>
              </li>
            ))}
          </ul>
          <div>
            <button type="button" className="button button--primary" onClick={() => void send()} disabled={sending}>
              {sending ? 'Uploading…' : `Upload ${chosen.length} file${chosen.length === 1 ? '' : 's'}`}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={message ? 'form-message' : 'visually-hidden'} data-ok={message ? String(message.ok) : undefined}>
        {message?.text ?? ''}
      </p>
      <section aria-labelledby={`${inputId}-recent`}>
        <h2 id={`${inputId}-recent`}>Recent uploads</h2>
        {uploads.length === 0 ? (
          <p className="muted">No upload yet.</p>
        ) : (
          <ol className="plain-list">
            {uploads.map((u) => (
              <li key={u.id} data-upload={u.id} data-status={u.status}>
                <strong>Upload {u.id}</strong>{' '}
                <span className="muted small">
                  by {u.createdBy}, {u.createdAt.slice(0, 16).replace('T', ' ')} UTC · {u.status}
                  {u.attempts > 1 ? ` · attempt ${u.attempts}` : ''}
                </span>
                {u.error ? <div className="small">{u.error}</div> : null}
                {u.removed ? (
                  <div className="small" data-removed>
                    Its articles were removed from the corpus by {u.removed.by}, {u.removed.at.slice(0, 16).replace('T', ' ')} UTC:{' '}
                    <Link href="/changes?type=import">see the history</Link>.
                  </div>
                ) : null}
                <ul className="upload-files">
                  {u.files.map((f) => (
                    <li key={f.id} data-file={f.name} data-status={f.status}>
                      <span className="upload-status" data-status={f.status}>
                        {fileStatus(f)}
                      </span>
                      <span>{f.name}</span>
                      <span className="muted small">{fileDetail(f)}</span>
                      {f.warnings.length ? (
                        <ul className="upload-warnings small" aria-label={`Warnings for ${f.name}`}>
                          {f.warnings.map((w, i) => (
                            <li key={i}>{w}</li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
