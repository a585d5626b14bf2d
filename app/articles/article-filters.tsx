'use client';
import { DateRangeFilter, FilterBar, ResetFilters, SearchFilter, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { languageLabel } from '@/lib/analysis/direction';
import { ARTICLE_FILTER_PARAMS } from '@/lib/filters/articles';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';

interface Props {
  publishers: { slug: string; name: string; stance: StanceKey; n: number }[];
  vias: { slug: string; name: string; n: number }[];
  events: { slug: string; name: string }[];
  languages: { language: string; n: number }[];
}

export function ArticleFilters({ publishers, vias, events, languages }: Props) {
  return (
    <FilterBar label="Filter articles">
      <SearchFilter param="q" label="Search title and text" placeholder='e.g. "death commissions" or Ashraf' />
      <SelectFilter param="stance" label="Group" multiple options={STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label }))} />
      <SelectFilter param="publisher" label="Outlet" options={publishers.map((p) => ({ value: p.slug, label: `${p.name} (${p.n})` }))} allLabel="All outlets" />
      {vias.length > 0 ? (
        <SelectFilter param="via" label="Via" options={vias.map((v) => ({ value: v.slug, label: `${v.name} (${v.n})` }))} allLabel="Any source" />
      ) : null}
      {events.length > 0 ? (
        <SelectFilter param="event" label="Event" options={events.map((e) => ({ value: e.slug, label: e.name }))} allLabel="Any event" />
      ) : null}
      {languages.length > 1 ? (
        <SelectFilter param="lang" label="Language" multiple options={languages.map((l) => ({ value: l.language, label: `${languageLabel(l.language)} (${l.n})` }))} />
      ) : null}
      <DateRangeFilter />
      <ResetFilters params={[...ARTICLE_FILTER_PARAMS]} />
    </FilterBar>
  );
}
