// The casualty and repression figures the article states, with their source and event.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { ArticleAnalysisRows } from '@/lib/queries/article-analysis';

export function FiguresCard({ claims }: { claims: ArticleAnalysisRows['claims'] }) {
  return (
    <Card title="Figures cited" headingLevel={2}>
      {claims.length === 0 ? (
        <p className="muted">No casualty or repression figure found.</p>
      ) : (
        <ul className="plain-list small">
          {claims.map((c) => (
            <li key={c.id}>
              <strong>
                {c.qualifier ? `${c.qualifier} ` : ''}
                <bdi>{c.valueText}</bdi>
              </strong>{' '}
              {/* Figures in words or with هزار are also given as a number, on the scale of the others. */}
              {c.value !== null && !/^[\d,. ]+$/.test(c.valueText) ? <span className="muted">({c.value.toLocaleString('en')}) </span> : null}
              {c.kind}
              {c.source ? ` · according to ${c.source}` : ''}
              {c.event ? (
                <>
                  {' '}
                  · <Link href={`/events/${c.event.slug}`}>{c.event.name}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
