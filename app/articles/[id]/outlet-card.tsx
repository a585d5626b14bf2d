// The outlet, its group and the registry's reason for it.
import Link from 'next/link';
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import type { ArticleDetail } from '@/lib/queries/articles';

export function OutletCard({ a }: { a: ArticleDetail }) {
  return (
    <Card title="Outlet and stance" headingLevel={2}>
      <p>
        <Link href={`/publishers/${a.publisherSlug}`}>{a.publisher}</Link> <StanceBadge stance={a.stance} />
      </p>
      <p className="muted">{a.publisherRationale ?? 'This outlet has no stance rating yet; its articles count as unrated.'}</p>
      <p className="muted small">The label describes the outlet&apos;s stance toward the MEK/NCRI, not the truth of what this article says.</p>
    </Card>
  );
}
