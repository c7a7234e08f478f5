import { Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { sideBySide, withContext } from '@/lib/side-by-side';
import classes from './side-by-side-view.module.css';

const said = { removed: 'removed', added: 'added', changed: 'changed', same: '' } as const;

/**
 * Two texts side by side, changed lines highlighted and marked in words for screen readers,
 * only what changed shown with a little context. Wide lines scroll inside the table's own box.
 */
export function SideBySideView({
  before,
  after,
  labels,
}: {
  before: string;
  after: string;
  labels: [string, string];
}) {
  const rows = useMemo(() => withContext(sideBySide(before, after)), [before, after]);
  if (rows.every((row) => row.kind === 'gap' || row.kind === 'same'))
    return <Text size="sm">The two texts are the same, line for line.</Text>;
  return (
    // Focusable, so keyboard users can scroll long lines sideways.
    <div
      className={classes.scroller}
      tabIndex={0}
      role="region"
      aria-label={`${labels[0]} and ${labels[1]} side by side`}
    >
      <table className={classes.sideBySide}>
        <caption>
          <VisuallyHidden>
            {labels[0]} on the left, {labels[1]} on the right; only changed lines and a few around
            them are shown
          </VisuallyHidden>
        </caption>
        <colgroup>
          <col className={classes.numberColumn} />
          <col />
          <col className={classes.numberColumn} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" colSpan={2}>
              {labels[0]}
            </th>
            <th scope="col" colSpan={2}>
              {labels[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row.kind === 'gap' ? (
              <tr key={`gap-${index}`} className={classes.gap}>
                <td colSpan={4}>
                  {row.hidden} unchanged {row.hidden === 1 ? 'line' : 'lines'}
                </td>
              </tr>
            ) : (
              <tr key={`${row.left?.number ?? '-'}-${row.right?.number ?? '-'}`}>
                <td className={classes.number}>{row.left?.number}</td>
                <td
                  className={
                    row.kind === 'removed' || row.kind === 'changed' ? classes.removed : undefined
                  }
                >
                  {row.left && row.kind !== 'same' ? (
                    <VisuallyHidden>
                      {said[row.kind === 'changed' ? 'changed' : 'removed']}:{' '}
                    </VisuallyHidden>
                  ) : null}
                  <code>{row.left?.text ?? ''}</code>
                </td>
                <td className={classes.number}>{row.right?.number}</td>
                <td
                  className={
                    row.kind === 'added' || row.kind === 'changed' ? classes.added : undefined
                  }
                >
                  {row.right && row.kind !== 'same' ? (
                    <VisuallyHidden>
                      {said[row.kind === 'changed' ? 'changed' : 'added']}:{' '}
                    </VisuallyHidden>
                  ) : null}
                  <code>{row.right?.text ?? ''}</code>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
