// The pages the latency benchmark requests, each with the queries its server component runs
// (the same functions with the same arguments, in the same Promise.all), so a page's latency
// can be set against its own SQL run directly. Keep in step with app/**/page.tsx.
import { parseTableParams } from '@/lib/filters/search-params';
import { ARTICLE_TABLE, parseArticleFilter, type ArticleSort } from '@/lib/filters/articles';
import { parseCompareFilter } from '@/lib/filters/slice';
import { articleFilterOptions, countArticles, listArticles } from '@/lib/queries/articles';
import { compareTermRates, distinctiveWords, sliceGroupCounts } from '@/lib/queries/compare';
import { eventClaims } from '@/lib/queries/claims';
import { eventArticles, eventGroupSummary, eventTimeline, getEvent, linkedEvents, listEventCoverage, sourceCounts, termRates } from '@/lib/queries/events';
import { articlesPerPublisher, articlesPerYear, countsByStance, publishersNeedingRating, recentImports } from '@/lib/queries/overview';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { parseBlindFilter } from '@/lib/filters/blind';
import { blindArticles, blindSources } from '@/lib/queries/blind';
import { termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { pickArticles } from '@/lib/shape/blind';

export interface BenchPage {
  id: string;
  label: string;
  path: string;
  /**
   * Each query of the page by name. The page runs them together (its Promise.all); a query that
   * needs another's result (the event's id) awaits it inside.
   */
  queries(): Record<string, () => Promise<unknown>>;
}

const params = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams.entries());

export const EVENT_SLUG = '1988-massacre';

function articlesPage(id: string, label: string, path: string): BenchPage {
  const queries = () => {
    const raw = params(path);
    const filter = parseArticleFilter(raw);
    const table = parseTableParams(raw, ARTICLE_TABLE);
    return {
      listArticles: () => listArticles(filter, { offset: table.offset, limit: table.size, sort: table.sortId as ArticleSort, desc: table.sortDesc }),
      countArticles: () => countArticles(filter),
      articleFilterOptions: () => articleFilterOptions(),
      linkedEvents: () => linkedEvents(),
    };
  };
  return { id, label, path, queries };
}

export const BENCH_PAGES: BenchPage[] = [
  {
    id: 'overview',
    label: 'Overview',
    path: '/',
    queries: () => ({
      countsByStance: () => countsByStance(),
      articlesPerPublisher: () => articlesPerPublisher(20),
      articlesPerYear: () => articlesPerYear(),
      publishersNeedingRating: () => publishersNeedingRating(),
      recentImports: () => recentImports(5),
      listEventCoverage: () => listEventCoverage(),
    }),
  },
  {
    id: 'event',
    label: 'Event comparison',
    path: `/events/${EVENT_SLUG}`,
    queries: () => {
      let id: Promise<number> | null = null;
      const eventId = () => (id ??= getEvent(EVENT_SLUG).then((e) => e!.id));
      // generateMetadata and the page each look the event up; six queries follow in parallel.
      return {
        getEvent: () => getEvent(EVENT_SLUG),
        getEventAgain: () => getEvent(EVENT_SLUG),
        eventGroupSummary: async () => eventGroupSummary(await eventId()),
        eventArticles: async () => eventArticles(await eventId()),
        termRates: async () => termRates({ eventId: await eventId() }),
        eventClaims: async () => eventClaims(await eventId()),
        sourceCounts: async () => sourceCounts({ eventId: await eventId() }),
        eventTimeline: async () => eventTimeline(await eventId()),
      };
    },
  },
  {
    id: 'compare',
    label: 'Compare groups',
    path: '/compare',
    queries: () => {
      const f = parseCompareFilter({});
      return {
        sliceGroupCounts: () => sliceGroupCounts(f),
        compareTermRates: () => compareTermRates(f),
        distinctiveWords: () => distinctiveWords(f),
        sliceFilterOptions: () => sliceFilterOptions(),
      };
    },
  },
  articlesPage('articles-filtered', 'Articles, filtered', '/articles?stance=mainstream&from=2015-01-01&to=2024-12-31&sort=publishedAt.desc'),
  articlesPage('articles-search', 'Articles, full-text search + filter', '/articles?q=executions&stance=advocacy'),
  {
    id: 'blind',
    label: 'Blind reading',
    path: `/events/${EVENT_SLUG}/blind?seed=bench`,
    // The event, its rated articles, then the drawn articles' passages: one after the other.
    queries: () => ({
      blindReading: async () => {
        const event = (await getEvent(EVENT_SLUG))!;
        const f = parseBlindFilter({ seed: 'bench' });
        const drawn = pickArticles(await blindArticles(event.id), f);
        return blindSources(event.id, drawn.map((a) => a.id));
      },
    }),
  },
  {
    id: 'term',
    label: 'Term dictionary: one term',
    path: '/terms/regime',
    queries: () => ({
      termUsage: () => termUsage('regime'),
      termExamples: () => termExamples('regime'),
      termEvents: () => termEvents('regime'),
    }),
  },
];

/** Runs a page's queries as the page does (all at once) and times each one and the whole. */
export async function timePage(page: BenchPage): Promise<{ totalMs: number; queryMs: Record<string, number> }> {
  const queryMs: Record<string, number> = {};
  const t0 = performance.now();
  await Promise.all(
    Object.entries(page.queries()).map(async ([name, q]) => {
      const t = performance.now();
      await q();
      queryMs[name] = performance.now() - t;
    }),
  );
  return { totalMs: performance.now() - t0, queryMs };
}
