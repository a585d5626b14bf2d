'use client';

import { useState } from 'react';

export function CopyButton({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is blocked here: select the link and copy it.');
    }
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="small muted" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
