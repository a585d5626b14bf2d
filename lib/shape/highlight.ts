// Splits untrusted text into plain and marked segments so pages can render highlights as React
// text nodes inside <mark>, never as HTML.
import { analysedText } from '@/lib/analysis';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';

export interface Segment {
  text: string;
  /** null for plain text; otherwise what the mark stands for (a category, "cue", "claim", …). */
  mark: string | null;
  title?: string;
}

export interface MarkSpan {
  start: number;
  end: number;
  mark: string;
  title?: string;
}

/** Segments for non-overlapping marks at known offsets; overlapping spans keep the earliest, longest. */
export function segmentsFromSpans(text: string, spans: MarkSpan[]): Segment[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push({ text: text.slice(pos, s.start), mark: null });
    out.push({ text: text.slice(s.start, s.end), mark: s.mark, title: s.title });
    pos = s.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks every case-insensitive, whole-word occurrence of the given phrases (e.g. matched cues). */
export function segmentsForPhrases(text: string, phrases: string[], mark = 'cue'): Segment[] {
  const unique = [...new Set(phrases.filter((p) => p.trim()))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return [{ text, mark: null }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const spans: MarkSpan[] = [];
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, mark });
  return segmentsFromSpans(text, spans);
}

export interface LayerSpan {
  start: number;
  end: number;
  /** Independent kinds of mark that may overlap each other: "term", "claim", "quote". */
  layer: string;
  value: string;
  title?: string;
}

export interface LayeredSegment {
  text: string;
  start: number;
  /** layer → value for every layer covering this piece of text. */
  marks: Record<string, string>;
  titles: string[];
}

/**
 * The reader's marks on an article's body: its loaded terms (by category), its figures and the
 * span a link points at. The
 * stored offsets refer to the analysed text (title, a blank line, body), so each moves back by
 * the title's part; a term's offsets are stored flat, [start, end, start, end, …].
 */
export function bodySpans(
  title: string,
  terms: readonly { term: string; category: string; offsets: readonly number[] }[],
  claims: readonly { spanStart: number; spanEnd: number; kind: string }[],
  focus: { start: number; end: number } | null = null,
): LayerSpan[] {
  const bodyStart = analysedText(title, '').length;
  const spans: LayerSpan[] = [];
  for (const t of terms) {
    const label = TERMS_BY_ID.get(t.term)?.label ?? t.term;
    for (let i = 0; i + 1 < t.offsets.length; i += 2) {
      spans.push({ start: t.offsets[i]! - bodyStart, end: t.offsets[i + 1]! - bodyStart, layer: 'term', value: t.category, title: label });
    }
  }
  for (const c of claims) spans.push({ start: c.spanStart - bodyStart, end: c.spanEnd - bodyStart, layer: 'claim', value: c.kind });
  // The span a link asked for (?at=): a sentence behind a figure, a quote or a term.
  if (focus) spans.push({ start: focus.start - bodyStart, end: focus.end - bodyStart, layer: 'focus', value: 'focus' });
  return spans;
}

/**
 * The passages an article shares with texts it quotes in full (offsets into the body, stored
 * flat [start, end, …]), as the reader's 'shared' layer, titled with the quoted article.
 */
export function sharedSpans(quotes: readonly { id: number; title: string; spans: readonly number[] }[]): LayerSpan[] {
  const out: LayerSpan[] = [];
  for (const q of quotes) {
    for (let i = 0; i + 1 < q.spans.length; i += 2) {
      out.push({ start: q.spans[i]!, end: q.spans[i + 1]!, layer: 'shared', value: String(q.id), title: `Reproduced from “${q.title}” (counted there)` });
    }
  }
  return out;
}

/**
 * Cuts the text at every span boundary so overlapping marks of different layers (a loaded term
 * inside a claimed figure's sentence) both show. Within a layer, the earliest span wins.
 */
export function layeredSegments(text: string, spans: LayerSpan[]): LayeredSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: LayeredSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks: Record<string, string> = {};
    const titles: string[] = [];
    for (const s of valid) {
      if (s.start <= start && s.end >= end && !(s.layer in marks)) {
        marks[s.layer] = s.value;
        if (s.title) titles.push(s.title);
      }
    }
    out.push({ text: text.slice(start, end), start, marks, titles });
  }
  return out;
}

/** Groups segments into paragraphs at blank lines, splitting a segment that spans one. */
export function paragraphsOfSegments(segments: LayeredSegment[]): LayeredSegment[][] {
  const paras: LayeredSegment[][] = [[]];
  for (const seg of segments) {
    const parts = seg.text.split(/\n{2,}/);
    parts.forEach((part, i) => {
      if (i > 0) paras.push([]);
      if (part) paras[paras.length - 1]!.push({ ...seg, text: part });
    });
  }
  return paras.filter((p) => p.some((s) => s.text.trim()));
}
