// The events an article is linked to, each with its score, method and first evidence passage,
// and why the link was made (the event model's signals and the other passages); a curator can
// remove a link.
import { LangText } from '@/components/lang-text';
import Link from 'next/link';
import { HighlightedText } from '@/components/highlighted-text';
import { Card } from '@/components/ui/card';
import type { ArticleAnalysisRows } from '@/lib/queries/article-analysis';
import { segmentsForPhrases } from '@/lib/shape/highlight';
import { RemoveLink } from './article-curation';

export function EventsCard({ articleId, events, curator, language }: { articleId: number; events: ArticleAnalysisRows['events']; curator: boolean; language: string }) {
  return (
    <Card title="Events" headingLevel={2}>
      {events.length === 0 ? (
        <p className="muted">No catalog event matched this article.</p>
      ) : (
        <ul className="plain-list">
          {events.map((e) => (
            <li key={e.slug}>
              <Link href={`/events/${e.slug}`}>{e.name}</Link>{' '}
              <span className="muted small">
                {e.role === 'about' ? 'about it' : 'mentions it'} · score {e.score.toFixed(2)} · {e.method}
              </span>
              {e.evidence[0] ? (
                <blockquote className="evidence small">
                  <LangText lang={language} block>
                    <HighlightedText segments={segmentsForPhrases(e.evidence[0].text, e.evidence[0].cues)} />
                  </LangText>
                </blockquote>
              ) : null}
              {e.signals.length > 0 ? (
                <details className="link-signals small">
                  <summary>Why this link</summary>
                  <ul className="plain-list" aria-label={`Signals for ${e.name}`}>
                    {e.signals.slice(0, 8).map((s) => (
                      <li key={s.key}>
                        {s.label}
                        {s.decisive
                          ? ' — decided the link'
                          : s.contribution !== 0
                            ? ` (${s.contribution > 0 ? '+' : '−'}${Math.abs(s.contribution).toFixed(2)})`
                            : ''}
                      </li>
                    ))}
                  </ul>
                  {e.evidence.slice(1).map((p) => (
                    <blockquote key={p.start} className="evidence">
                      <LangText lang={language} block>
                        <HighlightedText segments={segmentsForPhrases(p.text, p.cues)} />
                      </LangText>
                    </blockquote>
                  ))}
                </details>
              ) : null}
              {curator ? <RemoveLink articleId={articleId} event={e.slug} name={e.name} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
