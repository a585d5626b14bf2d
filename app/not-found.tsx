import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <>
      <PageHeader
        title="Page not found"
        description="There is nothing at this address. The link may be mistyped, or the event, article or outlet may have been removed or merged when a corpus was re-imported."
      />
      <ul className="link-list">
        <li>
          <Link href="/">Go to the overview</Link>
        </li>
        <li>
          <Link href="/events">Browse events</Link>
        </li>
        <li>
          <Link href="/articles">Search articles</Link>
        </li>
      </ul>
    </>
  );
}
