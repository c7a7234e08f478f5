import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { describeImpact } from '@/catalog/diff/impact-words';
import type { ImpactLevel } from '@/catalog/diff/semver';
import classes from './status-badge.module.css';

const colors: Record<string, string> = {
  red: 'red',
  yellow: 'orange',
  gray: 'gray',
  green: 'teal',
};

/** Breaking, compatible or cosmetic: the highest impact of a version's changes. */
export function ImpactBadge({ level, size = 'sm' }: { level?: ImpactLevel; size?: 'xs' | 'sm' }) {
  const impact = describeImpact(level);
  const color = colors[impact.color] ?? 'gray';
  // The status badges' colours, chosen for 4.5:1 contrast in both themes.
  const style = Object.fromEntries(
    [0, 2, 8, 9].map((shade) => [
      `--status-color-${shade}`,
      `var(--mantine-color-${color}-${shade})`,
    ]),
  ) as CSSProperties;
  return (
    <Badge
      className={classes.badge}
      style={style}
      variant="transparent"
      size={size}
      title={`This version ${impact.meaning}`}
    >
      {impact.label}
    </Badge>
  );
}
