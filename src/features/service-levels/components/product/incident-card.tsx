import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { IncidentPayload } from '@/catalog/service-level-schemas';
import { minutesBetween } from '../../lib/product-slo-view';
import { formatMinutes } from '../../lib/service-level-words';
import { Facts } from './facts';
import { IncidentActions } from './incident-actions';
import { MomentText } from './moment-text';

const statusWords = {
  open: { label: 'Open', color: 'red' },
  acknowledged: { label: 'Acknowledged', color: 'orange' },
  resolved: { label: 'Resolved', color: 'gray' },
} as const;

interface IncidentCardProps {
  incident: IncidentPayload;
  /** "orders · Freshness": the port and SLO it is about, in words. */
  subject: string;
  productId: string;
  /** Whether to offer acknowledging, notes and resolving (owners and editors, admins). */
  mayChange: boolean;
  now: Date;
}

/** One incident: what broke, when it was noticed and fixed, who is on it, what they wrote. */
export function IncidentCard({ incident, subject, productId, mayChange, now }: IncidentCardProps) {
  const headingId = useId();
  const status = statusWords[incident.status];
  const toDetect = minutesBetween(incident.startedAt, incident.detectedAt);
  const toResolve = incident.resolvedAt
    ? minutesBetween(incident.detectedAt, incident.resolvedAt)
    : null;
  const facts: [string, ReactNode][] = [
    ['Started', <MomentText key="started" iso={incident.startedAt} />],
    [
      'Detected',
      <>
        <MomentText iso={incident.detectedAt} />
        <Text span display="block" size="xs" c="dimmed">
          Time to detect: {formatMinutes(toDetect)}
        </Text>
      </>,
    ],
    [
      'Acknowledged',
      incident.acknowledgedAt ? (
        <>
          <MomentText iso={incident.acknowledgedAt} />
          {incident.acknowledgedBy ? (
            <Text span display="block" size="xs" c="dimmed">
              by {incident.acknowledgedBy.name}
            </Text>
          ) : null}
        </>
      ) : (
        'Not yet'
      ),
    ],
    [
      'Resolved',
      incident.resolvedAt ? (
        <>
          <MomentText iso={incident.resolvedAt} />
          <Text span display="block" size="xs" c="dimmed">
            {incident.resolvedBy
              ? `by ${incident.resolvedBy.name}`
              : 'by itself: the first good observation after'}
            . Time to resolve: {formatMinutes(toResolve)}
          </Text>
        </>
      ) : (
        `Not yet: open for ${formatMinutes(minutesBetween(incident.detectedAt, now.toISOString()))}`
      ),
    ],
  ];

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Title order={4} id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {incident.title}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {subject}
              {incident.origin === 'manual' ? ' · opened by hand' : ''}
            </Text>
          </div>
          <Badge color={status.color} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {status.label}
          </Badge>
        </Group>
        <Facts items={facts} cols={{ base: 1, xs: 2, md: 4 }} />
        {incident.notes.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Notes
            </Text>
            <List
              size="sm"
              spacing="xs"
              listStyleType="none"
              p={0}
              aria-label={`Notes on ${incident.title}`}
            >
              {incident.notes.map((note, index) => (
                <List.Item key={`${index}|${note.at}`}>
                  <Text size="xs" c="dimmed">
                    {note.author.name}, <MomentText iso={note.at} />
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {note.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {mayChange && incident.status !== 'resolved' ? (
          <IncidentActions incident={incident} productId={productId} describedBy={headingId} />
        ) : null}
      </Stack>
    </Card>
  );
}
