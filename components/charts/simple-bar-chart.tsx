'use client';

import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { StanceKey } from '@/lib/stance';
import { ChartContainer, useNarrowScreen } from './chart-container';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, numberFormat, shortLabel, stanceFill, stanceStroke } from './chart-theme';

export interface SimpleBarDatum {
  label: string;
  value: number;
  /** Colours the bar by group (e.g. articles per publisher); neutral grey-blue without one. */
  stance?: StanceKey;
}

export interface SimpleBarChartProps {
  data: SimpleBarDatum[];
  /** Direction the bars grow; `horizontal` (default) suits long labels. See StanceBarChart. */
  layout?: 'horizontal' | 'vertical';
  height?: number;
  /** Axis title for the values, e.g. "Articles". */
  valueLabel?: string;
  /** Axis title for the categories, e.g. "Publisher". */
  categoryLabel?: string;
  /** Name of the value in the tooltip. Default: valueLabel or "Value". */
  seriesName?: string;
}

const NEUTRAL_FILL = '#5B6F82';
const NEUTRAL_STROKE = '#33414E';

export function SimpleBarChart({ data, layout = 'horizontal', height, valueLabel, categoryLabel, seriesName }: SimpleBarChartProps) {
  const narrow = useNarrowScreen();
  const horizontal = layout === 'horizontal';
  // On phones the category axis title would cost a third of the plot; the frame's title says it.
  const categoryTitle = narrow ? undefined : categoryLabel;
  const computedHeight = height ?? (horizontal ? Math.max(160, data.length * 30 + 70) : 300);
  const labelStyle = { fill: AXIS_TICK.fill, fontSize: 12 };

  const shape = (props: BarShapeProps) => {
    const stance = (props.payload as SimpleBarDatum | undefined)?.stance;
    return (
      <Rectangle
        {...props}
        fill={stance ? stanceFill(stance) : NEUTRAL_FILL}
        stroke={stance ? stanceStroke(stance) : NEUTRAL_STROKE}
        strokeWidth={1}
      />
    );
  };

  return (
    <ChartContainer height={computedHeight}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_STROKE} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis
              type="number"
              allowDecimals={false}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickFormatter={(v: number) => numberFormat.format(v)}
              height={valueLabel ? 44 : 30}
              label={valueLabel ? { value: valueLabel, position: 'insideBottom', offset: -4, ...labelStyle } : undefined}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={narrow ? 96 : categoryTitle ? 170 : 150}
              interval={0}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={false}
              tickFormatter={(v) => shortLabel(v, narrow ? 14 : 22)}
              label={categoryTitle ? { value: categoryTitle, angle: -90, position: 'insideLeft', ...labelStyle, style: { textAnchor: 'middle' } } : undefined}
            />
          </>
        ) : (
          <>
            <XAxis
              type="category"
              dataKey="label"
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickLine={false}
              tickFormatter={(v) => shortLabel(v, narrow ? 8 : 14)}
              height={categoryTitle ? 44 : 30}
              label={categoryTitle ? { value: categoryTitle, position: 'insideBottom', offset: -4, ...labelStyle } : undefined}
            />
            <YAxis
              type="number"
              allowDecimals={false}
              tick={AXIS_TICK}
              axisLine={AXIS_LINE}
              tickFormatter={(v: number) => numberFormat.format(v)}
              width={valueLabel ? 64 : 48}
              label={valueLabel ? { value: valueLabel, angle: -90, position: 'insideLeft', ...labelStyle, style: { textAnchor: 'middle' } } : undefined}
            />
          </>
        )}
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'rgba(0,0,0,0.05)' }} formatter={(v) => numberFormat.format(Number(v))} />
        <Bar dataKey="value" name={seriesName ?? valueLabel ?? 'Value'} shape={shape} isAnimationActive={false} maxBarSize={28} />
      </BarChart>
    </ChartContainer>
  );
}
