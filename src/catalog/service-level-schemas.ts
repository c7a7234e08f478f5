/**
 * The payloads of the service-level API: each product's SLOs as evaluated from observations,
 * the mesh's summaries, incidents, ingestion tokens and what ingestion matched. They mirror
 * `service-levels/service-level-types.ts` and `observations/observation.ts`; the web app parses
 * every answer with them.
 */
import * as z from 'zod/mini';
import { described, named } from './api-schemas';
import { sloKinds } from './service-levels/service-level-types';

const iso = () => z.string();
const nullableNumber = () => z.nullable(z.number());

export const sloStatusSchema = described(
  z.enum(['met', 'atRisk', 'breached', 'noData', 'declared']),
  '`met`: within target; `atRisk`: burning its error budget fast; `breached`: bad right now or its budget is spent; `noData`: nothing observed yet; `declared`: a promise that cannot be measured.',
);

export const sloKindSchema = z.nullable(z.enum(sloKinds));

const observationSourceSchema = z.enum(['openlineage', 'datacontract-cli', 'oors']);
const observationStatusSchema = z.enum(['pass', 'fail', 'warn', 'error', 'skip']);

export const sloEvaluationSchema = named(
  z.object({
    sloId: z.string(),
    kind: sloKindSchema,
    property: z.string(),
    label: z.string(),
    promise: described(z.string(), 'The promise in words, as the contract makes it.'),
    status: sloStatusSchema,
    target: described(z.number(), 'The share of good time or events promised, 0–1.'),
    targetSource: z.enum(['contract', 'default']),
    windowDays: z.number(),
    unit: z.enum(['minutes', 'events', 'days']),
    ruleId: z.optional(z.string()),
    good: z.number(),
    bad: z.number(),
    attainment: described(nullableNumber(), 'good / (good + bad) over the window.'),
    errorBudgetRemaining: described(
      nullableNumber(),
      '1 − bad / ((1 − target) × (good + bad)); below 0 once spent.',
    ),
    burnRates: z.array(
      z.object({
        window: z.enum(['1h', '6h', '3d']),
        rate: nullableNumber(),
        shortRate: nullableNumber(),
        threshold: z.number(),
      }),
    ),
    budgetRunsOutAt: z.nullable(iso()),
    current: z.enum(['good', 'bad', 'unknown']),
    badSince: z.nullable(iso()),
    deadline: z.nullable(iso()),
    lastObservation: z.nullable(
      z.object({
        observedAt: iso(),
        status: observationStatusSchema,
        source: observationSourceSchema,
        sourceName: z.string(),
        message: z.nullable(z.string()),
      }),
    ),
    daily: z.array(
      z.object({
        day: z.string(),
        good: z.number(),
        bad: z.number(),
        attainment: nullableNumber(),
      }),
    ),
  }),
  'SloEvaluation',
  'One promise of a port and how it is kept over its rolling window.',
);
export type SloEvaluationPayload = z.infer<typeof sloEvaluationSchema>;

export const incidentActorSchema = z.object({ id: z.string(), name: z.string() });

export const incidentSchema = named(
  z.object({
    id: z.string(),
    productId: z.string(),
    portName: z.nullable(z.string()),
    sloId: z.nullable(z.string()),
    origin: described(
      z.enum(['automatic', 'manual']),
      '`automatic`: opened when an SLO went bad; `manual`: opened by an owner.',
    ),
    title: z.string(),
    status: z.enum(['open', 'acknowledged', 'resolved']),
    startedAt: described(iso(), 'When the data went bad.'),
    detectedAt: described(iso(), 'When it was noticed.'),
    acknowledgedAt: z.nullable(iso()),
    acknowledgedBy: z.nullable(incidentActorSchema),
    resolvedAt: z.nullable(iso()),
    resolvedBy: described(z.nullable(incidentActorSchema), 'Null when it resolved itself.'),
    notes: z.array(z.object({ at: iso(), author: incidentActorSchema, text: z.string() })),
    team: z.nullable(z.string()),
  }),
  'Incident',
);
export type IncidentPayload = z.infer<typeof incidentSchema>;

export const incidentListSchema = named(
  z.object({ items: z.array(incidentSchema) }),
  'IncidentList',
);

export const incidentMetricsSchema = named(
  z.object({
    from: iso(),
    to: iso(),
    count: z.number(),
    opened: z.number(),
    resolved: z.number(),
    meanTimeToDetectMinutes: nullableNumber(),
    meanTimeToResolveMinutes: nullableNumber(),
    downtimeMinutes: described(
      z.number(),
      'Data downtime: the sum over incidents of time to detect plus time to resolve.',
    ),
  }),
  'IncidentMetrics',
);

export const productServiceLevelsSchema = named(
  z.object({
    productId: z.string(),
    status: sloStatusSchema,
    evaluatedAt: iso(),
    ports: z.array(
      z.object({
        portName: z.string(),
        contractId: z.nullable(z.string()),
        status: sloStatusSchema,
        slos: z.array(sloEvaluationSchema),
      }),
    ),
    incidents: z.array(incidentSchema),
    metrics: incidentMetricsSchema,
  }),
  'ProductServiceLevels',
);
export type ProductServiceLevels = z.infer<typeof productServiceLevelsSchema>;

