import { useId, type ReactNode } from 'react';

/*
 * What every chart shares: a visible caption, the data in words for screen readers, and
 * an SVG labelled by both.
 */

export type ChartText = { caption: ReactNode; description: ReactNode; testId?: string };

export function ChartFigure({ caption, description, testId, kind, height, children }: ChartText & { kind: string; height: number; children: ReactNode }) {
  const id = useId();
  return (
    <figure className={`chart ${kind}`} data-testid={testId}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        {caption}
      </figcaption>
      <p id={`${id}-desc`} className="sr-only">
        {description}
      </p>
      <svg width="100%" height={height} role="img" aria-labelledby={`${id}-caption ${id}-desc`} className="chart-svg">
        {children}
      </svg>
    </figure>
  );
}
