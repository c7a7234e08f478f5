import type {
  DatasetName,
  Observation,
  ObservationSource,
  ObservedRead,
  PortRef,
  UnmatchedObservation,
} from '../../src/catalog/observations/observation';
import type { IncidentMetrics } from '../../src/catalog/service-levels/incident-metrics';
import type {
  DailyRollup,
  Incident,
  IncidentActor,
  IncidentStatus,
  NewIncident,
  ServiceLevelSummary,
  SloKind,
  SloStatus,
} from '../../src/catalog/service-levels/service-level-types';

/** An observation as kept: with when Meshport received it. */
export interface StoredObservation extends Observation {
  receivedAt: string;
}

/** Unmatched observations with the same source, reference and reason, counted together. */
export interface UnmatchedGroup extends UnmatchedObservation {
  count: number;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

/** A job seen reading another product's port, kept once per reader and port. */
export interface ObservedEdge {
  readerProductId: string;
  sourceProductId: string;
  sourcePortName: string;
  sourceContractId: string | null;
  dataset: DatasetName;
  jobName: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

/**
 * Which products the portfolio and its overview are about: those that meet every filter given,
 * with any of its values.
 */
export interface ServiceLevelFilter {
  domains?: string[];
  teams?: string[];
  /** By the status as of `now`. */
  statuses?: SloStatus[];
  /** Products with at least one SLO of one of these kinds. */
  kinds?: SloKind[];
  /** Summaries whose deadline is at or before `now` count as breached. */
  now: string;
}

export interface ServiceLevelQuery extends ServiceLevelFilter {
  sort: 'status' | 'name' | 'budget';
  limit: number;
  offset: number;
}

export interface ServiceLevelPage {
  total: number;
  /** Products per status, over everything the filters (but not `statuses`) match. */
  counts: Record<SloStatus, number>;
  /** Open incidents over the same products. */
  openIncidents: number;
  items: ServiceLevelSummary[];
}

/** The products of one domain or team among those an overview is about. */
export interface ServiceLevelGroup {
  /** Null for the products without a domain (team). */
  name: string | null;
  total: number;
  counts: Record<SloStatus, number>;
  openIncidents: number;
}

export interface IncidentFigures extends IncidentMetrics {
  from: string;
  to: string;
}

/**
 * The portfolio for stakeholders, over the products a filter matches (`status` included, except
 * in `counts`, which are per status as the listing's are): how many and how they stand, by
 * domain and by team (most breached first, then most at risk, then by name), the incidents of
 * this UTC month so far and of the month before, and the last 13 weeks. Weeks are whole UTC
 * days, the rollups' days: the last is the six days before today and today up to `now`.
 */
export interface ServiceLevelOverview {
  /** The `now` the figures are as of. */
  evaluatedAt: string;
  total: number;
  counts: Record<SloStatus, number>;
  openIncidents: number;
  month: IncidentFigures;
  previousMonth: IncidentFigures;
  byDomain: ServiceLevelGroup[];
  byTeam: ServiceLevelGroup[];
  weeks: {
    from: string;
    to: string;
    /** Σ good / Σ (good + bad) over the week's rollups of the products; null without any. */
    attainment: number | null;
    downtimeMinutes: number;
    opened: number;
    resolved: number;
  }[];
}

/**
 * Raw observations (append-only, pruned after their retention), what matched nothing, reads
 * seen in lineage, and what is evaluated from them: daily rollups per port and SLO, and one
 * summary per product, so the whole mesh's status is read without scanning raw events.
 */
export interface ObservationStore {
  /**
   * Keeps the observations whose key is not stored yet, in one transaction; the same key twice
   * (in one call or across calls) is kept once.
   */
  append(
    observations: readonly Observation[],
    receivedAt: string,
  ): Promise<{ added: number; duplicates: number }>;
  /** When the most recent observation from `source` happened; null when none is kept. */
  latestObservedAt(source: ObservationSource): Promise<string | null>;
  /** A port's observations observed at or after `from` (and before `to`), oldest first. */
  listForPort(port: PortRef, from: string, to?: string): Promise<StoredObservation[]>;
  /** Deletes raw observations observed before `before` (and runs remembered before it); how many observations. */
  prune(before: string): Promise<number>;

  /**
   * Remembers which ports a run writes (its START or RUNNING event names the outputs), for its
   * FAIL or ABORT event, which often names none. A run remembered again adds to its ports.
   * Every run of one delivery is remembered at once, by run id.
   */
  rememberRunPorts(runs: ReadonlyMap<string, readonly PortRef[]>, at: string): Promise<void>;
  /** The ports remembered for each of these runs; runs not remembered are left out. */
  runPorts(runIds: readonly string[]): Promise<Map<string, PortRef[]>>;

