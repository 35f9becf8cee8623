// Compare's chart: for each 类, one bar per department or unit — its share of its own total —
// so that budgets of any size compare. Plain SVG (like Bars); the table below is its text
// alternative, so the drawing is hidden from assistive technology.

import { textWidth, wrapLabel } from '../model/chart';
import type { ShareGroup } from '../model/compare';
import { TREEMAP_FILLS } from './colors';

const BAR = 13;
const GAP = 3;
const FONT = 12;
const LINE = 14;

export function GroupedBars({
  groups,
  names,
  width,
  format,
  label,
}: {
  groups: ShareGroup[];
  /** The entities, in the order of each group's shares. */
  names: string[];
  width: number;
  format: (share: number) => string;
  label: string;
}) {
  const narrow = width < 520;
  const nameWidth = Math.round(narrow ? Math.min(130, width * 0.34) : Math.min(240, width * 0.28));
  const valueWidth = textWidth('100.0%', FONT) + 8;
  const plot = Math.max(40, width - nameWidth - valueWidth - 8);
  const max = Math.max(...groups.flatMap((g) => g.shares), 0) || 1;
  const block = names.length * (BAR + GAP) + 12;
  const legendLines = names.map((name) => wrapLabel(name, width - 24, FONT, 1)[0]);
  const legendHeight = legendLines.length * (LINE + 4) + 8;
  const height = groups.length * block + legendHeight;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-chart=""
    >
      {groups.map((group, g) => {
        const top = g * block;
        const lines = wrapLabel(group.name, nameWidth - 8, FONT);
        const middle = top + (names.length * (BAR + GAP)) / 2;
        return (
          <g key={group.code} aria-hidden="true">
            <text
              x={nameWidth - 6}
              y={middle - ((lines.length - 1) * LINE) / 2 + 4}
              textAnchor="end"
              fontSize={FONT}
              fill="#3a3a3d"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={nameWidth - 6} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {group.shares.map((share, i) => {
              const y = top + i * (BAR + GAP);
              const size = (share / max) * plot;
              return (
                <g key={i}>
                  <rect
                    x={nameWidth}
                    y={y}
                    width={size}
                    height={BAR}
                    fill={TREEMAP_FILLS[i % TREEMAP_FILLS.length]}
                  />
                  <text x={nameWidth + size + 4} y={y + BAR - 1} fontSize={FONT} fill="#3a3a3d">
                    {format(share)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(8, ${groups.length * block + 8})`} aria-hidden="true">
        {legendLines.map((name, i) => (
          <g key={i} transform={`translate(0, ${i * (LINE + 4)})`}>
            <rect width="12" height="12" fill={TREEMAP_FILLS[i % TREEMAP_FILLS.length]} />
            <text x="16" y="10" fontSize={FONT} fill="#3a3a3d">
              {name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
