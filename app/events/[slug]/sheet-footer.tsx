// The event sheet's provenance, printed at the foot of the page: which corpus, when, with which
// versions of the method, and the address of the view, so a printed page can be traced back.
// Hidden on screen, where the same facts are one click away.
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { APP_VERSION } from '@/lib/export/provenance';
import { requestOrigin } from '@/lib/http/origin';
import { countsByStance, recentImports } from '@/lib/queries/overview';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import './event-sheet.css';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export async function SheetFooter({ path }: { path: string }) {
  const [groups, imports, origin] = await Promise.all([countsByStance(), recentImports(1), requestOrigin()]);
  const articles = groups.reduce((n, g) => n + g.articles, 0);
  const outlets = groups.reduce((n, g) => n + g.publishers, 0);
  const lastImport = imports[0]?.finishedAt ?? imports[0]?.startedAt ?? null;
  return (
    <footer className="event-sheet-footer" aria-label="Provenance of this sheet">
      <p>
        <strong>Source:</strong> stance-lens corpus of {articles.toLocaleString('en')} articles from {outlets.toLocaleString('en')}{' '}
        outlets{lastImport ? `, last import ${day.format(lastImport)}` : ''}; printed {day.format(new Date())}. Method: lexicon{' '}
        {ANALYSIS_VERSION.lexicon}, event catalog {ANALYSIS_VERSION.events}, analysis {ANALYSIS_VERSION.method}, publisher registry{' '}
        {REGISTRY_VERSION}, stance-lens {APP_VERSION}.
      </p>
      <p>
        <strong>View:</strong> <span className="event-sheet-footer__url">{`${origin}${path}`}</span>. Groups describe each outlet&apos;s
        stance toward the MEK/NCRI, not the truth of what it reports; rates are per 1,000 words of each group&apos;s articles on
        the event, and reprints count once.
      </p>
    </footer>
  );
}
