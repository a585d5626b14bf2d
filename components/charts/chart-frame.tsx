import { useId, type ReactNode } from 'react';
import { ChartDownload } from '@/components/export-menu';

export interface ChartAlt {
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartFrameProps {
  title: string;
  description?: ReactNode;
  /** What the numbers are, e.g. "Articles per month" or "Mentions per 1,000 words". */
  unit?: string;
  /** Provenance, e.g. "Source: stance-lens, 412 articles, imported 23 Nov 2026". */
  source: string;
  legend?: ReactNode;
  /** The same numbers as a table, for screen readers, keyboard users and copying into slides. */
  alt: ChartAlt;
  children: ReactNode;
  /** Heading level of the title inside the figure. Default 3 (charts sit in cards under h2s). */
  headingLevel?: 2 | 3 | 4;
  /** Extra class on the figure, e.g. `chart-frame--screen-only` to leave it off a printed sheet. */
  className?: string;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function ChartFrame({ title, description, unit, source, legend, alt, children, headingLevel = 3, className }: ChartFrameProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className={className ? `chart-frame ${className}` : 'chart-frame'} aria-labelledby={titleId}>
      <figcaption className="chart-frame__caption">
        <Heading id={titleId} className="chart-frame__title">
          {title}
        </Heading>
        {description ? <div className="chart-frame__description">{description}</div> : null}
        {unit ? <p className="chart-frame__unit">{unit}</p> : null}
      </figcaption>
      {legend ? <div className="chart-frame__legend">{legend}</div> : null}
      {/* The drawing is one image to assistive technology; its content is in the table below. */}
      <div className="chart-frame__chart" role="img" aria-label={title}>
        {children}
      </div>
      <p className="chart-frame__source">{source}</p>
      {/* SVG/PNG of the drawing with the title and source line drawn in; hidden in print (.button). */}
      <ChartDownload title={title} unit={unit} source={source} />
      <details className="chart-frame__data">
        <summary>Show the data as a table</summary>
        <div className="table-scroll" role="region" aria-label={`Data: ${title}`} tabIndex={0}>
          <table className="table table--compact">
            <caption className="visually-hidden">
              {title}
              {unit ? ` (${unit})` : ''}
            </caption>
            <thead>
              <tr>
                {alt.columns.map((c, i) => (
                  <th key={i} scope="col" className={i > 0 ? 'align-end' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {alt.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c} className={typeof cell === 'number' ? 'align-end' : undefined}>
                        {typeof cell === 'number' ? numberFormat.format(cell) : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
