import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

function renderMarkdown(text: string) {
  return render(
    <MantineProvider env="test">
      <Markdown>{text}</Markdown>
    </MantineProvider>,
  );
}

describe('Markdown', () => {
  it('renders emphasis, lists and safe links', () => {
    renderMarkdown('Use **daily** data:\n\n- one\n- two\n\n[docs](https://example.com/docs)');
    expect(screen.getByText('daily').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'docs' })).toHaveAttribute(
      'href',
      'https://example.com/docs',
    );
  });

  it('keeps untrusted HTML, scripts and script links inert', () => {
    const { container } = renderMarkdown(
      'Hi <script>window.hacked = true</script><img src=x onerror="window.hacked = true"> [click](javascript:alert(1)) ![x](https://tracker.example/pixel.png)',
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'click' })).toBeNull();
    expect(screen.getByText('click')).toBeInTheDocument();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
