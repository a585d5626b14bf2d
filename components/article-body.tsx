// The article text with loaded terms (by category), figures, quoted sentences, the passages
// shared with a text it reproduces in full and the span a link points at (?at=) marked at their
// stored offsets. Escaped text nodes only: the text is untrusted. The text runs in its own
// language's direction (a Persian article right to left) with its lang set for fonts and hyphenation.
import { textDirection } from '@/lib/analysis/direction';
import type { LayeredSegment } from '@/lib/shape/highlight';
import './article-body.css';

function renderSegment(seg: LayeredSegment, key: number, anchor: string | undefined) {
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
  if (seg.marks.shared) node = <span className="shared-span" data-quoted={seg.marks.shared}>{node}</span>;
  // The span a link points at (?at=): its first piece carries the anchor the link scrolls to.
  if (seg.marks.focus) node = <mark className="focus-span" id={anchor}>{node}</mark>;
  return <span key={key}>{node}</span>;
}

export function ArticleBody({ paragraphs, lang, focusAnchor }: { paragraphs: LayeredSegment[][]; lang: string; focusAnchor?: string }) {
  let anchored = false;
  const anchorFor = (seg: LayeredSegment) => {
    if (!seg.marks.focus || anchored || !focusAnchor) return undefined;
    anchored = true;
    return focusAnchor;
  };
  return (
    <div className="article-text" lang={lang === 'und' ? undefined : lang} dir={textDirection(lang)}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p.map((seg, k) => renderSegment(seg, k, anchorFor(seg)))}</p>
      ))}
    </div>
  );
}
