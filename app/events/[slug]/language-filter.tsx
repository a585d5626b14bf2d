'use client';
// The event page's language filter: English and Persian coverage together (the default), or one
// language's; bound to ?lang= like every other view's filter.
import { FilterBar, ResetFilters, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { languageLabel } from '@/lib/analysis/direction';

export function EventLanguageFilter({ languages }: { languages: Array<{ language: string; articles: number }> }) {
  return (
    <FilterBar label="Filter the event's coverage">
      <SelectFilter param="lang" label="Language" multiple options={languages.map((l) => ({ value: l.language, label: `${languageLabel(l.language)} (${l.articles})` }))} />
      <ResetFilters params={['lang']} />
    </FilterBar>
  );
}
