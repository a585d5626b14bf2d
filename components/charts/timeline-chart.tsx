'use client';

import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { ChartContainer } from './chart-container';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, numberFormat, presentStances, stanceFill, stanceStroke } from './chart-theme';

/** A null value is a gap (no data for that group in that period), drawn as a break in a line. */
export type TimelineRow = { period: string } & Record<StanceKey, number | null>;

export interface TimelineChartProps {
  /** One row per period, oldest first; `period` is the axis label ("2019", "Jul 2019"). */
  data: TimelineRow[];
  /** `bars` (default): stacked columns showing the total and its split. `lines`: one line per group. */
  variant?: 'bars' | 'lines';
  height?: number;
  /** Axis title for the counts. Default "Articles". */
  valueLabel?: string;
  stances?: StanceKey[];
  /** Values are rates, not counts: decimals on the axis. */
  decimals?: boolean;
}

// Line dashes add a second cue besides colour, so groups stay apart in greyscale print.
const DASH: Record<StanceKey, string | undefined> = {
  advocacy: undefined,
  mainstream: '6 3',
  critical: '2 3',
  unrated: '8 3 2 3',
};

export function TimelineChart({ data, variant = 'bars', height = 300, valueLabel = 'Articles', stances, decimals = false }: TimelineChartProps) {
  const series = stances ?? presentStances(data);
  const common = {
    data,
    margin: { top: 8, right: 16, bottom: 8, left: 8 },
    accessibilityLayer: false,
  };
  const axes = (
    <>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="period" tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} minTickGap={12} />
      <YAxis
        allowDecimals={decimals}
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        width={64}
        tickFormatter={(v: number) => numberFormat.format(v)}
        label={{ value: valueLabel, angle: -90, position: 'insideLeft', fill: AXIS_TICK.fill, fontSize: 12, style: { textAnchor: 'middle' } }}
      />
      <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'rgba(0,0,0,0.05)' }} formatter={(v) => numberFormat.format(Number(v))} />
    </>
  );

  return (
    <ChartContainer height={height}>
      {variant === 'lines' ? (
        <LineChart {...common}>
          {axes}
          {series.map((s) => (
            <Line
              key={s}
              // Straight segments: counts per period are discrete, a smoothed curve would
              // suggest values between periods (and can dip below zero).
              type="linear"
              dataKey={s}
              name={STANCE_STYLE[s].label}
              stroke={stanceFill(s)}
              strokeWidth={2.5}
              strokeDasharray={DASH[s]}
              dot={{ r: 2.5, fill: stanceFill(s), stroke: stanceStroke(s) }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart {...common} barCategoryGap="12%">
          {axes}
          {series.map((s) => (
            <Bar key={s} dataKey={s} name={STANCE_STYLE[s].label} stackId="stance" fill={stanceFill(s)} stroke={stanceStroke(s)} strokeWidth={0.75} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartContainer>
  );
}
