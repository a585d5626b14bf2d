'use client';
// The filters of a list of outlets (/publishers, the registry on /methodology): a search over
// names, aliases and domains (`q`) and the groups (`stance`), both in the URL so a view is a link;
// and the empty state such a list shows, which says which of the two to clear.
import { FilterBar, SearchFilter, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { EmptyState } from '@/components/ui/empty-state';
import { STANCES, STANCE_STYLE } from '@/lib/stance';

export function OutletFilters({ label }: { label: string }) {
  return (
    <FilterBar label={label}>
      <SearchFilter label="Outlet, alias or domain" placeholder="e.g. Tasnim, تسنیم, iranintl.com" />
      <SelectFilter param="stance" label="Group" multiple options={STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label }))} />
    </FilterBar>
  );
}

export function OutletListEmpty({ filtered, noneTitle, noneText }: { filtered: boolean; noneTitle: string; noneText: string }) {
  return (
    <EmptyState
      headingLevel={3}
      title={filtered ? 'No outlet matches' : noneTitle}
      description={filtered ? 'Clear the search or the group filter.' : noneText}
    />
  );
}
