'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export interface NavLinkProps {
  href: string;
  children: ReactNode;
  /** Only mark the link current on an exact match (used for `/`, which prefixes everything). */
  exact?: boolean;
  className?: string;
}

export function isActivePath(pathname: string, href: string, exact = href === '/'): boolean {
  if (pathname === href) return true;
  return !exact && pathname.startsWith(href.endsWith('/') ? href : `${href}/`);
}

/**
 * A section link that knows it is current. Detail pages (/events/123) mark their section
 * (/events) too, so people always see where they are in the nav.
 */
export function NavLink({ href, children, exact, className }: NavLinkProps) {
  const pathname = usePathname() ?? '/';
  const active = isActivePath(pathname, href, exact ?? href === '/');
  return (
    <Link href={href} className={className ?? 'nav-link'} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
