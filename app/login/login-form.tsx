'use client';
import { startTransition, useActionState } from 'react';
import type { ActionState } from '@/lib/auth/action-state';
import { signInAction } from './actions';
import '@/components/curation/curation.css';

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(signInAction, null);
  return (
    <form
      action={formAction}
      className="edit-form"
      aria-label="Sign in"
      onSubmit={(e) => {
        // Keeps the user name after a refused attempt (an action-prop submission resets the form).
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="login-user">User name</label>
        <input id="login-user" name="username" type="text" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
      <p role="alert" className={state ? 'form-message' : 'visually-hidden'} data-ok={state ? String(state.ok) : undefined}>
        {state?.message ?? ''}
      </p>
    </form>
  );
}
