import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EditConflict } from '@/catalog/draft-schemas';
import { ConflictView } from './conflict-view';

const theirs = `# Orders
id: orders
version: 1.1.0
status: active
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
      - name: amount
        logicalType: integer
`;

// I changed the status and kept amount a number, with a comment of mine.
const mine = `# Orders
id: orders
version: 1.1.0
status: deprecated # replaced by orders_v2
schema:
  - name: orders
    properties:
      - name: order_id
        logicalType: string
      - name: amount
        logicalType: number # in euros
`;

const createdAt = '2025-03-04T12:00:00Z';

const conflict: EditConflict = {
  message:
    'Version `1.1.0` was published by maria <img src=x onerror="window.hacked = true"> since your edit started',
  current: { version: '1.1.0', createdAt, createdBy: 'maria', text: theirs },
};

function renderView(props: { conflict?: EditConflict; mine?: string } = {}) {
  const handlers = { onTakeTheirs: vi.fn(), onKeepMine: vi.fn(), onMerge: vi.fn() };
  const user = userEvent.setup();
  const view = render(
    <MantineProvider env="test">
      <ConflictView conflict={props.conflict ?? conflict} mine={props.mine ?? mine} {...handlers} />
    </MantineProvider>,
  );
  return { ...view, user, ...handlers };
}

describe('ConflictView', () => {
  it('says who published which version when, and shows their text beside mine', () => {
    const { container } = renderView();
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Not published: version 1.1.0 was published meanwhile',
      }),
    ).toBeInTheDocument();
    const when = new Date(createdAt).toLocaleString('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    expect(alert).toHaveTextContent(`maria published version 1.1.0 on ${when}`);
    // The server's message is text: its markup is shown, never run.
    expect(alert).toHaveTextContent(
      'published by maria <img src=x onerror="window.hacked = true">',
    );
    expect(container.querySelector('img')).toBeNull();
    expect(within(alert).getByText('1.1.0', { selector: 'code' })).toBeInTheDocument();

    const sideBySide = screen.getByRole('region', {
      name: 'Theirs (version 1.1.0) and Yours side by side',
    });
    expect(sideBySide).toHaveTextContent('logicalType: integer');
    expect(sideBySide).toHaveTextContent('logicalType: number # in euros');
  });

  it('takes theirs or keeps mine', async () => {
    const { user, onTakeTheirs, onKeepMine, onMerge } = renderView();
    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    expect(onTakeTheirs).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    expect(onMerge).not.toHaveBeenCalled();
  });

  it('merges field by field, keeping my text but for the fields where I chose theirs', async () => {
    const { user, onMerge } = renderView();
    const toggle = screen.getByRole('button', { name: 'Merge field by field' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    expect(screen.getByRole('heading', { name: '2 fields differ' })).toBeInTheDocument();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(2);
    // Each field starts with mine chosen.
    expect(screen.getByRole('radio', { name: 'Yours, for status' })).toBeChecked();
    const amount = 'schema[0].properties[1].logicalType';
    expect(screen.getByRole('radio', { name: `Yours, for ${amount}` })).toBeChecked();
    expect(
      screen.getByRole('radio', { name: `Theirs, for ${amount}` }),
    ).toHaveAccessibleDescription('integer');

    // Keyboard only: to their amount's type.
    screen.getByRole('radio', { name: `Yours, for ${amount}` }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: `Theirs, for ${amount}` })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 fields from theirs');

    await user.click(screen.getByRole('button', { name: 'Use merged text' }));
    expect(onMerge).toHaveBeenCalledTimes(1);
    expect(onMerge).toHaveBeenCalledWith(
      mine.replace('logicalType: number # in euros', 'logicalType: integer # in euros'),
    );
  });

  it('explains when there is nothing to merge field by field', async () => {
    const { user } = renderView({ mine: theirs.replace('# Orders\n', '') });
    await user.click(screen.getByRole('button', { name: 'Merge field by field' }));
    expect(screen.getByText(/differ only in comments or layout/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use merged text' })).toBeNull();
  });

  it('explains when my text cannot be read', async () => {
    const { user } = renderView({ mine: 'id: orders\nschema: [\n' });
    await user.click(screen.getByRole('button', { name: 'Merge field by field' }));
    expect(screen.getByText(/needs both texts to be readable/)).toHaveTextContent(
      /Your text cannot be read \(line \d+/,
    );
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('offers only to keep mine when the document is gone', async () => {
    const { user, onKeepMine } = renderView({
      conflict: { message: 'The contract `orders` does not exist', current: null },
    });
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        name: 'Not published: this document is no longer in the catalog',
      }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('The contract orders does not exist');
    expect(screen.queryByRole('button', { name: 'Take theirs' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Merge field by field' })).toBeNull();
    expect(screen.queryByRole('region', { name: /side by side/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
  });
});
