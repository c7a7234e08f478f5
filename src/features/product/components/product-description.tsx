import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { OdpsProduct } from '@/catalog/standards/odps';
import { Markdown } from '@/components/markdown';

const sections = [
  {
    key: 'purpose',
    title: 'Purpose',
    empty: 'The owners have not described what this product is for.',
  },
  { key: 'limitations', title: 'Limitations', empty: 'No limitations declared.' },
  { key: 'usage', title: 'Usage', empty: 'No usage guidance yet.' },
] as const;

/** What the product is for and where its limits are, in the owners' own (markdown) words. */
export function ProductDescription({ description }: { description: OdpsProduct['description'] }) {
  return (
    <SimpleGrid
      cols={{ base: 1, md: 3 }}
      spacing="lg"
      component="section"
      aria-labelledby="about-heading"
    >
      <Title order={2} id="about-heading" style={{ gridColumn: '1 / -1' }} size="h3">
        About this product
      </Title>
      {sections.map(({ key, title, empty }) => {
        const text = description?.[key]?.trim();
        return (
          <Stack key={key} gap={4}>
            <Title order={3} size="h5">
              {title}
            </Title>
            {text ? (
              <Markdown>{text}</Markdown>
            ) : (
              <Text c="dimmed" size="sm">
                {empty}
              </Text>
            )}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
