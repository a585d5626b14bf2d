'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { ChartContainer, useNarrowScreen } from './chart-container';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, numberFormat, presentStances, shortLabel, stanceFill, stanceStroke } from './chart-theme';

export type StanceRow = { label: string } & Partial<Record<StanceKey, number>>;

export interface StanceBarChartProps {
  data: StanceRow[];
  /** Stack the groups in one bar per label instead of side by side. */
  stacked?: boolean;
  /**
   * Direction the bars grow. `horizontal` (default): labels down the left, bars to the right —
   * best for long labels and phones. `vertical`: columns over labels on the x axis.
   * (Recharts names these the other way round; this prop describes the bars.)
   */
  layout?: 'horizontal' | 'vertical';
  /** Pixel height; by default grows with the number of labels. */
  height?: number;
  /** Axis title for the values, e.g. "Articles". */
  valueLabel?: string;
  /** Which groups to draw; default every group with a non-zero value. */
  stances?: StanceKey[];
  /** Rates need decimals on the value axis; counts (the default) do not. */
  decimals?: boolean;
}

export function StanceBarChart({ data, stacked = false, layout = 'horizontal', height, valueLabel, stances, decimals = false }: StanceBarChartProps) {
  const narrow = useNarrowScreen();
  const series = stances ?? presentStances(data);
  const horizontal = layout === 'horizontal';
  const perLabel = stacked ? 34 : Math.max(34, series.length * 14 + 16);
  const computedHeight = height ?? (horizontal ? Math.max(180, data.length * perLabel + 64) : 300);

  const categoryAxis = horizontal ? (
    <YAxis
      type="category"
      dataKey="label"
      width={narrow ? 96 : 150}
      tick={AXIS_TICK}
      axisLine={AXIS_LINE}
      tickLine={false}
      tickFormatter={(v) => shortLabel(v, narrow ? 14 : 22)}
      interval={0}
    />
  ) : (
    <XAxis type="category" dataKey="label" tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} tickFormatter={(v) => shortLabel(v, narrow ? 8 : 14)} />
  );
  const valueAxis = horizontal ? (
    <XAxis
      type="number"
      allowDecimals={decimals}
      tick={AXIS_TICK}
      axisLine={AXIS_LINE}
      tickFormatter={(v: number) => numberFormat.format(v)}
      label={valueLabel ? { value: valueLabel, position: 'insideBottom', offset: -4, fill: AXIS_TICK.fill, fontSize: 12 } : undefined}
      height={valueLabel ? 44 : 30}
    />
  ) : (
    <YAxis
      type="number"
      allowDecimals={decimals}
      tick={AXIS_TICK}
      axisLine={AXIS_LINE}
      tickFormatter={(v: number) => numberFormat.format(v)}
      width={valueLabel ? 64 : 48}
      label={valueLabel ? { value: valueLabel, angle: -90, position: 'insideLeft', fill: AXIS_TICK.fill, fontSize: 12, style: { textAnchor: 'middle' } } : undefined}
    />
  );

  return (
    <ChartContainer height={computedHeight}>
      {/* accessibilityLayer off: ChartFrame presents the chart as one image plus a data table,
          and a focusable SVG inside role="img" would be an unreachable interactive element. */}
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} barCategoryGap="18%">
        <CartesianGrid stroke={GRID_STROKE} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? valueAxis : categoryAxis}
        {horizontal ? categoryAxis : valueAxis}
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'rgba(0,0,0,0.05)' }} formatter={(v) => numberFormat.format(Number(v))} />
        {series.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={STANCE_STYLE[s].label}
            stackId={stacked ? 'stance' : undefined}
            fill={stanceFill(s)}
            stroke={stanceStroke(s)}
            strokeWidth={1}
            isAnimationActive={false}
            maxBarSize={28}
          />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
