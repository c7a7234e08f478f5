import type { PortRef } from '../../../src/catalog/observations/observation';
import { definePortSlos } from '../../../src/catalog/service-levels/define-slos';
import { evaluatePort } from '../../../src/catalog/service-levels/evaluate';
import { planIncidents } from '../../../src/catalog/service-levels/plan-incidents';
import { rollUpPort } from '../../../src/catalog/service-levels/roll-up';
import type {
  Incident,
  PortServiceLevels,
  SloDefinition,
} from '../../../src/catalog/service-levels/service-level-types';
import { summarizeProduct } from '../../../src/catalog/service-levels/summarize';
import type { CatalogStore } from '../../store/catalog-store';
import { owningTeam } from '../import-document';
import { notifyIncident } from './notify-incident';

const day = 86_400_000;
/** Burn rates look back three days; the current state needs the observation before that. */
const recentMs = 3 * day;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * How far before the window observations are read: a freshness or frequency SLO needs the last
 * update before the window starts, up to its own threshold (at most 35 days) back.
 */
function leadIn(slos: readonly SloDefinition[]): number {
  const longest = Math.max(0, ...slos.map((slo) => (slo.threshold.seconds ?? 0) * 1000));
  return Math.min(longest, 35 * day) + day;
}

export interface ProductEvaluation {
  productId: string;
  name: string;
  ports: PortServiceLevels[];
  incidents: Incident[];
}

/**
 * Evaluates a product's service levels from its observations and keeps the results: daily
 * rollups per port and SLO, its summary for the mesh-wide views, and the incidents its SLOs
 * open and close (with notifications). Idempotent: evaluating again with nothing new changes
 * nothing but the time of evaluation.
 */
export async function evaluateProduct(
  store: CatalogStore,
  productId: string,
  now: Date,
): Promise<ProductEvaluation | null> {
  const product = await store.getDocument('product', productId);
  if (!product) return null;
  const descriptor = product.document;
  const name = descriptor.name ?? productId;
  const team = owningTeam(descriptor) ?? null;
  const outputs = descriptor.outputPorts ?? [];
  const contracts = new Map(
    (
      await store.getCurrentDocuments(
        'contract',
        outputs.flatMap((port) => (port.contractId ? [port.contractId] : [])),
      )
    ).map((doc) => [doc.id, doc.document]),
  );
  const incidents = await store.incidents.list({ productId, limit: 1000 });
  const at = now.getTime();
  const ports: PortServiceLevels[] = [];
  for (const output of outputs) {
    const contract = output.contractId ? contracts.get(output.contractId) : undefined;
    const slos = contract ? definePortSlos(contract) : [];
    const port: PortRef = { productId, portName: output.name };
    const windowDays = Math.max(30, ...slos.map((slo) => slo.windowDays));
    const fromDay = dayOf(at - (windowDays - 1) * day);
    const from = Date.parse(`${fromDay}T00:00:00Z`) - leadIn(slos);
    const observations = await store.observations.listForPort(port, new Date(from).toISOString());
    const portIncidents = incidents.filter((incident) => incident.portName === output.name);
    const rollups = rollUpPort(slos, observations, portIncidents, { fromDay, now });
    await store.observations.replaceRollups(port, fromDay, rollups);
    const recentFrom = at - recentMs - leadIn(slos);
    const recent = observations.filter((item) => Date.parse(item.observedAt) >= recentFrom);
    ports.push(
      evaluatePort({
        portName: output.name,
        contractId: output.contractId ?? null,
        slos,
        rollups,
        recent,
        incidents: portIncidents,
        now,
      }),
    );
  }

  const unresolved = incidents.filter((incident) => incident.status !== 'resolved');
  const resolvedByPeople = incidents.filter((incident) => incident.resolvedBy !== null);
  const plan = planIncidents({
    product: { productId, name, team },
    ports,
    unresolved,
    resolvedByPeople,
    now,
  });
  for (const opening of plan.open) {
    const { incident, created } = await store.incidents.open(opening);
    if (created) await notifyIncident(store, incident, name, 'opened', now);
  }
  for (const { id, resolvedAt } of plan.resolve) {
    const changed = await store.incidents.change(id, { type: 'resolve', at: resolvedAt, by: null });
    if (changed && changed !== 'closed')
      await notifyIncident(store, changed, name, 'resolved', now);
  }
  // Read again only when the plan changed something.
  const current =
    plan.open.length > 0 || plan.resolve.length > 0
      ? await store.incidents.list({ productId, limit: 1000 })
      : incidents;
  const open = current.filter((incident) => incident.status !== 'resolved').length;
  await store.observations.saveSummary(
    summarizeProduct(
      { productId, name, domain: descriptor.domain ?? null, team },
      ports,
      open,
      now,
    ),
  );
  return { productId, name, ports, incidents: current };
}

/** Evaluates several products, one after another (each is a handful of queries). */
export async function evaluateProducts(
  store: CatalogStore,
  productIds: Iterable<string>,
  now: Date,
): Promise<void> {
  for (const id of new Set(productIds)) await evaluateProduct(store, id, now);
}
