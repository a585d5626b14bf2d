// A disclosure that keeps edit forms out of the reader's way until asked for (no script needed).
import type { ReactNode } from 'react';
import './curation.css';

export function EditPanel({ summary, children, open }: { summary: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="edit-panel" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
