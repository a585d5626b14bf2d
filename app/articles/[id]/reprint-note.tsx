// What the reader says about a text that travels: the original this one reprints (and who
// decided), the texts it reproduces in full inside its own (the shared passages are marked in
// the body), and a curator's "own text" decision. Counting follows lib/queries/counting-rules.ts.
import Link from 'next/link';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import type { ArticleDetail, LinkedArticle } from '@/lib/queries/articles';

const pct = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

function Named({ a }: { a: LinkedArticle }) {
  return (
    <>
      <Link href={`/articles/${a.id}`}>{a.title}</Link> ({a.publisher} <StanceBadge stance={a.stance} />, <DateCell date={a.publishedAt} precision={a.datePrecision} />
      {a.via ? `, via ${a.via}` : ''})
    </>
  );
}

export function ReprintNote({ a }: { a: ArticleDetail }) {
  return (
    <>
      {a.reprintOf ? (
        <p className="reprint-note" role="note">
          <strong>Reprint</strong> of <Named a={a.reprintOf} />
          {a.reprintSimilarity !== null ? `: ${pct(a.reprintSimilarity)} of this text is in the original` : ''}.{' '}
          {a.reprintDecision === 'reprint' ? 'Marked by a curator.' : 'Found automatically by comparing the texts.'} It counts once, as its
          original, in every comparison, count and figure. <Link href="/methodology#reprints">How reprints are found</Link>
        </p>
      ) : null}
      {a.quotes.map((q) => (
        <p key={q.id} className="reprint-note" role="note">
          <strong>Quotes in full</strong> <Named a={q} />
          {q.containment !== null ? ` (${pct(q.containment)} of that text is reproduced here)` : ''}. The shared passage is marked below: its words,
          terms and figures count with the original; this article counts its own {a.wordCount.toLocaleString('en')} words.{' '}
          {q.method === 'manual' ? 'Linked by a curator.' : 'Found automatically.'}
        </p>
      ))}
      {a.reprintDecision === 'own' ? (
        <p className="small muted" role="note">
          A curator marked this article as its own text: reprint detection leaves it alone (it is not linked to another text, nor another text to it).
        </p>
      ) : null}
    </>
  );
}
