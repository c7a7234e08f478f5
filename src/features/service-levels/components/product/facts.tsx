import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Figures as a description list: a small uppercase term over its value, wrapping on phones. */
export function Facts({
  items,
  cols = { base: 1, xs: 2 },
}: {
  items: [string, ReactNode][];
  cols?: Record<string, number>;
}) {
  return (
    <SimpleGrid component="dl" cols={cols} spacing="sm" verticalSpacing="xs" m={0}>
      {items.map(([term, value]) => (
        <div key={term} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {term}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
