import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { DivergingBarChart } from '@/components/charts/diverging-bar-chart';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { StanceBarChart } from '@/components/charts/stance-bar-chart';
import { FilterBar, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { firstParam, type SearchParamsRecord } from '@/lib/filters/search-params';
import { StanceBadge, StanceLegend } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { countedAtUtc, RecountNotice } from '@/components/ui/recount-notice';
import { Stat } from '@/components/ui/stat';
import { LEXICON, TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { isSliceFiltered, parseCompareFilter } from '@/lib/filters/slice';
import { compareTermRates, MAX_WORD_ARTICLES, recentDistinctiveWords, sliceGroupCounts } from '@/lib/queries/compare';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { compareTerms, presentGroups } from '@/lib/shape/compare';
import { divergingRows } from '@/lib/shape/distinctive';
import { articleSearchHref, phrasesQuery } from '@/lib/shape/links';
import { chartTerms, termMatrix } from '@/lib/shape/term-matrix';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { DistinctiveTable, type DistinctiveRow } from './distinctive-table';
import { GroupPairPicker } from './group-pair';
import { SliceFilterControls } from './slice-filters';
import { TermMatrixTable } from './term-matrix-table';

export const metadata = { title: 'Compare groups' };
export const dynamic = 'force-dynamic';

const CHART_TERMS = 10;
const CHART_WORDS = 12;
const fmt = new Intl.NumberFormat('en-GB');

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const filter = parseCompareFilter(raw);
  const category = LEXICON.categories.find((c) => c.id === firstParam(raw.category))?.id ?? null;
  // Four queries: groups in the slice, term rates, word statistics of A and B, filter options.
  const [groups, rates, recent, options] = await Promise.all([
    sliceGroupCounts(filter),
    compareTermRates(filter),
    recentDistinctiveWords(filter),
    sliceFilterOptions(),
  ]);

  const counts = Object.fromEntries(groups.map((g) => [g.stance, g.articles])) as Partial<Record<StanceKey, number>>;
  const total = groups.reduce((n, g) => n + g.articles, 0);
  const filtered = isSliceFiltered(filter);
  // The groups the filter asks for, else every rated group plus unrated when it has articles.
  const shown = filter.stances.length ? STANCES.filter((s) => filter.stances.includes(s)) : presentGroups(counts);
  const withArticles = shown.filter((s) => (counts[s] ?? 0) > 0);
  const matrix = termMatrix(compareTerms(rates), LEXICON.categories, withArticles);
  const chart = chartTerms(matrix, CHART_TERMS, category);
  const categoryLabel = LEXICON.categories.find((c) => c.id === category)?.label;
  const source = `Source: stance-lens corpus, ${fmt.format(total)} article${total === 1 ? '' : 's'} in this slice${filtered ? ' (filtered)' : ''}.`;
  const { a, b } = filter;
  const distinctive = recent.value;
  const words = divergingRows(distinctive, CHART_WORDS);
  const tableRows: DistinctiveRow[] = [...distinctive.forA, ...distinctive.forB].map((w) => ({
    ...w,
    leansTo: w.zeta >= 0 ? a : b,
    href: articleSearchHref(filter, w.word, [a, b]),
  }));
  const searchHref = (term: string) => articleSearchHref(filter, phrasesQuery(TERMS_BY_ID.get(term)?.variants ?? [term]));

  return (
    <>
      <PageHeader
        title="Compare groups"
        description="How often each group uses the lexicon's names and labels, and which words set two groups apart, over the whole corpus or a slice of it."
        meta={
          <>
            {fmt.format(total)} article{total === 1 ? '' : 's'}
            {filtered ? ' match the filters' : ' in the corpus'} <MiniStanceBar counts={counts} showCounts width="10rem" />
          </>
        }
      />
      <SliceFilterControls label="Filter the slice" publishers={options.publishers} events={options.events} languages={options.languages} extraParams={['a', 'b', 'category']} />

      {total === 0 ? (
        <EmptyState
          title={filtered ? 'No article in this slice' : 'No articles yet'}
          description={
            filtered ? (
              'Nothing matches these filters. Remove a filter or widen the date range.'
            ) : (
              <>
                Import a corpus with <code>npm run import -- path/to/files</code>; the comparison fills in as articles arrive.
              </>
            )
          }
          action={filtered ? { label: 'Compare the whole corpus', href: '/compare' } : undefined}
        />
      ) : (
        <>
          <section aria-labelledby="slice-groups" className="grid-cards">
            <h2 id="slice-groups" className="visually-hidden">
              Articles per group in this slice
            </h2>
            {shown.map((s) => {
              const g = groups.find((r) => r.stance === s);
              return (
                <div key={s} className="stat-link" data-stance={s}>
                  <Stat
                    label={`${STANCE_STYLE[s].label} articles`}
                    value={g?.articles ?? 0}
                    hint={g ? `${g.publishers} outlet${g.publishers === 1 ? '' : 's'} · ${fmt.format(g.words)} words` : 'none in this slice'}
                  />
                </div>
              );
            })}
          </section>

          <Card
            title="Names and labels by group"
            description={
              <p>
                Occurrences of each lexicon term per 1,000 words of the group&apos;s articles in this slice (raw count in brackets). Rates divide by
                all of a group&apos;s words, so groups of different sizes compare fairly; a term&apos;s name links to the articles that use it.{' '}
                <Link href="/methodology#terms">The lexicon →</Link>
              </p>
            }
          >
            <div className="stack">
              <FilterBar label="Chart options">
                <SelectFilter
                  param="category"
                  label="Category in the chart"
                  allLabel="All categories"
                  options={LEXICON.categories.map((c) => ({ value: c.id, label: c.label }))}
                />
              </FilterBar>
              <ChartFrame
                title={categoryLabel ? `${categoryLabel}: rates by group` : `The ${CHART_TERMS} most used terms, by group`}
                unit="occurrences per 1,000 words"
                source={source}
                legend={<StanceLegend stances={withArticles} />}
                alt={{
                  columns: ['Term', ...withArticles.map((s) => STANCE_STYLE[s].label)],
                  rows: chart.map((t) => [t.label, ...withArticles.map((s) => t.rates[s])]),
                }}
              >
                {chart.length ? (
                  <StanceBarChart
                    data={chart.map((t) => ({ label: t.label, ...Object.fromEntries(withArticles.map((s) => [s, t.rates[s]])) }))}
                    stances={withArticles}
                    valueLabel="per 1,000 words"
                    decimals
                  />
                ) : (
                  <p className="muted">No lexicon term {categoryLabel ? 'of this category ' : ''}in this slice.</p>
                )}
              </ChartFrame>
              <TermMatrixTable matrix={matrix} stances={withArticles} searchHref={searchHref} />
            </div>
          </Card>

          <Card
            title="Distinctive words"
            description={
              <>
                <p>
                  The words most typical of one group against the other, from every word of their articles&apos; titles and text in this slice (counted
                  by Postgres; stop words and numbers left out). Each word&apos;s z-score is its log-odds ratio between the two groups with an
                  informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, &ldquo;Fightin&rsquo; Words&rdquo;) divided by its standard error.
                  The prior, the word frequencies of the whole slice with α₀&nbsp;=&nbsp;{fmt.format(distinctive.alpha0)}, pulls rare words toward the
                  common rate, so a word one outlet repeats a few times does not top the list. Beyond about ±2 a difference is unlikely if both groups
                  used the word equally often; it says how the groups write, not who is right.{' '}
                  <Link href="/methodology#words">Method →</Link>
                </p>
              </>
            }
          >
            <GroupPairPicker a={a} b={b} />
            {recent.countedAt ? (
              <RecountNotice>
                The corpus changed since these words were counted (at {countedAtUtc(recent.countedAt)} UTC); they are being
                recounted. The counts and term rates above are current; reload in a few seconds for the current words.
              </RecountNotice>
            ) : null}
            <p className="small muted">
              <StanceBadge stance={a} /> {fmt.format(counts[a] ?? 0)} article{counts[a] === 1 ? '' : 's'}, {fmt.format(distinctive.totalA)} content words
              · <StanceBadge stance={b} /> {fmt.format(counts[b] ?? 0)} article{counts[b] === 1 ? '' : 's'}, {fmt.format(distinctive.totalB)} content words
              · {fmt.format(distinctive.vocabulary)} distinct words
              {(counts[a] ?? 0) > MAX_WORD_ARTICLES || (counts[b] ?? 0) > MAX_WORD_ARTICLES
                ? ` · words counted in the ${fmt.format(MAX_WORD_ARTICLES)} most recent articles of each larger group`
                : ''}
            </p>
            {(counts[a] ?? 0) === 0 || (counts[b] ?? 0) === 0 ? (
              <EmptyState
                headingLevel={3}
                title={`No ${STANCE_STYLE[(counts[a] ?? 0) === 0 ? a : b].label.toLowerCase()} article in this slice`}
                description="Distinctive words need articles from both groups. Pick another pair, or remove the group, outlet or date filter that leaves one out."
              />
            ) : (
              <div className="stack">
                <ChartFrame
                  title={`Words most typical of ${STANCE_STYLE[a].label} (right) and of ${STANCE_STYLE[b].label} (left)`}
                  unit="z-score of the log-odds ratio"
                  source={`${source} ${CHART_WORDS} words per side; the table lists up to 25.`}
                  alt={{
                    columns: ['Word', 'More typical of', 'z-score'],
                    rows: words.map((w) => [w.label, STANCE_STYLE[w.side === 'a' ? a : b].label, w.value]),
                  }}
                >
                  {words.length ? (
                    <DivergingBarChart data={words} a={a} b={b} valueLabel="z-score" />
                  ) : (
                    <p className="muted">The two groups share too few words to compare.</p>
                  )}
                </ChartFrame>
                <DistinctiveTable rows={tableRows} a={a} b={b} />
              </div>
            )}
          </Card>
        </>
      )}
    </>
  );
}
