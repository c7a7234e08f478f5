import type { ErrorResponse, Principal } from '../../../src/catalog/api-schemas';
import { canEditTeam, canImportDocuments } from '../../../src/catalog/access/permissions';
import {
  observeDatacontractRun,
  parseDatacontractRun,
} from '../../../src/catalog/observations/datacontract-run';
import type {
  Observation,
  ObservedRead,
  PayloadProblem,
  PortRef,
  UnmatchedObservation,
} from '../../../src/catalog/observations/observation';
import { observeOors, parseOors } from '../../../src/catalog/observations/oors';
import {
  observeOpenLineage,
  parseOpenLineage,
} from '../../../src/catalog/observations/openlineage';
import type { IngestionResult } from '../../../src/catalog/service-level-schemas';
import type { CatalogStore } from '../../store/catalog-store';
import type { DirectoryWithContracts } from './port-directory-cache';
import type { EvaluationQueue } from './evaluation-queue';

/** How long raw observations are kept, in days. */
export const retentionDays = 90;

export type IngestFormat = 'openlineage' | 'openlineage-batch' | 'datacontract-cli' | 'oors';

const labels: Record<IngestFormat, string> = {
  openlineage: 'OpenLineage event',
  'openlineage-batch': 'OpenLineage batch',
  'datacontract-cli': 'datacontract-cli test run',
  oors: 'OORS message',
};

export type IngestOutcome =
  { status: 200; body: IngestionResult } | { status: 400 | 403; body: ErrorResponse };

interface Observed {
  received: number;
  observations: Observation[];
  unmatched: UnmatchedObservation[];
  reads: ObservedRead[];
  runPorts: Map<string, PortRef[]>;
}

function refuse(format: IngestFormat, problems: readonly PayloadProblem[]): IngestOutcome {
  const first = problems[0];
  const where = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return {
    status: 400,
    body: {
      message: `The ${labels[format]} is not valid: ${where}${more}. Nothing was stored.`,
      errors: problems.slice(0, 100).map(({ path, message }) => ({
        path,
        message,
        severity: 'error' as const,
      })),
      total: problems.length,
    },
  };
}

async function observe(
  store: CatalogStore,
  format: IngestFormat,
  body: unknown,
  { directory, contracts }: DirectoryWithContracts,
): Promise<Observed | PayloadProblem[]> {
  if (format === 'openlineage' || format === 'openlineage-batch') {
    const parsed = parseOpenLineage(body, { batch: format === 'openlineage-batch' });
    if (!parsed.ok) return parsed.problems;
    const runIds = [...new Set(parsed.events.flatMap((event) => event.run?.runId ?? []))];
    const known = await store.observations.runPorts(runIds);
    const result = observeOpenLineage(parsed.events, directory, known, contracts);
    return { received: parsed.events.length, ...result };
  }
  if (format === 'datacontract-cli') {
    const parsed = parseDatacontractRun(body);
    if (!parsed.ok) return parsed.problems;
    const result = observeDatacontractRun(parsed.run, directory, contracts);
    return { received: 1, reads: [], runPorts: new Map(), ...result };
  }
  const parsed = parseOors(body);
  if (!parsed.ok) return parsed.problems;
  const result = observeOors(parsed.message, directory, contracts);
  return { received: 1, reads: [], runPorts: new Map(), ...result };
}

/**
 * Takes what a pipeline sent: reads it, matches it to output ports, checks that the sender may
 * report on every product it names (a token acts for its team; people for the teams they edit),
 * then stores it and evaluates the products it touched. A refusal stores nothing.
 */
export async function ingest(
  store: CatalogStore,
  directory: DirectoryWithContracts,
  principal: Principal,
  format: IngestFormat,
  body: unknown,
  now: Date,
  evaluations: EvaluationQueue,
): Promise<IngestOutcome> {
  // Pipelines send with a token; people only for teams they edit (a reader sends nothing).
  if (!canImportDocuments(principal)) {
    return {
      status: 403,
      body: {
        message: `${principal.name} may not report observations: pipelines send with an ingestion token of their team, and people need owner or editor rights on a team. Nothing was stored.`,
      },
    };
  }
  const observed = await observe(store, format, body, directory);
  if (Array.isArray(observed)) return refuse(format, observed);

  const products = new Set([
    ...observed.observations.map((item) => item.productId),
    ...observed.reads.map((read) => read.readerProductId),
    ...[...observed.runPorts.values()].flatMap((ports) => ports.map((port) => port.productId)),
  ]);
  const forbidden = [...products].filter(
    (id) => !canEditTeam(principal, directory.directory.product(id)?.team ?? null),
  );
  if (forbidden.length > 0) {
    const names = forbidden
      .slice(0, 5)
      .map((id) => {
        const product = directory.directory.product(id);
        return `${product?.name ?? id} (team ${product?.team ?? 'none'})`;
      })
      .join(', ');
    return {
      status: 403,
      body: {
        message: `${principal.name} may not report on ${names}${forbidden.length > 5 ? ` and ${forbidden.length - 5} more` : ''}: only that team's tokens, owners and editors, or an admin may. Nothing was stored.`,
      },
    };
  }

  const receivedAt = now.toISOString();
  // What is older than the retention would be pruned at once: it is counted, not kept.
  const oldest = now.getTime() - retentionDays * 86_400_000;
  const kept = observed.observations.filter((item) => Date.parse(item.observedAt) >= oldest);
  const { added, duplicates } = await store.observations.append(kept, receivedAt);
  if (observed.unmatched.length > 0)
    await store.observations.addUnmatched(observed.unmatched, receivedAt);
  if (observed.reads.length > 0) await store.observations.recordReads(observed.reads);
  if (observed.runPorts.size > 0)
    await store.observations.rememberRunPorts(observed.runPorts, receivedAt);
  const evaluated = [...new Set(kept.map((item) => item.productId))];
  // Nothing new, nothing to evaluate: a repeated delivery costs one insert that adds no row.
  if (added > 0) evaluations.enqueue(evaluated);
  return {
    status: 200,
    body: {
      received: observed.received,
      observations: observed.observations.length,
      added,
      duplicates,
      expired: observed.observations.length - kept.length,
      unmatched: observed.unmatched.map(({ reference, reason }) => ({ reference, reason })),
      products: added > 0 ? evaluated : [],
    },
  };
}
