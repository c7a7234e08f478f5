import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentIssue } from '@/catalog/documents/document-issue';
import { requestText } from '@/lib/api-client';
import { ContractForm } from './contract-form';
import { useDocumentFields } from './document-fields';

let contract = '';

beforeAll(async () => {
  // A demo contract of the seed catalog, as the API serves it.
  contract = await requestText('/data-contracts/sales-orders.orders/odcs.yaml');
});

function Editor({
  initial,
  issues,
  onText,
}: {
  initial: string;
  issues: readonly DocumentIssue[];
  onText: (text: string) => void;
}) {
  const [text, setText] = useState(initial);
  const fields = useDocumentFields(
    text,
    (next) => {
      setText(next);
      onText(next);
    },
    issues,
  );
  return <ContractForm fields={fields} />;
}

function renderForm(issues: readonly DocumentIssue[] = [], initial = contract) {
  const state = { text: initial };
  const user = userEvent.setup();
  const view = render(
    <MantineProvider env="test">
      <Editor initial={initial} issues={issues} onText={(text) => (state.text = text)} />
    </MantineProvider>,
  );
  return { user, state, view };
}

/** The lines of `after` that differ from `before`, when the texts have the same line count. */
function changedLines(before: string, after: string): { from: string; to?: string }[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return old.flatMap((line, index) =>
    line === now[index] ? [] : [{ from: line, to: now[index] }],
  );
}

// Queries by label: role queries over a form this size are slow in jsdom.
/** An option of the list a Select controls. */
const option = (select: HTMLElement, name: string) =>
  within(
    document.getElementById(select.getAttribute('aria-controls') ?? '') as HTMLElement,
  ).getByText(name);
const columnsOf = (table: string) =>
  within(document.querySelector(`[aria-label="Columns of ${table}"]`) as HTMLElement);
const section = (title: string) =>
  within(
    [...document.querySelectorAll('h3')]
      .find((heading) => heading.textContent === title)
      ?.closest('section') as HTMLElement,
  );

