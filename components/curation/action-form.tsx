'use client';
// One form shape for every curation server action: the action returns { ok, message }, shown
// in a live region; the fields are the caller's (server-rendered) children. Submitting through
// onSubmit (not only the action prop) keeps what the curator typed when a change is refused:
// React resets a form after an action-prop submission. Without script the action prop still works.
import { startTransition, useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/auth/action-state';
import './curation.css';

export interface ActionFormProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  submitLabel: string;
  /** Accessible name of the form (it becomes a landmark only when named). */
  label: string;
  className?: string;
}

export function ActionForm({ action, children, submitLabel, label, className = 'edit-form' }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={className}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {children}
      <div>
        <button type="submit" className="button button--primary button--small" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
      <p role="status" aria-live="polite" className={state ? 'form-message' : 'visually-hidden'} data-ok={state ? String(state.ok) : undefined}>
        {state?.message ?? ''}
      </p>
    </form>
  );
}
