import { Text } from '@mantine/core';
import type { SloEvaluationPayload } from '@/catalog/service-level-schemas';
import { observationStatusWords, sourceWords } from '../../lib/product-slo-view';
import { MomentText } from './moment-text';

/** The last thing a pipeline reported for an SLO: result, when, who sent it, and its message. */
export function LastObservation({ slo }: { slo: SloEvaluationPayload }) {
  const last = slo.lastObservation;
  if (!last) return <>None yet</>;
  return (
    <>
      {observationStatusWords(last.status, slo.kind === 'quality')} ·{' '}
      <MomentText iso={last.observedAt} />
      <Text span display="block" size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {sourceWords(last)}
      </Text>
      {last.message ? (
        <Text
          span
          display="block"
          size="xs"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {last.message}
        </Text>
      ) : null}
    </>
  );
}
