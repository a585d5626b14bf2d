// Blind reading of one event: passages from each group's coverage, shuffled by a seed, with
// every outlet's name masked; the class marks each as advocacy, mainstream or critical, then
// reveals the answers and the cues behind them. The selection and the marks are the URL.
//
// Masking holds in the page itself, not only on screen: before reveal nothing rendered here
// (HTML or RSC payload) carries an outlet, an article id or a group colour — the answers are
// computed only when the URL says reveal=1, and the passages reach the page as masked text.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { PrintButton } from '@/components/print-button';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { countedAtUtc, RecountNotice } from '@/components/ui/recount-notice';
import { blindHref, blindQuery, blindSelectionQuery, newSeed, parseBlindFilter, type BlindFilter } from '@/lib/filters/blind';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { blindAnswers, blindSources, recentBlindArticles } from '@/lib/queries/blind';
import { getEvent } from '@/lib/queries/events';
import { buildBlindSet, pickArticles, publicPassages, revealSet, scoreMarks } from '@/lib/shape/blind';
import { RATED_STANCES } from '@/lib/stance';
import { AnswerCard, AnswerKey, ScoreSummary } from './answer-card';
import { BlindForm } from './blind-form';
import { BlindSetup } from './blind-setup';
import { PassageCard } from './passage-card';
import { ShareLink } from './share-link';
import './blind.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props) {
  const e = await getEvent((await params).slug);
  return { title: e ? `Blind reading: ${e.name}` : 'Event not found' };
}

export default async function BlindReadingPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const event = await getEvent(slug);
  if (!event) notFound();
  const f = parseBlindFilter(await searchParams);
  // A link without a seed gets one, so the address bar always holds a link that reproduces the set.
  if (!f.seed) redirect(blindHref(event.slug, blindQuery({ ...f, seed: newSeed() })));

  const { value: all, countedAt } = await recentBlindArticles(event.id);
  const languages = [...new Set(all.map((a) => a.language))].sort();
  const eligible = all.filter((a) => f.groups.includes(a.stance) && (!f.lang || a.language === f.lang));
  const drawn = pickArticles(eligible, f);
  const sources = await blindSources(event.id, drawn.map((a) => a.id));
  const set = buildBlindSet(sources, f);
  const passages = publicPassages(set);
  const perGroup = Object.fromEntries(RATED_STANCES.map((s) => [s, all.filter((a) => a.stance === s && (!f.lang || a.language === f.lang)).length]));
  const action = `/events/${encodeURIComponent(event.slug)}/blind`;
  const selection = blindSelectionQuery(f);
  const shareHref = blindHref(event.slug, selection);

  const header = (
    <PageHeader
      before={<Breadcrumbs items={[{ label: 'Events', href: '/events' }, { label: event.name, href: `/events/${event.slug}` }, { label: 'Blind reading' }]} />}
      title={`Blind reading: ${event.name}`}
      description={
        <p>
          Passages from coverage of this event by outlets of different stances toward the MEK/NCRI, with the outlets&apos; names
          hidden. Mark each one <strong>advocacy</strong>, <strong>mainstream</strong> or <strong>critical</strong>, then reveal
          which outlet wrote it and the cues that point to its group. The groups describe the outlets&apos; stance, not whether a
          passage is true.
        </p>
      }
      meta={
        <>
          {event.period} · set <strong className="blind-code">{set.code}</strong> · {passages.length} passage{passages.length === 1 ? '' : 's'}
        </>
      }
      actions={<PrintButton label={f.reveal ? 'Print the answer key' : 'Print the passages'} />}
    />
  );
  const notice = countedAt ? (
    <RecountNotice>
      The corpus is changing (an import is running): this set is drawn from the event&apos;s articles as they were at{' '}
      {countedAtUtc(countedAt)} UTC, while they are read again. Reload in a few seconds to draw from the current coverage.
    </RecountNotice>
  ) : null;

  if (passages.length === 0) {
    return (
      <>
        {header}
        {notice}
        {notice}
        <BlindSetup event={event.slug} f={f} languages={languages} perGroup={perGroup} />
        <EmptyState
          title="No passage to draw from"
          description={
            <p>
              No article from the chosen groups{f.lang ? ` in this language` : ''} is linked to this event yet. Choose other groups or
              another language above, or pick an event covered by several groups on the <Link href="/classroom">classroom page</Link>.
            </p>
          }
          action={{ label: 'Back to the event', href: `/events/${event.slug}` }}
        />
      </>
    );
  }

  if (f.reveal) {
    const answers = revealSet(set, await blindAnswers([...new Set(set.items.map((i) => i.articleId))]), f.marks);
    const score = scoreMarks(answers);
    const unrevealed = blindHref(event.slug, blindQuery({ ...f, reveal: false }));
    return (
      <>
        {header}
        {notice}
        {notice}
        <ScoreSummary score={score} backHref={unrevealed} />
        <AnswerKey answers={answers} code={set.code} />
        <ol className="blind-list blind-list--answers">
          {answers.map((a) => (
            <AnswerCard key={a.number} a={a} />
          ))}
        </ol>
        <Footnote f={f} />
      </>
    );
  }

  const short = passages.length < f.n;
  return (
    <>
      {header}
      {notice}
      <ShareLink path={shareHref} code={set.code} />
      <BlindSetup event={event.slug} f={f} languages={languages} perGroup={perGroup} />
      {short ? (
        <p className="blind-note" role="note">
          This coverage gives {passages.length} passage{passages.length === 1 ? '' : 's'}, fewer than the {f.n} asked for.
        </p>
      ) : null}
      <BlindForm action={action} total={passages.length} initialMarked={passages.filter((p) => f.marks[p.number]).length}>
        {Object.entries(selection).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <ol className="blind-list">
          {passages.map((p) => (
            <PassageCard key={p.number} p={p} mark={f.marks[p.number] ?? null} />
          ))}
        </ol>
      </BlindForm>
      <Footnote f={f} />
    </>
  );
}

function Footnote({ f }: { f: BlindFilter }) {
  return (
    <p className="small muted blind-footnote">
      Passages are the ones the analysis kept as evidence of the event, the sentences of its figures and quotes, and headlines;
      names of the outlets in the set are replaced by <span className="masked">outlet</span>. Names the group uses for itself (NCRI,
      PMOI, MEK…) are left in: they are cues to find. The same link gives the same passages while the event&apos;s coverage stays the
      same (seed <code>{f.seed}</code>). How labels and cues are made: <Link href="/methodology">methodology</Link>; how to run this in
      class: <Link href="/classroom">lesson plan</Link>.
    </p>
  );
}
