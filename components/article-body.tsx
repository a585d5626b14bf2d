// The article text with loaded terms (by category), figures and quoted sentences marked at
// their stored offsets. Escaped text nodes only: the text is untrusted. The text runs in its own
// language's direction (a Persian article right to left) with its lang set for fonts and
// hyphenation.
import { textDirection } from '@/lib/analysis/direction';
import type { LayeredSegment } from '@/lib/shape/highlight';

function renderSegment(seg: LayeredSegment, key: number) {
  let node: React.ReactNode = seg.text;
  if (seg.marks.term) {
    node = (
      <mark data-mark={seg.marks.term} title={seg.titles.join(' · ') || undefined}>
        {node}
      </mark>
    );
  }
  if (seg.marks.claim) node = <span className="claim-span">{node}</span>;
  if (seg.marks.quote) node = <span className="quote-span">{node}</span>;
  return <span key={key}>{node}</span>;
}

export function ArticleBody({ paragraphs, lang }: { paragraphs: LayeredSegment[][]; lang: string }) {
  return (
    <div className="article-text" lang={lang === 'und' ? undefined : lang} dir={textDirection(lang)}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p.map(renderSegment)}</p>
      ))}
    </div>
  );
}
