import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { isSliceFiltered, parseSliceFilter, REPUBLISHED_TABLE } from '@/lib/filters/slice';
import { countRepublished, groupAmplification, listRepublished, outletOriginality } from '@/lib/queries/amplification';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import { SliceFilterControls } from '../compare/slice-filters';
import { AmplificationMatrix } from './amplification-matrix';
import { OutletOriginalityTable, RepublishedTextsTable } from './amplification-tables';

export const metadata = { title: 'Amplification' };
export const dynamic = 'force-dynamic';

const fmt = new Intl.NumberFormat('en-GB');

export default async function AmplificationPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const filter = parseSliceFilter(raw);
  const table = parseTableParams(raw, REPUBLISHED_TABLE);
  // Five queries: the group matrix, the outlets, a page of republished texts and their number, filter choices.
  const [matrix, outlets, texts, textCount, options] = await Promise.all([
    groupAmplification(filter),
    outletOriginality(filter),
    listRepublished(filter, { offset: table.offset, limit: table.size }),
    countRepublished(filter),
    sliceFilterOptions(),
  ]);
  const republications = matrix.reduce((n, r) => n + r.republications, 0);
  const articles = outlets.reduce((n, r) => n + r.articles, 0);
  const reprints = outlets.reduce((n, r) => n + r.reprints, 0);
  const filtered = isSliceFiltered(filter);
  const groups = STANCES.filter((s) => s !== 'unrated' || matrix.some((r) => (r.originalGroup === s || r.republishedBy === s) && r.republications > 0));
  const top = [...matrix].filter((r) => r.originalGroup !== r.republishedBy && r.republications > 0).sort((a, b) => b.republications - a.republications)[0];

  return (
    <>
      <PageHeader
        title="Amplification"
        description="Who republishes whose texts. A text carried by several sites counts once in every comparison, as its original (the earliest copy); here the copies themselves are the finding: which groups and outlets amplify which."
        meta={
          <>
            {fmt.format(republications)} republication{republications === 1 ? '' : 's'} of {fmt.format(textCount)} text{textCount === 1 ? '' : 's'}
            {articles > 0 ? ` · ${((reprints / articles) * 100).toFixed(1)}% of the ${fmt.format(articles)} articles${filtered ? ' in the slice' : ''} are reprints` : ''}
          </>
        }
      />
      <SliceFilterControls label="Filter republications" publishers={options.publishers} events={options.events} />

      <Card
        title="Group × group"
        description={
          <p>
            Rows: whose texts; columns: the group of the sites that republished them (the aggregator or digest a copy was collected from, else
            its outlet). Each cell: copies, distinct texts, and the cell&apos;s share of everything that column&apos;s sites republished.
            {top
              ? ` The largest flow between different groups: ${STANCE_STYLE[top.republishedBy].label.toLowerCase()} sites carrying ${fmt.format(top.republications)} copies of ${STANCE_STYLE[top.originalGroup].label.toLowerCase()} texts.`
              : ''}
          </p>
        }
        actions={<ExportMenu dataset="amplification" rowsLabel="group pairs" rowCount={matrix.length} />}
      >
        <AmplificationMatrix rows={matrix} groups={groups} />
      </Card>

      <Card
        title="Outlets"
        description={
          <p>
            Each outlet&apos;s articles in the slice: its own texts, its reprints of other texts (counted once, as their original), and the copies
            other sites made of its texts. Columns for articles quoting another text in full and for reprints hosted as an aggregator can be shown
            from the column menu.
          </p>
        }
        actions={<ExportMenu dataset="outlet-originality" rowsLabel="outlets" rowCount={outlets.length} />}
      >
        <OutletOriginalityTable rows={outlets} />
      </Card>

      <Card
        title="Republished texts"
        description={<p>Every original with copies in the slice, most copied first, with the sites that carried each copy, their group and date.</p>}
        actions={<ExportMenu dataset="republished-texts" rowsLabel="republished texts" rowCount={textCount} />}
      >
        <RepublishedTextsTable rows={texts.rows} total={textCount} filtered={filtered} />
      </Card>
      <p className="small muted">
        Reprints are found by comparing the texts themselves, after the lines sites add around a copy are removed; a curator can undo a
        detection or mark one by hand. <Link href="/methodology#reprints">How reprints are found →</Link>
      </p>
    </>
  );
}