  addUnmatched(items: readonly UnmatchedObservation[], receivedAt: string): Promise<void>;
  /** Grouped by source, reference and reason, the most recently received first. */
  listUnmatched(limit: number): Promise<UnmatchedGroup[]>;
  pruneUnmatched(before: string): Promise<number>;

  /** Records reads, keeping the first and last time each reader–port pair was seen. */
  recordReads(reads: readonly ObservedRead[]): Promise<void>;
  /** Reads by `productId` (`reader`), or of its ports by others (`source`). */
  listReads(productId: string, side: 'reader' | 'source'): Promise<ObservedEdge[]>;
  /** Reads between any two of these products, for a lineage graph. */
  listReadsAmong(productIds: readonly string[]): Promise<ObservedEdge[]>;

  /** Replaces the port's rollups from `fromDay` (inclusive) on with these. */
  replaceRollups(port: PortRef, fromDay: string, rollups: readonly DailyRollup[]): Promise<void>;
  /** A port's rollups from `fromDay` on, by SLO then day. */
  listRollups(port: PortRef, fromDay: string): Promise<DailyRollup[]>;

  saveSummary(summary: ServiceLevelSummary): Promise<void>;
  getSummary(productId: string): Promise<ServiceLevelSummary | null>;
  /**
   * The overall status as of `now` of each of these products that has a summary (past its
   * deadline: breached), in one read; products without one are left out.
   */
  statusesOf(productIds: readonly string[], now: string): Promise<Map<string, SloStatus>>;
  listSummaries(query: ServiceLevelQuery): Promise<ServiceLevelPage>;
  /**
   * The overview of the products `filter` matches, from their summaries, rollups and incidents,
   * as of `now`. A store may answer from what it read for the same filter before the data last
   * changed, up to a minute before (so a large mesh is not read again on every change).
   */
  overview(filter: ServiceLevelFilter): Promise<ServiceLevelOverview>;
  /** Products whose deadline is at or before `now` but were evaluated before it: to evaluate again. */
  listDue(now: string, limit: number): Promise<string[]>;
}

export interface IncidentQuery {
  productId?: string;
  statuses?: IncidentStatus[];
  limit: number;
}

export type IncidentChange =
  | { type: 'acknowledge'; at: string; by: IncidentActor }
  | { type: 'resolve'; at: string; by: IncidentActor | null }
  | { type: 'note'; at: string; by: IncidentActor; text: string };

export interface IncidentStore {
  /**
   * Opens an incident. An automatic one for a port and SLO that already has an unresolved one
   * returns that one instead (`created: false`), so two evaluations racing open one incident.
   */
  open(incident: NewIncident): Promise<{ incident: Incident; created: boolean }>;
  get(id: string): Promise<Incident | null>;
  /** Newest `startedAt` first. */
  list(query: IncidentQuery): Promise<Incident[]>;
  /**
   * Every incident of a period that began at `from`: unresolved, or started, detected or
   * resolved at or after it. Newest `startedAt` first.
   */
  listSince(from: string): Promise<Incident[]>;
  /**
   * Applies a change; null when there is no such incident. Acknowledging or noting a resolved
   * incident, or resolving it again, is `closed` and changes nothing.
   */
  change(id: string, change: IncidentChange): Promise<Incident | 'closed' | null>;
}

export interface IngestionToken {
  id: string;
  /** The team whose products it may send observations for. */
  team: string;
  name: string;
  /** The first characters of the secret, so people can tell their tokens apart. */
  prefix: string;
  createdAt: string;
  createdBy: IncidentActor;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface IngestionTokenStore {
  /** Keeps a token; `secretHash` is the SHA-256 of the secret (hex); the secret is never kept. */
  create(
    token: Omit<IngestionToken, 'lastUsedAt' | 'revokedAt'>,
    secretHash: string,
  ): Promise<IngestionToken>;
  /** Tokens of these teams (case-insensitive), or of every team; newest first; revoked ones too. */
  list(teams: readonly string[] | 'all'): Promise<IngestionToken[]>;
  get(id: string): Promise<IngestionToken | null>;
  /** The token with this secret hash, revoked or not. */
  findByHash(secretHash: string): Promise<IngestionToken | null>;
  /** Revokes it (idempotent: the first revocation's time stays); null when there is no such token. */
  revoke(id: string, at: string): Promise<IngestionToken | null>;
  touch(id: string, at: string): Promise<void>;
}
