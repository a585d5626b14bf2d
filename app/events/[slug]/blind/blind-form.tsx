'use client';

// The marking sheet. Each passage is a group of three radio buttons (Tab to a passage, arrow
// keys to choose); every mark is written into the URL (`m3=c`) with replaceState, so a reload,
// the back button or a link sent to the teacher keeps the marks, and nothing is kept in the
// browser between students on a shared computer. Submitting shows the answers (`reveal=1`):
// without JavaScript the same form does that as a plain GET.
import { useRouter } from 'next/navigation';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';

function queryOf(form: HTMLFormElement, reveal: boolean): string {
  const q = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (name === 'reveal' || typeof value !== 'string' || value === '') continue;
    q.append(name, value);
  }
  if (reveal) q.set('reveal', '1');
  return q.toString();
}

export function BlindForm({ action, total, initialMarked, children }: { action: string; total: number; initialMarked: number; children: ReactNode }) {
  const router = useRouter();
  const [marked, setMarked] = useState(initialMarked);

  const onChange = useCallback((e: FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    window.history.replaceState(null, '', `${action}?${queryOf(form, false)}`);
    setMarked(form.querySelectorAll('input[type=radio]:checked').length);
  }, [action]);

  const onSubmit = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      router.push(`${action}?${queryOf(e.currentTarget, true)}`);
    },
    [action, router],
  );

  return (
    <form method="get" action={action} onChange={onChange} onSubmit={onSubmit} className="blind-form">
      <input type="hidden" name="reveal" value="1" />
      {children}
      <div className="blind-submit">
        <p className="blind-progress" role="status" aria-live="polite">
          Marked {marked} of {total}
        </p>
        <button type="submit" className="button button--primary">
          Reveal the answers
        </button>
      </div>
    </form>
  );
}
