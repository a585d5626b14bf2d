// Shown to a signed-in curator on pages with Edit controls: who is signed in and the way out.
import Link from 'next/link';
import { signOutAction } from '@/app/login/actions';
import type { Actor } from '@/lib/auth/actor';
import './curation.css';

export function CuratorBar({ actor }: { actor: Actor }) {
  return (
    <div className="curator-bar" role="region" aria-label="Curation">
      <span>
        Curating as <strong>{actor.user}</strong>
      </span>
      <Link href="/import">Import</Link>
      <Link href="/changes">All changes</Link>
      <form action={signOutAction}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </div>
  );
}
