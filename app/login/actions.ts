'use server';
// Sign-in and sign-out. Sign-in is the one change an anonymous visitor may make; it is rate
// limited and compares in constant time (lib/auth/sign-in.ts).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/auth/action-state';
import { authConfig } from '@/lib/auth/config';
import { clientIp } from '@/lib/auth/rate-limit';
import { serverSession } from '@/lib/auth/require-admin';
import { signIn } from '@/lib/auth/sign-in';

/** Only a path on this site, so the sign-in form cannot send anyone elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/';
}

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await signIn({
    username: String(formData.get('username') ?? ''),
    password: String(formData.get('password') ?? ''),
    ip: clientIp(await headers()),
  });
  if (!result.ok) return { ok: false, message: result.error };
  const session = await serverSession();
  if (!session) return { ok: false, message: authConfig().enabled ? 'Sign-in failed.' : 'Sign-in is off.' };
  session.user = result.actor.user;
  session.signedInAt = Date.now();
  await session.save();
  redirect(safeNext(formData.get('next')));
}

export async function signOutAction(): Promise<void> {
  const session = await serverSession();
  session?.destroy();
  redirect('/');
}
