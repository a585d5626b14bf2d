// Passage text with the outlets' names replaced by a visible "outlet" placeholder. The hidden
// name is not in the page: the placeholder is all that is rendered.
import type { MaskedSegment } from '@/lib/shape/blind';

/** Right-to-left for Persian, Arabic, Hebrew and Urdu text; the browser works out the rest. */
export function textDirection(lang: string): 'rtl' | 'auto' {
  return ['fa', 'ar', 'he', 'ur', 'ps', 'ckb'].includes(lang) ? 'rtl' : 'auto';
}

export function MaskedText({ segments }: { segments: MaskedSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.masked ? (
          <span key={i} className="masked" title="An outlet's name, hidden until the answers are shown">
            outlet
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
