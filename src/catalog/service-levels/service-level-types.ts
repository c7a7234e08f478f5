/**
 * Service levels as they are kept: each measurable promise of a port's contract (an ODCS
 * `slaProperties[]` entry or a `quality[]` rule) becomes an SLO, with an SLI computed from the
 * port's observations (`../observations/`). Shared by the API and the web app.
 */
import type { ObservationSource, ObservationStatus } from '../observations/observation';

const kinds = [
  'freshness',
  'frequency',
  'timeOfAvailability',
  'availability',
  'errorRate',
  'quality',
  'timeToDetect',
  'timeToRepair',
] as const;

/** What a measurable SLO measures. */
export type SloKind = (typeof kinds)[number];

/** Every SLO kind, in the order the API's payload schemas and filters list them. */
export const sloKinds: readonly SloKind[] = kinds;

/**
 * - `met`: within target, not burning its budget fast.
 * - `atRisk`: within target, but burning its error budget fast (the multiwindow rule).
 * - `breached`: bad right now (late, last run failed, check failing), or its budget is spent.
 * - `noData`: measurable, but nothing observed in the window yet.
 * - `declared`: a promise Meshport cannot measure (retention, end of support, …).
 */
export type SloStatus = 'met' | 'atRisk' | 'breached' | 'noData' | 'declared';

export const sloStatuses: readonly SloStatus[] = [
  'breached',
  'atRisk',
  'met',
  'noData',
  'declared',
];

/** How an SLO's SLI is counted: in minutes of good time, in events, or in days. */
export type SliUnit = 'minutes' | 'events' | 'days';

export interface SloDefinition {
  /** Stable within its port: `latency`, `frequency`, `quality:orders_order_id_unique`, … */
  id: string;
  /** Null for a declared (not measurable) promise. */
  kind: SloKind | null;
  /** The ODCS property (`latency`, `timeOfAvailability`) or `quality`. */
  property: string;
  /** A short heading: "Freshness", "Available by", "Quality: No duplicate orders". */
  label: string;
  /** The promise in words, as the product page shows it ("Latency ≤ 1 day"). */
  promise: string;
  /** What a good observation must meet: a duration, a clock time, or a rate. */
  threshold: {
    /**
     * Freshness, frequency, time to detect or repair: at most this many seconds. Time of
     * availability: the refresh period before each deadline (a day unless refreshed less often).
     */
    seconds?: number;
    /** Time of availability: minutes after midnight UTC by which each day's data is there. */
    minuteOfDayUtc?: number;
  };
  /** The share of good time or events promised, 0–1 (0.995 for `availability: 99.5`). */
  target: number;
  /** Whether the target was stated in the contract or is Meshport's documented default. */
  targetSource: 'contract' | 'default';
  /** The rolling window, in days (30 unless the entry says otherwise). */
  windowDays: number;
  unit: SliUnit;
  /** For quality SLOs: the rule's id (else its name). */
  ruleId?: string;
}

/** One port, one SLO, one UTC day: what the window sums. */
export interface DailyRollup {
  productId: string;
  portName: string;
  sloId: string;
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  good: number;
  bad: number;
}

export interface LastObservation {
  observedAt: string;
  status: ObservationStatus;
  source: ObservationSource;
  sourceName: string;
  message: string | null;
}

export interface BurnRate {
  /** The long window of a multiwindow pair: `1h`, `6h` or `3d`. */
  window: '1h' | '6h' | '3d';
  /** Budget spent per unit of time, relative to spending it evenly over the window; null without data. */
  rate: number | null;
  /** The short window's rate (5 min, 30 min, 6 h), which must also exceed the threshold. */
  shortRate: number | null;
  threshold: number;
}

export interface SloEvaluation {
  sloId: string;
  kind: SloKind | null;
  property: string;
  label: string;
  promise: string;
  status: SloStatus;
  target: number;
  targetSource: 'contract' | 'default';
  windowDays: number;
  unit: SliUnit;
  ruleId?: string;
  good: number;
  bad: number;
  /** good / (good + bad) over the window; null without data. */
  attainment: number | null;
  /** 1 − bad / ((1 − target) × valid); may fall below 0; null without data. */
  errorBudgetRemaining: number | null;
  burnRates: BurnRate[];
  /** At the last 6 hours' burn rate, when the remaining budget runs out; null when not burning. */
  budgetRunsOutAt: string | null;
  /** Whether it is bad right now (late, last run failed, last check failed). */
  current: 'good' | 'bad' | 'unknown';
  /** When the present bad spell began: the missed deadline, or the first failing run or check. */
  badSince: string | null;
  /** For freshness-like SLOs: when it turns bad if nothing more arrives. */
  deadline: string | null;
  /**
   * When it is good now: the first good observation after its last bad spell (the update that
   * ended a gap, the first passing run or check after failures), which resolves an incident;
   * null when bad, or when no bad spell is in sight.
   */
  recoveredAt?: string | null;
  /** The last good observation: the last successful update, passing run or passing check. */
  lastGoodAt?: string | null;
  /** What a good observation must meet, as the SLO defines it (for titles and hints). */
  threshold?: SloDefinition['threshold'];
  lastObservation: LastObservation | null;
  /** One entry per day of the window, oldest first. */
  daily: { day: string; good: number; bad: number; attainment: number | null }[];
}

export interface PortServiceLevels {
  portName: string;
  contractId: string | null;
  status: SloStatus;
  slos: SloEvaluation[];
}

/** A product's service levels in brief, as the portfolio and the catalog list them. */
export interface ServiceLevelSummary {
  productId: string;
  name: string;
  domain: string | null;
  team: string | null;
  /** The worst measurable status of its SLOs; `noData` when none has data, `declared` when none is measurable. */
  status: SloStatus;
  counts: Record<SloStatus, number>;
  /** Per SLO, for status chips. */
  slos: {
    portName: string;
    sloId: string;
    kind: SloKind | null;
    label: string;
    status: SloStatus;
    errorBudgetRemaining: number | null;
  }[];
  /** The lowest remaining error budget of its SLOs; null without data. */
  worstBudget: number | null;
  /** Attainment of all its measurable SLOs together, per day over 30 days (null: no data). */
  attainmentSeries: (number | null)[];
  openIncidents: number;
  /** The earliest time at which an SLO turns bad if nothing more arrives (freshness, frequency). */
  deadline: string | null;
  evaluatedAt: string;
}

export type IncidentStatus = 'open' | 'acknowledged' | 'resolved';

export interface IncidentActor {
  id: string;
  name: string;
}

export interface Incident {
  id: string;
  productId: string;
  /** The port and SLO it is about; null for an incident an owner opened on the whole product. */
  portName: string | null;
  sloId: string | null;
  origin: 'automatic' | 'manual';
  title: string;
  status: IncidentStatus;
  /** When the data went bad: the missed deadline or the first failing run or check. */
  startedAt: string;
  /** When Meshport (or the person opening it) noticed. */
  detectedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: IncidentActor | null;
  /** The first good observation after, or when an owner resolved it. */
  resolvedAt: string | null;
  /** Null when it resolved itself. */
  resolvedBy: IncidentActor | null;
  notes: { at: string; author: IncidentActor; text: string }[];
  /** The product's owning team when it opened, for notifications and rights. */
  team: string | null;
}

export type NewIncident = Omit<
  Incident,
  'id' | 'status' | 'acknowledgedAt' | 'acknowledgedBy' | 'resolvedAt' | 'resolvedBy' | 'notes'
>;
