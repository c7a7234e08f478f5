import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { statusColors, statusLabels } from '@/catalog/service-levels/status-words';
import classes from './slo-status-badge.module.css';

/** A status in words and colour; `label` prefixes it ("Freshness: Breached") for chips. */
export function SloStatusBadge({
  status,
  label,
  size = 'sm',
}: {
  status: SloStatus;
  label?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const color = statusColors[status];
  const style = Object.fromEntries(
    [0, 2, 8, 9].map((shade) => [`--slo-color-${shade}`, `var(--mantine-color-${color}-${shade})`]),
  ) as CSSProperties;
  return (
    <Badge
      className={classes.badge}
      classNames={{ label: classes.label }}
      style={style}
      variant="transparent"
      size={size}
      tt="none"
    >
      {label ? `${label}: ${statusLabels[status]}` : statusLabels[status]}
    </Badge>
  );
}
