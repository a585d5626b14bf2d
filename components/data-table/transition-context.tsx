'use client';

import { createContext, useContext, useTransition, type TransitionStartFunction } from 'react';

// A DataTable shares its transition with the filters rendered in its `toolbar`, so changing a
// filter dims the same table that a page change does. Filters outside any table get their own.
export const TableTransitionContext = createContext<{ startTransition: TransitionStartFunction; isPending: boolean } | null>(null);

export function useTableTransition(): { startTransition: TransitionStartFunction; isPending: boolean } {
  const shared = useContext(TableTransitionContext);
  const [isPending, startTransition] = useTransition();
  return shared ?? { startTransition, isPending };
}
