// Horizontal stacked bars drawn as plain SVG: the drill-down chart is on the page people land on,
// so it costs no chart library (recharts stays for the basic-vs-project view). Rows come from
// model/chart.ts; the table next to the chart is its text alternative, so the drawing is hidden
// from assistive technology.

import { useEffect } from 'react';
import type { BarDatum } from '../model/chart';
import { COLORS } from './colors';

const ROW = 30;
const BAR = 20;

export function Bars({
  bars,
  width,
  format,
  labels,
  onDrawn,
}: {
  bars: BarDatum[];
  width: number;
  format: (value: number) => string;
  labels: { basic: string; project: string; unsplit: string };
  onDrawn?: () => void;
}) {
  useEffect(() => {
    onDrawn?.();
  });
  const narrow = width < 520;
  const nameWidth = narrow ? 92 : 190;
  const valueWidth = narrow ? 64 : 90;
  const plot = Math.max(40, width - nameWidth - valueWidth - 8);
  const max = Math.max(...bars.map((b) => b.total), 0) || 1;
  const scale = (value: number) => (value / max) * plot;
  const short = (name: string) => {
    const limit = narrow ? 6 : 13;
    return name.length > limit ? `${name.slice(0, limit - 1)}…` : name;
  };
  const hasUnsplit = bars.some((b) => b.unsplit > 0);
  const legend = [
    { key: 'basic', color: COLORS.basic, label: labels.basic },
    { key: 'project', color: COLORS.project, label: labels.project },
    ...(hasUnsplit ? [{ key: 'unsplit', color: COLORS.unsplit, label: labels.unsplit }] : []),
  ];
  const height = bars.length * ROW + 28;
  return (
    <svg width={width} height={height} aria-hidden="true" className="bars" role="presentation">
      {bars.map((bar, index) => {
        const y = index * ROW;
        let x = nameWidth;
        const segments = [
          { value: bar.basic, color: COLORS.basic },
          { value: bar.project, color: COLORS.project },
          { value: bar.unsplit, color: COLORS.unsplit },
        ].map((segment) => {
          const start = x;
          x += scale(segment.value);
          return { ...segment, start, size: scale(segment.value) };
        });
        return (
          <g key={bar.code}>
            <text x={nameWidth - 6} y={y + BAR / 2 + 4} textAnchor="end" fontSize="12" fill="#3a3a3d">
              <title>{bar.name}</title>
              {short(bar.name)}
            </text>
            {segments.map((segment, i) =>
              segment.size > 0 ? (
                <rect
                  key={i}
                  x={segment.start}
                  y={y}
                  width={segment.size}
                  height={BAR}
                  fill={segment.color}
                />
              ) : null,
            )}
            <text x={x + 4} y={y + BAR / 2 + 4} fontSize="11" fill="#3a3a3d">
              {format(bar.total)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${nameWidth}, ${bars.length * ROW + 8})`}>
        {legend.map((item, i) => (
          <g key={item.key} transform={`translate(${i * (narrow ? 78 : 96)}, 0)`}>
            <rect width="12" height="12" fill={item.color} />
            <text x="16" y="10" fontSize="12" fill="#3a3a3d">
              {item.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
