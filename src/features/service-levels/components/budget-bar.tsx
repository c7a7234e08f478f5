import { Group, Progress, Text } from '@mantine/core';
import { formatBudget } from '../lib/service-level-words';

/** Error budget remaining as a bar with its figure; an overspent budget shows an empty red bar. */
export function BudgetBar({ value, label }: { value: number | null; label: string }) {
  const shown = value === null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  const color = value === null ? 'gray' : value <= 0 ? 'red' : value < 0.25 ? 'orange' : 'teal';
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={shown}
        color={color}
        w={80}
        size="md"
        aria-label={`${label}: error budget ${formatBudget(value)}`}
      />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatBudget(value)}
      </Text>
    </Group>
  );
}
