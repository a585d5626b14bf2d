import Link from 'next/link';
import { firstParam, type SearchParamsRecord } from '@/lib/filters/search-params';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { authConfig } from '@/lib/auth/config';
import { LOGIN_LIMIT } from '@/lib/auth/rate-limit';
import { currentActor } from '@/lib/auth/require-admin';
import { signOutAction } from './actions';
import { LoginForm } from './login-form';

export const metadata = { title: 'Curator sign-in' };
export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const next = firstParam((await searchParams).next) ?? '/';
  const cfg = authConfig();
  const actor = await currentActor();
  return (
    <>
      <PageHeader
        title="Curator sign-in"
        description="Reading is open to everyone. Curators sign in to correct labels, links and metadata; every change is kept in the public history."
      />
      <Card>
        {actor ? (
          <div className="stack">
            <p>
              Signed in as <strong>{actor.user}</strong>. <Link href="/import">Import</Link> · <Link href="/changes">All changes</Link>
            </p>
            <form action={signOutAction}>
              <button type="submit" className="button">
                Sign out
              </button>
            </form>
          </div>
        ) : cfg.enabled ? (
          <>
            <LoginForm next={next.startsWith('/') && !next.startsWith('//') ? next : '/'} />
            <p className="muted small">
              After {LOGIN_LIMIT.failures} failed attempts, sign-in pauses for {LOGIN_LIMIT.windowMinutes} minutes.
            </p>
          </>
        ) : (
          <p role="note">{cfg.reason}</p>
        )}
      </Card>
    </>
  );
}
