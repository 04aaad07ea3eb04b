import { ChartFigure, type ChartText } from '@/components/stats/chart-figure';

/*
 * A horizontal bar chart in SVG: one row per item, its label above a bar whose length is
 * the value (0 to 1). x is in percent of the chart's width, so the text keeps its size at
 * any width, a 360 px phone included. Colours come from CSS variables (app/styles/stats.css).
 */

/** `value` fills the bar from the left; `wrong`, if any, follows it in the "wrong" colour, and the empty track is what is left. */
export type BarRow = { key: string; label: string; value: number; wrong?: number; valueText: string; title: string };

const ROW = 40;

type Props = ChartText & { rows: BarRow[] };

export function ChartBars({ rows, caption, description, testId }: Props) {
  return (
    <ChartFigure caption={caption} description={description} testId={testId} kind="chart-bars" height={rows.length * ROW}>
        {rows.map((row, index) => (
          <g key={row.key} transform={`translate(0 ${index * ROW})`} data-testid="chart-bar" data-label={row.label} data-value={row.value} data-wrong={row.wrong ?? 0}>
            <title>{row.title}</title>
            <text x="0" y="14" className="chart-label">
              {row.label}
            </text>
            <text x="100%" y="14" textAnchor="end" className="chart-value">
              {row.valueText}
            </text>
            <rect x="0" y="21" width="100%" height="10" rx="5" className="chart-track" />
            {/* The wrong part is drawn to its end first, then the right part over its start. */}
            {row.wrong ? (
              <rect x="0" y="21" width={`${Math.min(1, row.value + row.wrong) * 100}%`} height="10" rx="5" className="chart-bar-wrong" data-testid="chart-bar-wrong" />
            ) : null}
            {row.value > 0 ? <rect x="0" y="21" width={`${Math.min(1, row.value) * 100}%`} height="10" rx="5" className="chart-bar-fill" /> : null}
          </g>
        ))}
    </ChartFigure>
  );
}
