import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { countedAtUtc, RecountNotice } from '@/components/ui/recount-notice';
import { ARTICLE_TABLE, isFiltered, parseArticleFilter, type ArticleSort } from '@/lib/filters/articles';
import { articleFilterOptions, countArticles, listArticles, recentSearch } from '@/lib/queries/articles';
import { linkedEvents } from '@/lib/queries/events';
import { ArticlesTable } from '../articles-table';
import { ArticleFilters } from '../article-filters';

export const metadata = { title: 'Articles' };
export const dynamic = 'force-dynamic';

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const filter = parseArticleFilter(raw);
  const table = parseTableParams(raw, ARTICLE_TABLE);
  const request = { offset: table.offset, limit: table.size, sort: table.sortId as ArticleSort, desc: table.sortDesc };
  const [{ value: { rows, total }, countedAt }, options, events] = await Promise.all([
    filter.q
      ? recentSearch(filter, request)
      : Promise.all([listArticles(filter, request), countArticles(filter)]).then(([p, total]) => ({ value: { rows: p.rows, total }, countedAt: null })),
    articleFilterOptions(),
    linkedEvents(),
  ]);
  return (
    <>
      <PageHeader
        title="Articles"
        description="Every imported article with its outlet, the outlet's stance group and where the text was collected from. Filters live in the address bar: copy it to share this view."
        meta={`${total.toLocaleString('en')} article${total === 1 ? '' : 's'}${isFiltered(filter) ? ' match the filters' : ''}`}
        actions={<ExportMenu dataset="articles" rowsLabel="articles" rowCount={total} />}
      />
      {countedAt ? (
        <RecountNotice>
          The corpus is changing (an import is running): these search results were found at {countedAtUtc(countedAt)} UTC and
          are being searched again. Articles added since then are not listed yet; reload in a few seconds. Exports are always current.
        </RecountNotice>
      ) : null}
      <ArticlesTable
        rows={rows}
        total={total}
        filtered={isFiltered(filter)}
        toolbar={<ArticleFilters publishers={options.publishers} vias={options.vias} events={events} languages={options.languages} />}
      />
    </>
  );
}
