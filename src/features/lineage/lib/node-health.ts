import { healthStatuses } from '@/catalog/api-schemas';
import type { LineageNodeWithHealth } from '@/catalog/lineage';
import type { SloStatus } from '@/catalog/service-levels/service-level-types';
import { statusColors, statusLabels } from '@/catalog/service-levels/status-words';
import type { ColourBy } from './view-state';

/**
 * A status in the portfolio's colours (teal met, orange at risk, red breached…), in a shade that
 * stands out as a stripe or a box on the light theme's white and on the dark theme's grey alike.
 */
export function healthColor(status: SloStatus): string {
  const name = statusColors[status];
  return `light-dark(var(--mantine-color-${name}-8), var(--mantine-color-${name}-4))`;
}

/**
 * What a product in the graph is called for screen readers: what its box shows, with its SLA
 * health whenever the colours stand for it, so that colour is never the only way to tell.
 */
export function nodeLabel(node: LineageNodeWithHealth, focus: boolean, colourBy: ColourBy) {
  const health = colourBy === 'health' ? `, SLA health: ${statusLabels[node.health]}` : '';
  return `${node.name}, ${node.domain ?? 'no domain'}, ${node.status}${health}, owned by ${node.owner ?? 'nobody'}${focus ? ', in focus' : ''}`;
}

/** How many shown products stand each way, worst first, leaving out the statuses nobody has. */
export function countHealth(nodes: readonly Pick<LineageNodeWithHealth, 'health'>[]): string {
  return healthStatuses
    .map((status) => {
      const count = nodes.filter((node) => node.health === status).length;
      return count ? `${count} ${statusLabels[status].toLowerCase()}` : '';
    })
    .filter(Boolean)
    .join(', ');
}
