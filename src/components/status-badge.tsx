import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import classes from './status-badge.module.css';

/** Lifecycle statuses of the standards, each with its own color so a list can be scanned. */
const statusColors: Record<string, string> = {
  active: 'teal',
  draft: 'blue',
  proposed: 'violet',
  deprecated: 'red',
  retired: 'gray',
};

export function StatusBadge({
  status,
  size = 'sm',
}: {
  status: string;
  size?: 'xs' | 'sm' | 'md';
}) {
  const color = statusColors[status] ?? 'gray';
  const style = Object.fromEntries(
    [0, 2, 8, 9].map((shade) => [
      `--status-color-${shade}`,
      `var(--mantine-color-${color}-${shade})`,
    ]),
  ) as CSSProperties;
  return (
    <Badge className={classes.badge} style={style} variant="transparent" size={size}>
      {status}
    </Badge>
  );
}
