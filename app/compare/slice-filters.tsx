'use client';
// The slice controls shared by /compare, /claims and /sources: event, outlet, group and dates,
// bound to the URL params that lib/filters/slice.ts parses (SLICE_PARAMS).
import type { ReactNode } from 'react';
import { DateRangeFilter, FilterBar, ResetFilters, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { languageLabel } from '@/lib/analysis/direction';
import { SLICE_PARAMS } from '@/lib/filters/slice';
import type { SliceOption } from '@/lib/queries/slice';
import { STANCES, STANCE_STYLE } from '@/lib/stance';

export interface SliceFilterControlsProps {
  publishers: SliceOption[];
  events: SliceOption[];
  languages?: SliceOption[];
  /** Accessible name of the filter group. */
  label: string;
  /** Extra controls after the shared ones (e.g. the claim kind). */
  children?: ReactNode;
  /** Params the reset button clears besides the slice's own. */
  extraParams?: string[];
  /** Leave out the outlet select (the sources view filters by event, group and date). */
  withPublisher?: boolean;
}

export function SliceFilterControls({ publishers, events, languages = [], label, children, extraParams = [], withPublisher = true }: SliceFilterControlsProps) {
  return (
    <FilterBar label={label}>
      <SelectFilter param="event" label="Event" options={events.map((e) => ({ value: e.slug, label: `${e.name} (${e.n})` }))} allLabel="All events" />
      <SelectFilter param="stance" label="Group" multiple options={STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label }))} />
      {withPublisher ? (
        <SelectFilter
          param="publisher"
          label="Outlet"
          options={publishers.map((p) => ({ value: p.slug, label: `${p.name} (${p.n})` }))}
          allLabel="All outlets"
        />
      ) : null}
      {languages.length > 1 ? (
        <SelectFilter param="lang" label="Language" multiple options={languages.map((l) => ({ value: l.slug, label: `${languageLabel(l.slug)} (${l.n})` }))} />
      ) : null}
      <DateRangeFilter label="Published" />
      {children}
      <ResetFilters params={[...SLICE_PARAMS, ...extraParams]} />
    </FilterBar>
  );
}
