'use client';

// Filter controls bound to URL params. Every change is a non-shallow update so the server
// component re-queries, and it drops `page` because page 7 of the old results is meaningless for
// the new ones. Read the same params on the server with parseListParam / parseIsoDay / firstParam.

import { debounce, parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import { useId, useMemo, type ReactNode } from 'react';
import { useTableTransition } from './transition-context';

function useFilterParams(keys: readonly string[]) {
  const { startTransition } = useTableTransition();
  const keyList = keys.join('\u0000');
  const parsers = useMemo(() => {
    const map: Record<string, typeof parseAsString | typeof parseAsInteger> = { page: parseAsInteger };
    for (const key of keyList.split('\u0000')) map[key] = parseAsString;
    return map;
  }, [keyList]);
  // push: each filter change is a step Back can undo, like paging and sorting.
  return useQueryStates(parsers, { shallow: false, startTransition, scroll: false, history: 'push' });
}

/** Groups filters outside a DataTable's toolbar slot (e.g. above a chart) as a search landmark. */
export function FilterBar({ label = 'Filters', children }: { label?: string; children: ReactNode }) {
  return (
    <div role="search" aria-label={label} className="filter-bar">
      {children}
    </div>
  );
}

export interface SearchFilterProps {
  /** URL param. Default `q`. */
  param?: string;
  label?: string;
  placeholder?: string;
  /** Wait this long after the last keystroke before querying. Default 350 ms. */
  debounceMs?: number;
}

export function SearchFilter({ param = 'q', label = 'Search', placeholder, debounceMs = 350 }: SearchFilterProps) {
  const id = useId();
  const [values, setValues] = useFilterParams([param]);
  const value = (values[param] as string | null) ?? '';
  return (
    <div className="filter filter--search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        onChange={(e) => {
          const next = e.target.value;
          // Clearing the box should show everything again at once, not after the debounce.
          void setValues(
            { [param]: next.trim() ? next : null, page: null },
            next.trim() ? { limitUrlUpdates: debounce(debounceMs) } : undefined,
          );
        }}
      />
    </div>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface SelectFilterProps {
  param: string;
  label: string;
  options: FilterOption[];
  /** Checkboxes in a fieldset; the URL holds the chosen values comma-separated (`a,b`). */
  multiple?: boolean;
  /** Label of the "no filter" choice of a single select. Default "All". */
  allLabel?: string;
}

export function SelectFilter({ param, label, options, multiple = false, allLabel = 'All' }: SelectFilterProps) {
  const id = useId();
  const [values, setValues] = useFilterParams([param]);
  const raw = (values[param] as string | null) ?? '';

  if (!multiple) {
    return (
      <div className="filter filter--select">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={raw} onChange={(e) => void setValues({ [param]: e.target.value || null, page: null })}>
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const selected = new Set(raw.split(',').filter(Boolean));
  const toggle = (value: string, checked: boolean) => {
    if (checked) selected.add(value);
    else selected.delete(value);
    // Keep the options' order so equal selections give equal URLs (and equal cache keys).
    const next = options.filter((o) => selected.has(o.value)).map((o) => o.value);
    void setValues({ [param]: next.length ? next.join(',') : null, page: null });
  };
  return (
    <fieldset className="filter filter--checkboxes">
      <legend>{label}</legend>
      <div className="filter__options">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" value={o.value} checked={selected.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface DateRangeFilterProps {
  fromParam?: string;
  toParam?: string;
  label?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function DateRangeFilter({ fromParam = 'from', toParam = 'to', label = 'Date range' }: DateRangeFilterProps) {
  const fromId = useId();
  const toId = useId();
  const [values, setValues] = useFilterParams([fromParam, toParam]);
  const from = (values[fromParam] as string | null) ?? '';
  const to = (values[toParam] as string | null) ?? '';
  // A date input reports "" while partly typed; only whole days reach the URL.
  const set = (param: string, value: string) => {
    if (value === '' || ISO_DAY.test(value)) void setValues({ [param]: value || null, page: null });
  };
  return (
    <fieldset className="filter filter--dates">
      <legend>{label}</legend>
      <div className="filter__options">
        <span className="filter__pair">
          <label htmlFor={fromId}>From</label>
          <input id={fromId} type="date" value={from} max={to || undefined} onChange={(e) => set(fromParam, e.target.value)} />
        </span>
        <span className="filter__pair">
          <label htmlFor={toId}>To</label>
          <input id={toId} type="date" value={to} min={from || undefined} onChange={(e) => set(toParam, e.target.value)} />
        </span>
      </div>
    </fieldset>
  );
}

export function ResetFilters({ params, label = 'Reset filters' }: { params: string[]; label?: string }) {
  const [values, setValues] = useFilterParams(params);
  const active = params.some((p) => values[p] !== null && values[p] !== undefined);
  return (
    <div className="filter filter--reset">
      <button
        type="button"
        className="button button--small"
        disabled={!active}
        onClick={() => void setValues({ ...Object.fromEntries(params.map((p) => [p, null])), page: null })}
      >
        {label}
      </button>
    </div>
  );
}
