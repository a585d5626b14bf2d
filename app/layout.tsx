import type { Metadata } from 'next';
import Link from 'next/link';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import type { ReactNode } from 'react';
import { NavLink } from '@/components/nav-link';
// Persian text's font, shipped with the app (no font service is called): regular and bold.
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-700.css';
import './stance-palette.css';
import './globals.css';

// Every page renders per request: the Content-Security-Policy's nonce (proxy.ts) is new for each
// one, and Next puts it on its scripts only when it renders the page for that request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'stance-lens', template: '%s · stance-lens' },
  description:
    'Compare how outlets with different stances toward the MEK/NCRI describe the same events: wording, figures and sources, side by side.',
};

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/events', label: 'Events' },
  { href: '/compare', label: 'Compare' },
  { href: '/articles', label: 'Articles' },
  { href: '/publishers', label: 'Publishers' },
  { href: '/claims', label: 'Claims' },
  { href: '/sources', label: 'Sources' },
  { href: '/amplification', label: 'Amplification' },
  { href: '/terms', label: 'Terms' },
  { href: '/classroom', label: 'Classroom' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/changes', label: 'Changes' },
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="site-title">
              stance-lens
            </Link>
            <nav aria-label="Main" className="site-nav">
              <ul>
                {NAV.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href}>{item.label}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        {/* tabIndex lets the skip link move focus here, not just scroll. */}
        <main id="main" tabIndex={-1} className="container site-main">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              Stance labels describe an outlet&rsquo;s stance toward the MEK/NCRI, not the truth of any claim.{' '}
              <Link href="/methodology">Method&nbsp;→</Link> · <Link href="/feeds">Feeds</Link> ·{' '}
              <Link href="/login">Curator sign-in</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
