// Text in its own language and direction: a Persian title in an English table runs right to left
// inside its cell (an inline isolate, so the column keeps its alignment), and a Persian passage
// is a right-to-left block. lang lets the browser pick the Persian font and hyphenation.
import type { ReactNode } from 'react';
import { languageLabel, textDirection } from '@/lib/analysis/direction';

export function LangText({ lang, children, block = false, className }: { lang: string | null | undefined; children: ReactNode; block?: boolean; className?: string }) {
  const dir = textDirection(lang);
  const props = { lang: lang && lang !== 'und' ? lang : undefined, dir, className };
  return block ? <div {...props}>{children}</div> : <span {...props}>{children}</span>;
}

/** A small tag naming a text's language ("FA", "EN"), with its full name for screen readers and on hover. */
export function LangTag({ lang }: { lang: string | null | undefined }) {
  if (!lang) return null;
  return (
    <abbr className="lang-tag" title={languageLabel(lang)} data-lang={lang}>
      {lang.toUpperCase()}
    </abbr>
  );
}
