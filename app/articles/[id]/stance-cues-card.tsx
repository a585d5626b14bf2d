// Which way the article's own words lean, from the loaded terms it uses, and the group the
// words suggest when its outlet is unrated.
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import type { ArticleAnalysisRows } from '@/lib/queries/article-analysis';

export function StanceCuesCard({ stance }: { stance: ArticleAnalysisRows['stance'] }) {
  const cues = (stance?.cues ?? []) as { term: string; weight: number; count: number }[];
  return (
    <Card title="Stance cues" headingLevel={2}>
      {stance ? (
        <>
          <p>
            Text leans <strong>{stance.stanceLeaning}</strong> (score {stance.stanceScore.toFixed(2)}, from −1 critical to +1 advocacy).
            {stance.suggestedStance ? (
              <>
                {' '}
                Suggested group for the unrated outlet: <StanceBadge stance={stance.suggestedStance} inferred />
              </>
            ) : null}
            {stance.fallbackFromVia ? ' The outlet is unrated; its host site’s stance is used as a marked fallback.' : null}
          </p>
          {cues.length ? (
            <ul className="source-list small">
              {cues.map((c) => (
                <li key={c.term}>
                  {TERMS_BY_ID.get(c.term)?.label ?? c.term} × {c.count}{' '}
                  <span className="muted">({c.weight > 0 ? 'leans advocacy' : 'leans critical'})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No leaning term found.</p>
          )}
        </>
      ) : (
        <p className="muted">Not analysed yet: run npm run analyze.</p>
      )}
    </Card>
  );
}
