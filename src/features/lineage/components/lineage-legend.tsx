import classes from './lineage.module.css';

const entries = [
  { className: classes.legendPort, label: 'Reads a contract the other provides' },
  { className: classes.legendGrant, label: 'Access granted to another product' },
  { className: classes.legendObserved, label: 'Observed in OpenLineage, not declared' },
];

/** What each kind of arrow means, drawn the way the graph draws it. */
export function LineageLegend() {
  return (
    <ul className={classes.legend} aria-label="Legend">
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
