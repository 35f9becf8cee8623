// Horizontal stacked bars drawn as plain SVG: the drill-down chart is on the page people land on,
// so it costs no chart library. Rows come from model/chart.ts; names wrap onto two lines rather
// than being cut. An item with sub-items is a link — bar, name and value — that a pointer, Tab
// and Enter all follow; the rest of the drawing is hidden from assistive technology, since the
// table beside the chart is its text alternative.

import { useEffect, type MouseEvent } from 'react';
import { textWidth, wrapLabel, type BarDatum } from '../model/chart';
import { COLORS } from './colors';

const BAR = 22;
const FONT = 12;
const LINE = 14;

export interface BarLinks {
  /** The URL of the item's drill-down, or null when it has no sub-items. */
  href: (code: string) => string | null;
  /** Follows the link in the page. */
  go: (code: string) => void;
  /** What a screen reader says for the link, e.g. "进入 201 一般公共服务支出". */
  label: (bar: BarDatum) => string;
}

export function Bars({
  bars,
  width,
  format,
  labels,
  links,
  label,
  onDrawn,
}: {
  bars: BarDatum[];
  width: number;
  format: (value: number) => string;
  labels: { basic: string; project: string; unsplit: string };
  links?: BarLinks;
  /** The chart's name for assistive technology. */
  label: string;
  onDrawn?: () => void;
}) {
  useEffect(() => {
    onDrawn?.();
  });
  const narrow = width < 520;
  const nameWidth = Math.round(narrow ? Math.min(140, width * 0.36) : Math.min(260, width * 0.3));
  const values = bars.map((bar) => format(bar.total));
  const valueWidth = Math.max(40, ...values.map((v) => textWidth(v, FONT))) + 8;
  const plot = Math.max(40, width - nameWidth - valueWidth - 8);
  const max = Math.max(...bars.map((b) => b.total), 0) || 1;
  const scale = (value: number) => (value / max) * plot;
  const names = bars.map((bar) => wrapLabel(bar.name, nameWidth - 8, FONT));
  const rowHeight = (lines: number) => Math.max(BAR, lines * LINE) + 10;
  // Each row's top: the rows above it, each as tall as its name's lines.
  const tops: number[] = [];
  let plotHeight = 0;
  for (const lines of names) {
    tops.push(plotHeight);
    plotHeight += rowHeight(lines.length);
  }
  const hasUnsplit = bars.some((b) => b.unsplit > 0);
  const legend = [
    { key: 'basic', color: COLORS.basic, label: labels.basic },
    { key: 'project', color: COLORS.project, label: labels.project },
    ...(hasUnsplit ? [{ key: 'unsplit', color: COLORS.unsplit, label: labels.unsplit }] : []),
  ];
  const height = plotHeight + 28;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="bars"
      role="group"
      aria-label={label}
      data-chart=""
    >
      {bars.map((bar, index) => {
        const lines = names[index];
        const y = tops[index] + (rowHeight(lines.length) - 10 - BAR) / 2;
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
        const firstLine = y + BAR / 2 + 4 - ((lines.length - 1) * LINE) / 2;
        const drawing = (
          <>
            <rect
              x={0}
              y={tops[index]}
              width={width}
              height={rowHeight(lines.length) - 4}
              fill="transparent"
            />
            <text x={nameWidth - 6} y={firstLine} textAnchor="end" fontSize={FONT} fill="#3a3a3d">
              <title>{bar.name}</title>
              {lines.map((line, i) => (
                <tspan key={i} x={nameWidth - 6} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
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
            <text x={x + 4} y={y + BAR / 2 + 4} fontSize={FONT} fill="#3a3a3d">
              {values[index]}
            </text>
          </>
        );
        const href = links?.href(bar.code) ?? null;
        if (!links || !href) {
          return (
            <g key={bar.code} aria-hidden="true">
              {drawing}
            </g>
          );
        }
        const follow = (event: MouseEvent<HTMLAnchorElement>) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          links.go(bar.code);
        };
        return (
          <a key={bar.code} href={href} onClick={follow} aria-label={links.label(bar)} className="bar-link">
            {drawing}
          </a>
        );
      })}
      <g transform={`translate(${nameWidth}, ${plotHeight + 8})`} aria-hidden="true">
        {legend.map((item, i) => (
          <g key={item.key} transform={`translate(${i * (narrow ? 78 : 96)}, 0)`}>
            <rect width="12" height="12" fill={item.color} />
            <text x="16" y="10" fontSize={FONT} fill="#3a3a3d">
              {item.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
