/**
 * Answers of GET /api/data-products/{id}/service-levels for the page's tests, built from the
 * few fields a test is about.
 */
import { http, HttpResponse } from 'msw';
import type {
  IncidentPayload,
  ProductServiceLevels,
  SloEvaluationPayload,
} from '@/catalog/service-level-schemas';

export const productId = 'customer-purchase-history';
export const evaluatedAt = '2026-05-31T12:00:00.000Z';

const dayMs = 86_400_000;

/** 30 UTC days ending on the evaluation's day, oldest first, all good unless `bad` says. */
export function days(bad: Record<number, number> = {}, good = 10): SloEvaluationPayload['daily'] {
  const last = new Date(evaluatedAt).getTime();
  return Array.from({ length: 30 }, (_, index) => {
    const day = new Date(last - (29 - index) * dayMs).toISOString().slice(0, 10);
    const misses = bad[index] ?? 0;
    const total = good + misses;
    return { day, good, bad: misses, attainment: total ? good / total : null };
  });
}

export function sloEvaluation(part: Partial<SloEvaluationPayload> = {}): SloEvaluationPayload {
  const daily = part.daily ?? days();
  const good = daily.reduce((sum, day) => sum + day.good, 0);
  const bad = daily.reduce((sum, day) => sum + day.bad, 0);
  return {
    sloId: 'latency',
    kind: 'freshness',
    property: 'latency',
    label: 'Latency',
    promise: 'Latency ≤ 1 day',
    status: 'met',
    target: 0.99,
    targetSource: 'default',
    windowDays: 30,
    unit: 'events',
    good,
    bad,
    attainment: good + bad ? good / (good + bad) : null,
    errorBudgetRemaining: 0.8,
    burnRates: [],
    budgetRunsOutAt: null,
    current: 'good',
    badSince: null,
    deadline: null,
    lastObservation: {
      observedAt: '2026-05-31T06:00:00.000Z',
      status: 'pass',
      source: 'openlineage',
      sourceName: 'airflow/load_purchases',
      message: null,
    },
    daily,
    ...part,
  };
}

export function declared(sloId: string, label: string, promise: string): SloEvaluationPayload {
  return sloEvaluation({
    sloId,
    kind: null,
    property: sloId,
    label,
    promise,
    status: 'declared',
    target: 0,
    good: 0,
    bad: 0,
    attainment: null,
    errorBudgetRemaining: null,
    current: 'unknown',
    lastObservation: null,
    daily: days({}, 0),
  });
}

export function incidentPayload(part: Partial<IncidentPayload> = {}): IncidentPayload {
  return {
    id: 'inc-1',
    productId,
    portName: 'purchases',
    sloId: 'latency',
    origin: 'automatic',
    title: 'Customer Purchase History · purchases is late',
    status: 'open',
    startedAt: '2026-05-31T06:00:00.000Z',
    detectedAt: '2026-05-31T06:15:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    notes: [],
    team: 'Customer 360',
    ...part,
  };
}

export function levelsPayload(
  slos: SloEvaluationPayload[],
  part: Partial<ProductServiceLevels> = {},
): ProductServiceLevels {
  return {
    productId,
    status: 'met',
    evaluatedAt,
    ports: [
      {
        portName: 'purchases',
        contractId: 'customer-purchase-history.purchases',
        status: part.status ?? 'met',
        slos,
      },
    ],
    incidents: [],
    metrics: {
      from: '2026-05-01T12:00:00.000Z',
      to: evaluatedAt,
      count: 0,
      opened: 0,
      resolved: 0,
      meanTimeToDetectMinutes: null,
      meanTimeToResolveMinutes: null,
      downtimeMinutes: 0,
    },
    ...part,
  };
}

/** The product's service levels answered with `payload`, whatever the store holds. */
export const levelsAnswer = (payload: ProductServiceLevels | (() => ProductServiceLevels)) =>
  http.get(`/api/data-products/${productId}/service-levels`, () =>
    HttpResponse.json(typeof payload === 'function' ? payload() : payload),
  );
