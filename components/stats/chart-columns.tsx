import { ChartFigure, type ChartText } from '@/components/stats/chart-figure';
import type { ReactNode } from 'react';

/*
 * A vertical bar chart in SVG: one column per item, the count above the bar and two label
 * lines under the axis. Columns are placed in percent of the width, so the text keeps its
 * size at any width. Colours come from CSS variables (app/styles/stats.css).
 */

export type Column = { key: string; count: number; label: ReactNode; sublabel: string; title: string; highlight?: boolean };

const TOP = 22;
const PLOT = 120;
const BOTTOM = 40;

type Props = ChartText & { columns: Column[] };

export function ChartColumns({ columns, caption, description, testId }: Props) {
  const max = Math.max(1, ...columns.map((column) => column.count));
  const slot = 100 / Math.max(1, columns.length);
  const base = TOP + PLOT;
  return (
    <ChartFigure caption={caption} description={description} testId={testId} kind="chart-columns" height={base + BOTTOM}>
        {[0.5, 1].map((share) => (
          <line key={share} x1="0" x2="100%" y1={base - PLOT * share} y2={base - PLOT * share} className="chart-grid" />
        ))}
        <line x1="0" x2="100%" y1={base} y2={base} className="chart-axis" />
        {columns.map((column, index) => {
          const height = (column.count / max) * PLOT;
          const middle = `${(index + 0.5) * slot}%`;
          return (
            <g key={column.key} data-testid="chart-column" data-key={column.key} data-count={column.count} className={column.highlight ? 'chart-column-highlight' : undefined}>
              <title>{column.title}</title>
              {column.count > 0 ? <rect x={`${(index + 0.2) * slot}%`} y={base - height} width={`${slot * 0.6}%`} height={height} rx="3" className="chart-bar-fill" /> : null}
              <text x={middle} y={base - height - 6} textAnchor="middle" className="chart-value">
                {column.count}
              </text>
              <text x={middle} y={base + 16} textAnchor="middle" className="chart-label">
                {column.label}
              </text>
              <text x={middle} y={base + 32} textAnchor="middle" className="chart-sublabel">
                {column.sublabel}
              </text>
            </g>
          );
        })}
    </ChartFigure>
  );
}
