/**
 * Observations, SLOs and incidents for the service-level tests, built from the few fields a
 * test is about so that each test states only what matters to it.
 */
import type { Observation, ObservationStatus } from '../observations/observation';
import type { Incident, SloDefinition } from './service-level-types';

let counter = 0;

export function update(observedAt: string, status: ObservationStatus = 'pass'): Observation {
  counter += 1;
  return {
    productId: 'sales',
    portName: 'orders',
    key: `update-${counter}`,
    contractId: 'sales-orders',
    kind: 'update',
    status,
    observedAt,
    source: 'openlineage',
    sourceName: 'airflow/load_orders',
    runId: `run-${counter}`,
    ruleId: null,
    checkName: null,
    dimension: null,
    message: status === 'fail' ? 'Job failed' : null,
    value: null,
  };
}

export function check(
  observedAt: string,
  ruleId: string | null,
  status: ObservationStatus = 'pass',
): Observation {
  return {
    ...update(observedAt, status),
    kind: 'check',
    source: 'datacontract-cli',
    sourceName: 'datacontract test',
    ruleId,
    checkName: ruleId,
  };
}

export function slo(
  overrides: Partial<SloDefinition> & Pick<SloDefinition, 'kind'>,
): SloDefinition {
  const kind = overrides.kind;
  return {
    id: kind ?? 'retention',
    property: kind ?? 'retention',
    label: kind ?? 'Retention',
    promise: 'A promise',
    threshold: {},
    target: 0.99,
    targetSource: 'default',
    windowDays: 30,
    unit: kind === 'freshness' ? 'minutes' : kind === 'timeOfAvailability' ? 'days' : 'events',
    ...overrides,
  };
}

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'incident-1',
    productId: 'sales',
    portName: 'orders',
    sloId: 'latency',
    origin: 'automatic',
    title: 'Sales Orders · orders is late',
    status: 'open',
    startedAt: '2024-05-01T00:00:00.000Z',
    detectedAt: '2024-05-01T00:10:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    notes: [],
    team: 'sales-team',
    ...overrides,
  };
}

/** `2024-05-01T06:30:00.000Z` from a day of May 2024 and a clock time. */
export const may = (day: number, time = '00:00') =>
  `2024-05-${String(day).padStart(2, '0')}T${time}:00.000Z`;
