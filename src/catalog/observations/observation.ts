/**
 * What Meshport learns from pipelines, in one shape whatever sent it: OpenLineage run events,
 * datacontract-cli test runs and OORS results are each read into observations of one output
 * port. The service levels (`../service-levels/`) are evaluated from these alone.
 */

export type ObservationSource = 'openlineage' | 'datacontract-cli' | 'oors';

/**
 * - `update`: a run that wrote the port's data (status `pass`), or failed to (`fail`): what
 *   freshness, frequency, time of availability and availability are measured on.
 * - `check`: the result of one check of the data (a quality rule, a test, a metric).
 */
export type ObservationKind = 'update' | 'check';

/** OORS's statuses; `error` (the check could not run) and `skip` never count as failures. */
export type ObservationStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skip';

/** An output port: the unit every service level is promised for. */
export interface PortRef {
  productId: string;
  portName: string;
}

export interface Observation extends PortRef {
  /**
   * Identifies the observation across deliveries, so sending the same event twice counts once:
   * derived from the sender's own ids (run id, event type, dataset, check id).
   */
  key: string;
  /** The contract the port provides, when known. */
  contractId: string | null;
  kind: ObservationKind;
  status: ObservationStatus;
  /** When it happened, as the sender says (ISO 8601, UTC). */
  observedAt: string;
  source: ObservationSource;
  /** Who sent it, in words: an OpenLineage job (`namespace/name`), a CLI run, an OORS producer. */
  sourceName: string;
  /** The sender's run id, when it has one. */
  runId: string | null;
  /**
   * For checks: the contract's quality rule it measures (its `id`, else its `name`), or null when
   * it matches none (it still counts for the port's overall quality).
   */
  ruleId: string | null;
  /** For checks: the check's own name or key, as the sender calls it. */
  checkName: string | null;
  /** For checks: the quality dimension (completeness, uniqueness, timeliness, …), when given. */
  dimension: string | null;
  /** The sender's reason or message, cut to 500 characters. */
  message: string | null;
  /** A measured value, when the sender gives one (a row count, a lag in seconds). */
  value: number | null;
}

/** A dataset as OpenLineage names it: see its naming rules (`namespace` + `name`). */
export interface DatasetName {
  namespace: string;
  name: string;
}

/**
 * Something received that matches no port, kept for a while so a naming mismatch can be seen
 * and fixed (listed to admins as "unmatched datasets").
 */
export interface UnmatchedObservation {
  source: ObservationSource;
  /** What was looked for: `postgres://db:5432 / shop.public.orders`, or a contract id. */
  reference: string;
  /** Why it matched nothing, in words. */
  reason: string;
  observedAt: string;
  /** The job, run or producer that sent it. */
  sourceName: string;
}

/**
 * A job that read a dataset of another product's output port: the reading product (whose port
 * the same job writes) and the port it read. Compared with declared input ports, this shows
 * "undeclared inputs".
 */
export interface ObservedRead {
  readerProductId: string;
  source: PortRef & { contractId: string | null };
  dataset: DatasetName;
  jobName: string;
  observedAt: string;
}

/** A problem with a received payload, naming where it is wrong (`events[3].run.runId`). */
export interface PayloadProblem {
  path: string;
  message: string;
}
