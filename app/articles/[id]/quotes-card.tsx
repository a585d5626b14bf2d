// Who the article quotes or cites, and how (quoted or reported, the reporting verb).
import { Card } from '@/components/ui/card';
import type { ArticleAnalysisRows } from '@/lib/queries/article-analysis';

export function QuotesCard({ attributions }: { attributions: ArticleAnalysisRows['attributions'] }) {
  return (
    <Card title="Who is quoted" headingLevel={2}>
      {attributions.length === 0 ? (
        <p className="muted">No attributed quote or citation found.</p>
      ) : (
        <ul className="plain-list small">
          {attributions.map((q) => (
            <li key={q.id}>
              <strong>{q.entity}</strong> <span className="muted">({q.verb}{q.quoted ? ', quoted' : ''})</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
