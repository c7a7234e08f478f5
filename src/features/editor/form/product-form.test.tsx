import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { DocumentIssue } from '@/catalog/documents/document-issue';
import { useDocumentFields } from './document-fields';
import { ProductForm } from './product-form';

const descriptor = `# Owned by Customer Insights.
apiVersion: v1.0.0
kind: DataProduct
id: loyalty-scores
name: Loyalty Scores
version: 1.0.0
status: active

description:
  purpose: Scores per customer. # short on purpose
tags: [customer, loyalty]
outputPorts:
  - name: scores
    version: 1.0.0
    contractId: loyalty-scores.scores
  - name: history
    version: 1.0.0
`;

let latest = descriptor;

function Harness({ issues = [] }: { issues?: DocumentIssue[] }) {
  const [text, setText] = useState(descriptor);
  useEffect(() => {
    latest = text;
  }, [text]);
  const fields = useDocumentFields(text, setText, issues);
  return (
    <MantineProvider>
      <ProductForm fields={fields} />
    </MantineProvider>
  );
}

const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.flatMap((line, index) => (line === a[index] ? [] : [line]));
};

// Each keystroke re-reads the whole document, which jsdom makes slow.
describe('the descriptor form', { timeout: 30_000 }, () => {
  it('writes a typed name into its own line only, keeping comments and layout', async () => {
    render(<Harness />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Loyalty: scores #1');
    expect(name).toHaveValue('Loyalty: scores #1');
    // Written into the text once typing pauses.
    await waitFor(
      () => expect(changedLines(descriptor, latest)).toEqual(['name: "Loyalty: scores #1"']),
      { timeout: 15_000 },
    );
  });

  it('keeps the comment beside a purpose that is changed', async () => {
    render(<Harness />);
    const purpose = screen.getByRole('textbox', { name: 'Purpose' });
    await userEvent.type(purpose, ' Nightly.');
    await userEvent.tab();
    expect(latest).toContain('  purpose: Scores per customer. Nightly. # short on purpose');
    expect(latest).toContain('# Owned by Customer Insights.');
  });

  it('moves and removes output ports with buttons that name them', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Move output port history up' }));
    expect(latest.indexOf('- name: history')).toBeLessThan(latest.indexOf('- name: scores'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove output port scores' }));
    expect(latest).not.toContain('name: scores');
    expect(latest).toContain('tags: [customer, loyalty]');
  });

  it('adds a tag to a list written in flow style, in place', async () => {
    render(<Harness />);
    const input = screen.getAllByLabelText('Tags').find((element) => element.tagName === 'INPUT');
    if (!input) throw new Error('No tags input');
    await userEvent.type(input, 'gold{Enter}');
    expect(latest).toContain('tags: [customer, loyalty, gold]');
  });

  it("shows the validator's problem on its field", () => {
    render(
      <Harness
        issues={[
          {
            path: 'outputPorts[1].contractId',
            message: 'the port names no contract',
            severity: 'warning',
          },
        ]}
      />,
    );
    const fields = screen.getAllByRole('textbox', { name: 'Contract id' });
    expect(fields[1]).toHaveAccessibleDescription(/the port names no contract/);
  });
});
