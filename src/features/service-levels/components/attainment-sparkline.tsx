import { formatShare } from '../lib/service-level-words';
import classes from './attainment-sparkline.module.css';

const width = 120;
const height = 28;

/** Words for a series of daily attainment, for screen readers and the tooltip. */
export function describeSeries(series: readonly (number | null)[]): string {
  const known = series.filter((value): value is number => value !== null);
  if (known.length === 0) return `No data in the last ${series.length} days`;
  const lowest = Math.min(...known);
  const latest = [...series].reverse().find((value) => value !== null) ?? null;
  return `${series.length} days: lowest ${formatShare(lowest)}, latest ${formatShare(latest)}, ${known.length} days with data`;
}

/**
 * Daily attainment as a small line: the scale runs from the lowest day (at most 95 %) to 100 %,
 * so a bad day stands out and a perfect month is a flat line at the top. Days without data
 * break the line.
 */
export function AttainmentSparkline({ series }: { series: readonly (number | null)[] }) {
  const label = describeSeries(series);
  const known = series.filter((value): value is number => value !== null);
  const floor = Math.min(0.95, ...known);
  const step = series.length > 1 ? width / (series.length - 1) : width;
  const y = (value: number) => 2 + (1 - (value - floor) / (1 - floor || 1)) * (height - 4);
  const segments: string[] = [];
  let current: string[] = [];
  series.forEach((value, index) => {
    if (value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${(index * step).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  return (
    <svg
      className={classes.sparkline}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line className={classes.target} x1={0} x2={width} y1={2} y2={2} />
      {segments.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} className={classes.line} points={points} />
        ) : (
          <circle
            key={points}
            className={classes.dot}
            cx={points.split(',')[0]}
            cy={points.split(',')[1]}
            r={1.5}
          />
        ),
      )}
    </svg>
  );
}
