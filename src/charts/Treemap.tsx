// The same items as the bars, as a treemap: each rectangle's area is its share of the node, so
// many small items stay visible side by side. Drawing only (recharts); the table beside the
// chart is its text alternative. A rectangle with sub-items drills on click, like its bar.

import { Treemap as Squares } from 'recharts';
import { wrapLabel } from '../model/chart';
import type { TreemapItem } from '../model/chart';
import { TREEMAP_FILLS as FILLS } from './colors';

export default function Treemap({
  items,
  width,
  format,
  onSelect,
}: {
  items: TreemapItem[];
  width: number;
  format: (value: number) => string;
  onSelect: (code: string) => void;
}) {
  const height = Math.round(Math.min(420, Math.max(240, width * 0.6)));
  return (
    <div aria-hidden="true" className="treemap">
      <Squares
        width={width}
        height={height}
        data={items}
        dataKey="value"
        nameKey="name"
        isAnimationActive={false}
        onClick={(node) => {
          if (node.drills) onSelect(String(node.code));
        }}
        content={(node) => {
          const { x, y, width: w, height: h, index, name, value } = node;
          const lines = w > 48 && h > 34 ? wrapLabel(String(name), w - 8, 12, Math.floor((h - 20) / 14)) : [];
          return (
            <g style={{ cursor: node.drills ? 'pointer' : 'default' }}>
              <rect x={x} y={y} width={w} height={h} fill={FILLS[index % FILLS.length]} stroke="#fff" />
              {lines.map((line, i) => (
                <text key={i} x={x + 4} y={y + 16 + i * 14} fontSize={12} fill="#fff">
                  {line}
                </text>
              ))}
              {lines.length > 0 && h > 20 + lines.length * 14 && (
                <text x={x + 4} y={y + 16 + lines.length * 14} fontSize={12} fill="#fff">
                  {format(Number(value))}
                </text>
              )}
            </g>
          );
        }}
      />
    </div>
  );
}
