// Edits a republishing site makes whatever the language (lib/devset/reprint-corpus.ts).
import type { Rng } from '@/lib/prng';

/** One paragraph left out (not the first or the last). */
export function trimParagraph(r: Rng, body: string): string {
  const ps = body.split('\n\n');
  if (ps.length < 5) return body;
  ps.splice(r.int(1, ps.length - 1), 1);
  return ps.join('\n\n');
}

/** Paragraphs re-wrapped into lines of 60–80 characters. */
export function rewrap(r: Rng, body: string): string {
  return rewrapTo(body, r.int(60, 80));
}

/** Paragraphs re-wrapped into lines of at most `width` characters (also the synthetic corpus's copies). */
export function rewrapTo(text: string, width: number): string {
  return text
    .split('\n\n')
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const w of p.split(' ')) {
        if (line && line.length + w.length + 1 > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}
