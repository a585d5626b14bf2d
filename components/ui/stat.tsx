import type { ReactNode } from 'react';

const numberFormat = new Intl.NumberFormat('en-GB');

export interface StatProps {
  label: string;
  /** Numbers get thousands separators; pass a node for anything else. */
  value: ReactNode;
  /** A short line under the value: what it counts, or a comparison. */
  hint?: ReactNode;
}

export function Stat({ label, value, hint }: StatProps) {
  return (
    <div className="stat">
      <p className="stat__label">{label}</p>
      <p className="stat__value">{typeof value === 'number' ? numberFormat.format(value) : value}</p>
      {hint ? <p className="stat__hint">{hint}</p> : null}
    </div>
  );
}
