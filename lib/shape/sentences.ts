// The sentence around a stored offset (a term, a figure, a quote), found with the analysis' own
// sentence splitter so that "its sentence" on a reveal card, in a dictionary example and in the
// reader's highlight is the sentence the analysis saw. Pure; no I/O.
import { splitSentences, type Span } from '@/lib/analysis/tokenize';

export interface SentenceFinder {
  /** The sentence holding `span` (or the run of sentences it crosses); the span itself when the text has none there. */
  around(span: Span): Span;
}

export function sentenceFinder(text: string, within?: Span): SentenceFinder {
  const sentences = splitSentences(text, within);
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    around(span) {
      const i = firstEndingAfter(span.start);
      const first = sentences[i];
      if (!first || first.start > span.start) return { start: span.start, end: span.end };
      let j = i;
      while (j + 1 < sentences.length && sentences[j]!.end < span.end) j++;
      return { start: first.start, end: Math.max(sentences[j]!.end, span.end) };
    },
  };
}

/**
 * At most `max` characters of a passage, cut after a whole sentence where one fits, else after
 * a whole word, with "…" when something was cut. Offsets stay those of the original text.
 */
export function clipPassage(text: string, span: Span, max: number): { span: Span; clipped: boolean } {
  if (span.end - span.start <= max) return { span, clipped: false };
  const sentences = splitSentences(text, span);
  let end = span.start;
  for (const s of sentences) {
    if (s.end - span.start > max) break;
    end = s.end;
  }
  if (end === span.start) {
    const cut = text.slice(span.start, span.start + max);
    const space = cut.search(/\s\S*$/u);
    end = span.start + (space > max / 2 ? space : max);
  }
  return { span: { start: span.start, end }, clipped: true };
}
