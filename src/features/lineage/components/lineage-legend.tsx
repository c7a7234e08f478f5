import type { CSSProperties } from 'react';
import { healthStatuses } from '@/catalog/api-schemas';
import { statusLabels } from '@/catalog/service-levels/status-words';
import { healthColor } from '../lib/node-health';
import type { ColourBy } from '../lib/view-state';
import classes from './lineage.module.css';

const entries = [
  { className: classes.legendPort, label: 'Reads a contract the other provides' },
  { className: classes.legendGrant, label: 'Access granted to another product' },
  { className: classes.legendObserved, label: 'Observed in OpenLineage, not declared' },
];

/**
 * What each kind of arrow means, drawn the way the graph draws it; coloured by SLA health, also
 * what each colour of product means.
 */
export function LineageLegend({ colourBy = 'domain' }: { colourBy?: ColourBy }) {
  return (
    <ul className={classes.legend} aria-label="Legend">
      {colourBy === 'health'
        ? healthStatuses.map((status) => (
            <li key={status}>
              <span
                className={classes.swatch}
                style={{ '--node-color': healthColor(status) } as CSSProperties}
                aria-hidden
              />
              {statusLabels[status]}
            </li>
          ))
        : null}
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="36" height="8" aria-hidden focusable="false">
            <line x1="0" y1="4" x2="36" y2="4" className={entry.className} />
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
