import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';

export interface StanceBadgeProps {
  stance: StanceKey;
  /** The stance was derived (e.g. from the outlet's owner), not rated directly: dashed border and "(inferred)". */
  inferred?: boolean;
}

export function StanceBadge({ stance, inferred = false }: StanceBadgeProps) {
  const style = STANCE_STYLE[stance];
  return (
    <span
      className="stance-badge"
      data-stance={stance}
      data-inferred={inferred ? 'true' : undefined}
      title={inferred ? `${style.description} Inferred, not rated directly.` : style.description}
    >
      <span className="stance-swatch" aria-hidden="true" />
      {style.label}
      {inferred ? <span className="stance-badge__inferred"> (inferred)</span> : null}
    </span>
  );
}

export interface StanceLegendProps {
  /** Which groups to list; always shown in the fixed order. Default: all four. */
  stances?: readonly StanceKey[];
  /** Show each group's one-line description (methodology page, chart footers). */
  descriptions?: boolean;
  className?: string;
}

export function StanceLegend({ stances = STANCES, descriptions = false, className }: StanceLegendProps) {
  const shown = STANCES.filter((s) => stances.includes(s));
  return (
    <ul className={['stance-legend', descriptions ? 'stance-legend--described' : '', className ?? ''].join(' ').trim()} aria-label="Stance groups">
      {shown.map((key) => (
        <li key={key} data-stance={key}>
          <span className="stance-swatch" aria-hidden="true" />
          <span className="stance-legend__label">{STANCE_STYLE[key].label}</span>
          {descriptions ? <span className="stance-legend__description">{STANCE_STYLE[key].description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
