'use client';
// Two groups set against each other on one axis: bars to the right lean to group A, bars to the
// left to group B, each in its group's colour (e.g. Fightin' Words z-scores on /compare).
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { ChartContainer, useNarrowScreen } from './chart-container';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, numberFormat, shortLabel, stanceFill, stanceStroke } from './chart-theme';

export interface DivergingBarDatum {
  label: string;
  /** Positive: leans to group A (drawn right); negative: to group B (drawn left). */
  value: number;
}

export interface DivergingBarChartProps {
  data: DivergingBarDatum[];
  /** The group drawn to the right (positive values). */
  a: StanceKey;
  /** The group drawn to the left (negative values). */
  b: StanceKey;
  /** Axis title for the values, e.g. "z-score". */
  valueLabel?: string;
  height?: number;
}

export function DivergingBarChart({ data, a, b, valueLabel, height }: DivergingBarChartProps) {
  const narrow = useNarrowScreen();
  // Symmetric domain so zero sits in the middle and equal lengths mean equal strength.
  // A quarter of headroom leaves room for the word at the end of the longest bar; explicit
  // ticks keep zero in the middle of the axis with whole steps either side.
  const raw = 1.25 * Math.max(1, ...data.map((d) => Math.abs(d.value)));
  const step = raw <= 4 ? 1 : raw <= 10 ? 2 : 5;
  const limit = Math.ceil(raw / step) * step;
  const ticks = Array.from({ length: (2 * limit) / step + 1 }, (_, i) => -limit + i * step);
  const computedHeight = height ?? Math.max(180, data.length * 24 + 70);
  // Two series stacked on one band per word: the right-hand bars (A) carry their word on the
  // left of the zero line, the left-hand bars (B) on its right, so each word sits next to its bar.
  const rows = data.map((d) => ({ ...d, right: d.value > 0 ? d.value : null, left: d.value < 0 ? d.value : null }));
  const labelStyle = { fill: AXIS_TICK.fill, fontSize: narrow ? 11 : 12 };
  const format = (v: unknown) => shortLabel(v, narrow ? 14 : 24);

  return (
    <ChartContainer height={computedHeight}>
      <BarChart
        data={rows}
        layout="vertical"
        stackOffset="sign"
        margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
        accessibilityLayer={false}
        barCategoryGap="16%"
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          domain={[-limit, limit]}
          ticks={ticks}
          interval={0}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickFormatter={(v: number) => numberFormat.format(Math.abs(v))}
          height={valueLabel ? 44 : 30}
          label={
            valueLabel
              ? {
                  value: `← ${STANCE_STYLE[b].label} · ${valueLabel} · ${STANCE_STYLE[a].label} →`,
                  position: 'insideBottom',
                  offset: -4,
                  fill: AXIS_TICK.fill,
                  fontSize: 12,
                }
              : undefined
          }
        />
        <YAxis type="category" dataKey="label" hide />
        <ReferenceLine x={0} stroke="#5a5a5a" />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: 'rgba(0,0,0,0.05)' }}
          content={({ payload }) => {
            const d = payload?.[0]?.payload as DivergingBarDatum | undefined;
            if (!d) return null;
            return (
              <div style={{ ...TOOLTIP_STYLE.contentStyle, background: '#fff', padding: '6px 8px' }}>
                <strong>{d.label}</strong>
                <br />
                {valueLabel ?? 'Value'} {numberFormat.format(Math.abs(d.value))} toward {STANCE_STYLE[d.value < 0 ? b : a].label}
              </div>
            );
          }}
        />
        <Bar dataKey="right" stackId="words" name={STANCE_STYLE[a].label} fill={stanceFill(a)} stroke={stanceStroke(a)} strokeWidth={1} isAnimationActive={false} maxBarSize={20}>
          <LabelList dataKey="label" position="left" formatter={format} style={labelStyle} />
        </Bar>
        <Bar dataKey="left" stackId="words" name={STANCE_STYLE[b].label} fill={stanceFill(b)} stroke={stanceStroke(b)} strokeWidth={1} isAnimationActive={false} maxBarSize={20}>
          <LabelList dataKey="label" position="right" formatter={format} style={labelStyle} />
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
