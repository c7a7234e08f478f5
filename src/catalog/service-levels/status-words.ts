import type { SloStatus } from './service-level-types';

/** Statuses in words, as every service-level view writes them. */
export const statusLabels: Record<SloStatus, string> = {
  met: 'Met',
  atRisk: 'At risk',
  breached: 'Breached',
  noData: 'No data',
  declared: 'Declared',
};

/** Colour names per status, teal for good (never green) and red for bad, as every view paints them. */
export const statusColors: Record<SloStatus, string> = {
  met: 'teal',
  atRisk: 'orange',
  breached: 'red',
  noData: 'gray',
  declared: 'blue',
};
