import { Stack, Text, Title } from '@mantine/core';
import type { ProductServiceLevels } from '@/catalog/service-level-schemas';
import { incidentSubject, orderIncidents } from '../../lib/product-slo-view';
import { formatMinutes } from '../../lib/service-level-words';
import { Facts } from './facts';
import { IncidentCard } from './incident-card';

interface IncidentsSectionProps {
  levels: ProductServiceLevels;
  productId: string;
  mayChange: boolean;
}

/** Open incidents first, then the past ones, under the figures of the last 30 days. */
export function IncidentsSection({ levels, productId, mayChange }: IncidentsSectionProps) {
  const { open, past } = orderIncidents(levels.incidents);
  const { metrics } = levels;
  const now = new Date(levels.evaluatedAt);
  const card = (incident: (typeof levels.incidents)[number]) => (
    <IncidentCard
      key={incident.id}
      incident={incident}
      subject={incidentSubject(incident, levels)}
      productId={productId}
      mayChange={mayChange}
      now={now}
    />
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="incidents-heading">
      <Title order={2} size="h3" id="incidents-heading">
        Incidents
      </Title>
      <Facts
        cols={{ base: 2, md: 4 }}
        items={[
          ['Incidents, 30 days', metrics.count.toLocaleString('en')],
          ['Mean time to detect', formatMinutes(metrics.meanTimeToDetectMinutes)],
          ['Mean time to resolve', formatMinutes(metrics.meanTimeToResolveMinutes)],
          ['Data downtime', formatMinutes(metrics.downtimeMinutes)],
        ]}
      />
      <Stack gap="sm">
        <Title order={3} size="h4">
          Open
        </Title>
        {open.length ? open.map(card) : <Text size="sm">No open incident.</Text>}
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h4">
          Past
        </Title>
        {past.length ? (
          past.map(card)
        ) : (
          <Text size="sm">No incident was resolved in this period.</Text>
        )}
      </Stack>
    </Stack>
  );
}
