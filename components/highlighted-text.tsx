// Renders segments from lib/shape/highlight as escaped text with <mark>s; never HTML.
import type { Segment } from '@/lib/shape/highlight';

export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} data-mark={s.mark} title={s.title}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
