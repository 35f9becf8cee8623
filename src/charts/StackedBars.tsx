// Horizontal stacked bars (basic / project / not split) for a list of items. Drawing only: the
// rows are built and tested in model/chart.ts, and the table beside the chart is its text
// alternative, so the drawing itself is hidden from assistive technology.

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarDatum } from '../model/chart';
import { COLORS } from './colors';

export interface StackedBarsProps {
  bars: BarDatum[];
  labels: { basic: string; project: string; unsplit: string };
  format: (value: number) => string;
  width: number;
}

export default function StackedBars({ bars, labels, format, width }: StackedBarsProps) {
  const narrow = width < 520;
  const nameWidth = narrow ? 96 : 200;
  const height = 44 + bars.length * 34;
  const shortName = (name: string): string =>
    name.length > (narrow ? 7 : 14) ? `${name.slice(0, narrow ? 6 : 13)}…` : name;
  const hasUnsplit = bars.some((b) => b.unsplit > 0);
  return (
    <div aria-hidden="true">
      <BarChart
        width={width}
        height={height}
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e4e4e4" />
        <XAxis type="number" tickFormatter={format} tick={{ fontSize: 11 }} />
        <YAxis
          type="category"
          dataKey="name"
          width={nameWidth}
          tickFormatter={shortName}
          tick={{ fontSize: 12 }}
          interval={0}
        />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="basic" name={labels.basic} stackId="a" fill={COLORS.basic} isAnimationActive={false} />
        <Bar
          dataKey="project"
          name={labels.project}
          stackId="a"
          fill={COLORS.project}
          isAnimationActive={false}
        />
        {hasUnsplit && (
          <Bar
            dataKey="unsplit"
            name={labels.unsplit}
            stackId="a"
            fill={COLORS.unsplit}
            isAnimationActive={false}
          />
        )}
      </BarChart>
    </div>
  );
}
