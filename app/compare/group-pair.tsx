'use client';
// Picks the two groups the distinctive-words view sets against each other (URL `a` and `b`).
// Each choice is a history entry, so Back returns to the previous pair.
import { parseAsString, useQueryStates } from 'nuqs';
import { useId, useTransition } from 'react';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';

export function GroupPairPicker({ a, b }: { a: StanceKey; b: StanceKey }) {
  const aId = useId();
  const bId = useId();
  const [isPending, startTransition] = useTransition();
  const [, setParams] = useQueryStates({ a: parseAsString, b: parseAsString }, { shallow: false, history: 'push', scroll: false, startTransition });
  const set = (next: { a: StanceKey; b: StanceKey }) => {
    // The default pair (parseCompareFilter's) leaves the URL clean, as the other filters do.
    const isDefault = next.a === 'advocacy' && next.b === 'critical';
    void setParams(isDefault ? { a: null, b: null } : next);
  };
  return (
    <div className="filter-bar" role="group" aria-label="Groups to compare" aria-busy={isPending || undefined}>
      <div className="filter filter--select">
        <label htmlFor={aId}>Group A (bars to the right)</label>
        {/* Choosing the other side's group swaps the two rather than comparing a group with itself. */}
        <select id={aId} value={a} onChange={(e) => set({ a: e.target.value as StanceKey, b: e.target.value === b ? a : b })}>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_STYLE[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter--select">
        <label htmlFor={bId}>Group B (bars to the left)</label>
        <select id={bId} value={b} onChange={(e) => set({ a: e.target.value === a ? b : a, b: e.target.value as StanceKey })}>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_STYLE[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter--reset">
        <button type="button" className="button button--small" onClick={() => set({ a: b, b: a })}>
          Swap A and B
        </button>
      </div>
    </div>
  );
}
