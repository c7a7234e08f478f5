import { SimpleGrid, Text } from '@mantine/core';
import type { OdcsContract } from '@/catalog/standards/odcs';
import { describeSlaTerms } from '@/catalog/sla/sla-terms';

/** The service levels the owners promise, as sentences rather than property/value pairs. */
export function SlaTermsList({ contract }: { contract: OdcsContract }) {
  const terms = describeSlaTerms(contract);
  if (terms.length === 0) {
    return <Text c="dimmed">The contract promises no service levels.</Text>;
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="dl" m={0}>
      {terms.map((term, index) => (
        <div key={`${term.property}-${index}`}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {term.label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {term.text}
          </Text>
          {term.detail ? (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {term.detail}
            </Text>
          ) : null}
        </div>
      ))}
    </SimpleGrid>
  );
}
