import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { SloEvaluationPayload } from '@/catalog/service-level-schemas';
import {
  allowsNoMiss,
  burnWords,
  hasData,
  targetWords,
  unitWords,
} from '../../lib/product-slo-view';
import { formatShare } from '../../lib/service-level-words';
import { BudgetBar } from '../budget-bar';
import { SloStatusBadge } from '@/components/slo-status-badge';
import { Facts } from './facts';
import { LastObservation } from './last-observation';
import { MomentText } from './moment-text';
import { SloTimeline } from './slo-timeline';

interface SloCardProps {
  slo: SloEvaluationPayload;
  portName: string;
  /** When the SLO was evaluated: what "runs out in 4 days" counts from. */
  evaluatedAt: Date;
}

/** One measured promise: how it is kept over its window, what spends its budget, what came last. */
export function SloCard({ slo, portName, evaluatedAt }: SloCardProps) {
  const headingId = useId();
  const name = `${slo.label} of ${portName}`;
  const observed = hasData(slo);
  const facts: [string, ReactNode][] = [
    ['Target', targetWords(slo)],
    [
      `Attainment, ${slo.windowDays} days`,
      observed ? (
        <>
          {formatShare(slo.attainment)}
          <Text span display="block" size="xs" c="dimmed">
            {slo.good.toLocaleString('en')} good, {slo.bad.toLocaleString('en')} bad{' '}
            {unitWords(slo.unit)}
          </Text>
        </>
      ) : (
        'No data yet'
      ),
    ],
  ];
  if (observed) {
    facts.push(
      [
        'Error budget',
        allowsNoMiss(slo) ? (
          slo.errorBudgetRemaining !== null && slo.errorBudgetRemaining <= 0 ? (
            'None: spent by a miss'
          ) : (
            'None to spend: any miss breaches it'
          )
        ) : (
          <BudgetBar value={slo.errorBudgetRemaining} label={name} />
        ),
      ],
      ['Burn rate', burnWords(slo, evaluatedAt)],
      ['Last observation', <LastObservation key="last" slo={slo} />],
    );
  }
  if (slo.badSince) facts.push(['Bad since', <MomentText key="bad" iso={slo.badSince} />]);
  if (slo.deadline)
    facts.push([
      'Due by',
      <>
        <MomentText iso={slo.deadline} />
        <Text span display="block" size="xs" c="dimmed">
          It turns bad then if nothing more arrives
        </Text>
      </>,
    ]);

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {slo.label}
            </Title>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {slo.promise}
            </Text>
          </div>
          <SloStatusBadge status={slo.status} />
        </Group>
        <Facts items={facts} />
        {observed ? (
          <SloTimeline slo={slo} name={name} />
        ) : (
          <Text size="sm" c="dimmed">
            Nothing observed in the last {slo.windowDays} days: it is measured from the first run
            reported for {portName}.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