const statusCounts = () =>
  z.object({
    met: z.number(),
    atRisk: z.number(),
    breached: z.number(),
    noData: z.number(),
    declared: z.number(),
  });

export const serviceLevelSummarySchema = named(
  z.object({
    productId: z.string(),
    name: z.string(),
    domain: z.nullable(z.string()),
    team: z.nullable(z.string()),
    status: sloStatusSchema,
    counts: statusCounts(),
    slos: z.array(
      z.object({
        portName: z.string(),
        sloId: z.string(),
        kind: sloKindSchema,
        label: z.string(),
        status: sloStatusSchema,
        errorBudgetRemaining: nullableNumber(),
      }),
    ),
    worstBudget: nullableNumber(),
    attainmentSeries: z.array(z.nullable(z.number())),
    openIncidents: z.number(),
    deadline: z.nullable(iso()),
    evaluatedAt: iso(),
  }),
  'ServiceLevelSummary',
);
export type ServiceLevelSummaryPayload = z.infer<typeof serviceLevelSummarySchema>;

export const serviceLevelPageSchema = named(
  z.object({
    total: z.number(),
    counts: statusCounts(),
    openIncidents: z.number(),
    items: z.array(serviceLevelSummarySchema),
  }),
  'ServiceLevelPage',
);
export type ServiceLevelPagePayload = z.infer<typeof serviceLevelPageSchema>;

const rollupRow = () =>
  z.object({
    name: described(z.nullable(z.string()), 'The domain or team; null for products without one.'),
    total: z.number(),
    counts: statusCounts(),
    openIncidents: z.number(),
  });

export const serviceLevelOverviewSchema = named(
  z.object({
    evaluatedAt: iso(),
    total: described(z.number(), 'Products the filters match.'),
    counts: statusCounts(),
    openIncidents: z.number(),
    month: described(incidentMetricsSchema, 'Incidents of this calendar month (UTC) so far.'),
    previousMonth: described(incidentMetricsSchema, 'Incidents of the month before, in full.'),
    byDomain: z.array(rollupRow()),
    byTeam: z.array(rollupRow()),
    weeks: described(
      z.array(
        z.object({
          from: iso(),
          to: iso(),
          attainment: described(
            nullableNumber(),
            'Good / (good + bad) over every measurable SLO of the matched products that week; null without data.',
          ),
          downtimeMinutes: z.number(),
          opened: z.number(),
          resolved: z.number(),
        }),
      ),
      'The last 13 weeks (91 days), oldest first; the last ends now.',
    ),
  }),
  'ServiceLevelOverview',
);
export type ServiceLevelOverview = z.infer<typeof serviceLevelOverviewSchema>;

export const ingestionResultSchema = named(
  z.object({
    received: described(z.number(), 'Events, runs or messages in the request.'),
    observations: described(z.number(), 'Observations of ports read from them.'),
    added: described(z.number(), 'Observations not received before.'),
    duplicates: described(z.number(), 'Observations already received (counted once).'),
    expired: described(
      z.number(),
      'Observations older than the retention (90 days), counted but not kept.',
    ),
    unmatched: z.array(z.object({ reference: z.string(), reason: z.string() })),
    products: described(z.array(z.string()), 'Products whose service levels were evaluated again.'),
  }),
  'IngestionResult',
);
export type IngestionResult = z.infer<typeof ingestionResultSchema>;

export const ingestionTokenSchema = named(
  z.object({
    id: z.string(),
    team: z.string(),
    name: z.string(),
    prefix: described(z.string(), 'The first characters of the secret.'),
    createdAt: iso(),
    createdBy: incidentActorSchema,
    lastUsedAt: z.nullable(iso()),
    revokedAt: z.nullable(iso()),
  }),
  'IngestionToken',
);
export type IngestionTokenPayload = z.infer<typeof ingestionTokenSchema>;

export const ingestionTokenListSchema = named(
  z.object({ items: z.array(ingestionTokenSchema) }),
  'IngestionTokenList',
);

export const createdIngestionTokenSchema = named(
  z.object({
    token: ingestionTokenSchema,
    secret: described(z.string(), 'The secret, shown this once; only its hash is kept.'),
  }),
  'CreatedIngestionToken',
);

export const unmatchedListSchema = named(
  z.object({
    items: z.array(
      z.object({
        source: observationSourceSchema,
        reference: z.string(),
        reason: z.string(),
        sourceName: z.string(),
        observedAt: iso(),
        count: z.number(),
        firstReceivedAt: iso(),
        lastReceivedAt: iso(),
      }),
    ),
  }),
  'UnmatchedObservations',
);
export type UnmatchedListPayload = z.infer<typeof unmatchedListSchema>;

export const undeclaredInputsSchema = named(
  z.object({
    items: z.array(
      z.object({
        productId: z.string(),
        productName: z.string(),
        portName: z.string(),
        contractId: z.nullable(z.string()),
        dataset: z.object({ namespace: z.string(), name: z.string() }),
        jobName: z.string(),
        firstSeenAt: iso(),
        lastSeenAt: iso(),
      }),
    ),
  }),
  'UndeclaredInputs',
  'Ports of other products that OpenLineage shows this product reading, though it declares no input port for them.',
);
export type UndeclaredInputs = z.infer<typeof undeclaredInputsSchema>;
