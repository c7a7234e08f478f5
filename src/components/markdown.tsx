import { Anchor, Text, Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import { safeHref } from '@/lib/safe-url';

const components: Components = {
  a: ({ href, children }) => {
    const safe = safeHref(href);
    return safe ? (
      <Anchor href={safe} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </Anchor>
    ) : (
      <Text span>{children}</Text>
    );
  },
  // Headings inside a description must not break the page's outline.
  h1: ({ children }) => <Text fw={700}>{children}</Text>,
  h2: ({ children }) => <Text fw={700}>{children}</Text>,
  h3: ({ children }) => <Text fw={600}>{children}</Text>,
  img: ({ alt }) => (
    <Text span c="dimmed">
      [image: {alt || 'no description'}]
    </Text>
  ),
};

/**
 * Renders markdown written by product owners. It is untrusted: raw HTML is dropped (not parsed),
 * only web and mail links stay links, and images are not loaded.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography>
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
