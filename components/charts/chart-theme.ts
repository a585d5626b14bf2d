// Shared look for the recharts charts: dark enough axis text for WCAG AA, system font, and the
// stance palette. Bars get a darker outline because the lighter stance fills (advocacy orange)
// fall below 3:1 against white on their own.
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';

export const AXIS_TICK = { fill: '#3f3f3f', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: '#8a8a8a' } as const;
export const GRID_STROKE = '#e3e3e0';
export const TOOLTIP_STYLE = {
  contentStyle: { borderRadius: 6, border: '1px solid #c9c9c5', fontSize: 13 },
  labelStyle: { fontWeight: 600, color: '#1a1a1a' },
} as const;

export function stanceFill(stance: StanceKey | undefined): string {
  return STANCE_STYLE[stance ?? 'unrated'].color;
}

export function stanceStroke(stance: StanceKey | undefined): string {
  return STANCE_STYLE[stance ?? 'unrated'].text;
}

/** Groups that have at least one non-zero value, in the fixed order, so empty series get no legend or bars. */
export function presentStances<T extends Partial<Record<StanceKey, number | null>>>(data: readonly T[]): StanceKey[] {
  return STANCES.filter((s) => data.some((d) => (d[s] ?? 0) > 0));
}

/** Long publisher names would eat the plot on phones; the full name stays in the tooltip and data table. */
export function shortLabel(label: unknown, max = 22): string {
  const s = String(label ?? '');
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : s;
}

export const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
