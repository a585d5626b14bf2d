'use client';
// The figures each group cites, one dot per figure on a log scale (death tolls run from 9 to
// 30,000), one row per group: "who says 30,000 and who says thousands" at a glance. Vague
// quantities have no value and are listed in the frame's table instead.
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { ChartContainer } from './chart-container';
import { AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, numberFormat, stanceFill, stanceStroke } from './chart-theme';

export interface FigureDot {
  stance: StanceKey;
  value: number;
  label: string;
  outlet: string;
}

export function FigureDotPlot({ data, stances, height }: { data: FigureDot[]; stances: StanceKey[]; height?: number }) {
  const rows = stances.map((s, i) => ({ s, y: stances.length - i }));
  const min = Math.max(1, Math.min(...data.map((d) => d.value)));
  const max = Math.max(10, ...data.map((d) => d.value));
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  // Explicit powers of ten: recharts' own log ticks repeat when every value is the same.
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => Math.pow(10, lo + i));
  return (
    <ChartContainer height={height ?? 90 + stances.length * 48}>
      <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis
          type="number"
          dataKey="value"
          scale="log"
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickFormatter={(v: number) => numberFormat.format(v)}
          label={{ value: 'Figure cited (log scale)', position: 'insideBottom', offset: -4, fill: AXIS_TICK.fill, fontSize: 12 }}
          height={44}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0.5, stances.length + 0.5]}
          ticks={rows.map((r) => r.y)}
          tickFormatter={(y: number) => STANCE_STYLE[rows.find((r) => r.y === y)?.s ?? 'unrated'].label}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          width={96}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ strokeDasharray: '3 3' }}
          content={({ payload }) => {
            const d = payload?.[0]?.payload as (FigureDot & { y: number }) | undefined;
            return d ? (
              <div style={{ ...TOOLTIP_STYLE.contentStyle, background: '#fff', padding: '6px 8px' }}>
                <strong>{d.label}</strong>
                <br />
                {d.outlet} ({STANCE_STYLE[d.stance].label})
              </div>
            ) : null;
          }}
        />
        {rows.map(({ s, y }) => (
          <Scatter
            key={s}
            name={STANCE_STYLE[s].label}
            data={data.filter((d) => d.stance === s).map((d) => ({ ...d, y }))}
            fill={stanceFill(s)}
            stroke={stanceStroke(s)}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ChartContainer>
  );
}