describe('the contract form', { timeout: 60_000 }, () => {
  it('reads the contract: about, tables, service levels, servers and roles', () => {
    renderForm();
    expect(section('About').getByLabelText('Name')).toHaveValue('Sales Orders (orders)');
    expect(
      section('About').getByText(/Version 3\.\d+\.\d+\. The version is not edited/),
    ).toBeVisible();
    // The purpose's Markdown is shown as readers will see it.
    const limitations = section('About').getByText('Preview of limitations');
    expect(
      within(limitations.parentElement as HTMLElement).getByText('Point-of-Sale Transactions')
        .tagName,
    ).toBe('STRONG');
    expect(columnsOf('orders').getByLabelText('Name of column 1')).toHaveValue('order_id');
    expect(columnsOf('orders').getByLabelText('order_id is required')).toBeChecked();
    expect(section('Servers').getByLabelText('Host')).toHaveValue(
      'sales-db.prod.northwind.internal',
    );
    expect(section('Service levels').getByText('Reads: Latency ≤ 15 minutes')).toBeVisible();
    expect(section('Roles').getAllByLabelText('Role')[0]).toHaveValue('sales_orders_orders_reader');
  });

  it('types a column description and changes only that line, keeping the focus', async () => {
    const { user, state } = renderForm();
    const description = columnsOf('orders').getByRole('textbox', {
      name: 'Description of customer_id',
    });
    await user.type(description, ' Never an email address.');
    expect(description).toHaveFocus();
    expect(description).toHaveValue(
      'Pseudonymous identifier of the customer, stable across channels. Never an email address.',
    );
    // Written into the text once typing pauses, with the focus still there.
    await waitFor(() => expect(changedLines(contract, state.text)).toHaveLength(1));
    expect(description).toHaveFocus();
    const [change, ...others] = changedLines(contract, state.text);
    expect(others).toEqual([]);
    expect(change?.from).toBe(
      '        description: Pseudonymous identifier of the customer, stable across channels.',
    );
    // A space typed at the end needed quotes for a moment; the line keeps them, which is fine.
    expect(change?.to).toMatch(
      /^ {8}description: "?Pseudonymous identifier of the customer, stable across channels\. Never an email address\."?$/,
    );
  });

  it('renames a column as typed, a whole word, without losing a character', async () => {
    const { user, state } = renderForm();
    const name = columnsOf('orders').getByLabelText('Name of column 2');
    await user.type(name, 'buyer_reference', { initialSelectionStart: 0, initialSelectionEnd: 11 });
    expect(name).toHaveFocus();
    expect(name).toHaveValue('buyer_reference');
    await waitFor(() =>
      expect(changedLines(contract, state.text)).toEqual([
        { from: '      - name: customer_id', to: '      - name: buyer_reference' },
      ]),
    );
  });

  it('keeps what is typed in a number field while it means the same number', async () => {
    const { user, state } = renderForm();
    const value = section('Service levels').getAllByLabelText('Value')[3] as HTMLElement;
    await user.tripleClick(value);
    await user.keyboard('99.95');
    expect(value).toHaveValue('99.95');
    expect(changedLines(contract, state.text)).toEqual([
      { from: '    value: 99.9', to: '    value: 99.95' },
    ]);
  });

  it('changes a logical type from its Select', async () => {
    const { user, state } = renderForm();
    const logicalType = columnsOf('orders').getByRole('combobox', {
      name: 'Logical type of order_total',
    });
    expect(logicalType).toHaveValue('number');
    await user.click(logicalType);
    await user.click(option(logicalType, 'integer'));
    expect(logicalType).toHaveValue('integer');
    const changes = changedLines(contract, state.text);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.to).toBe('        logicalType: integer');
    expect(state.text).toMatch(/name: order_total\n(.*\n){2} {8}logicalType: integer\n/);
  });

  it('adds a column, then moves it up from the keyboard', async () => {
    const { user, state } = renderForm();
    await user.click(section('Schema').getByText('Add a column to orders'));
    const rows = columnsOf('orders').getAllByLabelText(/^Name of column/);
    expect(rows).toHaveLength(9);
    expect(rows[8]).toHaveValue('new_column');
    expect(rows[8]).toHaveFocus();
    expect(state.text).toContain(
      '        classification: internal\n        examples:\n          - 2024-03-14T09:26:53Z\n          - 2024-03-14T17:02:11Z\n      - name: new_column\n        logicalType: string\n',
    );

    const moveUp = columnsOf('orders').getByLabelText('Move new_column up');
    expect(columnsOf('orders').getByLabelText('Move new_column down')).toBeDisabled();
    moveUp.focus();
    await user.keyboard('{Enter}');
    const names = columnsOf('orders')
      .getAllByLabelText(/^Name of column/)
      .map((input) => (input as HTMLInputElement).value);
    expect(names.slice(6)).toEqual(['ordered_at', 'new_column', 'updated_at']);
    expect(state.text.indexOf('- name: new_column')).toBeLessThan(
      state.text.indexOf('- name: updated_at'),
    );
    expect(state.text.indexOf('- name: ordered_at')).toBeLessThan(
      state.text.indexOf('- name: new_column'),
    );
    // The focus follows the column, so pressing again moves it further.
    expect(columnsOf('orders').getByLabelText('Move new_column up')).toHaveFocus();
  });

  it('shows a problem found at a column field on that field', () => {
    renderForm([
      {
        path: 'schema[0].properties[1].logicalType',
        message: 'Must be one of the logical types of ODCS',
        severity: 'error',
      },
    ]);
    const table = columnsOf('orders');
    const flagged = table.getByRole('combobox', { name: 'Logical type of customer_id' });
    expect(flagged).toHaveAttribute('aria-invalid', 'true');
    expect(flagged).toHaveAccessibleDescription('Must be one of the logical types of ODCS');
    expect(table.getByRole('combobox', { name: 'Logical type of order_id' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('says so when the text cannot be read, instead of showing empty fields', () => {
    const { view } = renderForm([], 'kind: DataContract\nschema: [unclosed\n');
    expect(screen.getByText('The form cannot read this text')).toBeVisible();
    expect(view.container.querySelector('input, textarea')).toBeNull();
  });
});
