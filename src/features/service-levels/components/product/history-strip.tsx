import { Stack, Text } from '@mantine/core';
import type { SloEvaluationPayload } from '@/catalog/service-level-schemas';
import { dayVerdict, formatDay, historyWords } from '../../lib/product-slo-view';
import classes from './history-strip.module.css';

const verdictWords = {
  passed: 'passed',
  mixed: 'some checks failed',
  failed: 'failed',
  none: 'not checked',
} as const;

/**
 * A check's window as one small cell per day, coloured by how it went, with the same in words
 * beneath: the cells are a picture (hidden from screen readers), the sentence is the content.
 */
export function HistoryStrip({ daily }: { daily: SloEvaluationPayload['daily'] }) {
  return (
    <Stack gap={2}>
      <div className={classes.strip} aria-hidden>
        {daily.map((day) => {
          const verdict = dayVerdict(day);
          return (
            <span
              key={day.day}
              className={`${classes.cell} ${classes[verdict]}`}
              title={`${formatDay(day.day)}: ${verdictWords[verdict]}`}
            />
          );
        })}
      </div>
      <Text size="xs" c="dimmed">
        {historyWords(daily)}
      </Text>
    </Stack>
  );
}
