'use client';
import { FilterBar, SelectFilter } from '@/components/data-table/data-table-toolbar';

export function ChangesFilters() {
  return (
    <FilterBar label="Filter changes">
      <SelectFilter
        param="type"
        label="Kind of thing changed"
        allLabel="Everything"
        options={[
          { value: 'publisher', label: 'Publishers' },
          { value: 'article', label: 'Articles' },
          { value: 'event', label: 'Events' },
          { value: 'import', label: 'Imports' },
        ]}
      />
    </FilterBar>
  );
}
