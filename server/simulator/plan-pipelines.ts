/**
 * The pipelines behind a catalog, as a simulator sees them: for every output port, when its job
 * runs (from the contract's own promises), which datasets it writes and reads (named as
 * OpenLineage producers name them), and which quality rules its tests check. The simulator
 * then plays these pipelines, in real payload formats, through the ingestion endpoints.
 */
import type { DatasetName } from '../../src/catalog/observations/observation';
import { contractDatasetNames } from '../../src/catalog/observations/dataset-names';
import { contractRules } from '../../src/catalog/observations/rule-matching';
import { definePortSlos } from '../../src/catalog/service-levels/define-slos';
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** When a port's job finishes. */
export type Schedule =
  /** Every `everyMs`, e.g. each 15 minutes or each hour. */
  | { kind: 'interval'; everyMs: number }
  /** Once a day (or each Monday), finishing before the promised time of availability. */
  | { kind: 'daily' | 'weekly'; readyByMinuteUtc: number }
  /** A stream: its lag is measured by a monitor that reports in OORS. */
  | { kind: 'stream'; lagLimitSeconds: number };

export interface PlannedCheck {
  model: string;
  field: string | null;
  /** The rule's id or name, when it has one (datacontract-cli sends it as `qualityId`). */
  qualityId: string | null;
  type: string;
  name: string;
}

export interface PlannedPort {
  productId: string;
  productName: string;
  domain: string;
  portName: string;
  contractId: string;
  schedule: Schedule;
  writes: DatasetName[];
  reads: DatasetName[];
  checks: PlannedCheck[];
  /** The share of runs that fail (and are retried) when nothing is wrong. */
  failureRate: number;
}

/** What makes a product's story in the demo: most are healthy; these are not. */
export interface Scenario {
  /** Its daily run finishes this many minutes late every Monday. */
  lateOnMondaysMinutes?: number;
  /** This quality rule (by `qualityId` or model.field) fails on about one day in `every`. */
  flakyCheck?: { match: string; every: number };
  /** Every run fails from this many hours before now on. */
  brokenForHours?: number;
  /** Its job also reads this product's port, which it does not declare as an input. */
  undeclaredRead?: { productId: string; portName: string };
}

function scheduleOf(contract: OdcsContract): Schedule | undefined {
  const slos = definePortSlos(contract);
  const seconds = (kind: string) =>
    slos.find((slo) => slo.kind === kind && slo.threshold.seconds !== undefined)?.threshold.seconds;
  const frequency = seconds('frequency');
  const freshness = seconds('freshness');
  const readyBy = slos.find((slo) => slo.kind === 'timeOfAvailability')?.threshold.minuteOfDayUtc;
  // A stream's latency is measured on lag checks (events), not on update gaps.
  const streaming = slos.some((slo) => slo.kind === 'freshness' && slo.unit === 'events');
  if (streaming && freshness !== undefined) return { kind: 'stream', lagLimitSeconds: freshness };
  if (readyBy !== undefined) {
    return (frequency ?? 0) >= 7 * 86_400
      ? { kind: 'weekly', readyByMinuteUtc: readyBy }
      : { kind: 'daily', readyByMinuteUtc: readyBy };
  }
  const every = Math.min(frequency ?? Infinity, freshness ?? Infinity);
  if (!Number.isFinite(every)) return undefined;
  // Runs a little more often than promised, as teams schedule to keep a promise with margin.
  return { kind: 'interval', everyMs: Math.max(5 * minute, every * 1000 * 0.9) };
}

/** A tenth of what the availability target allows, or one run in two thousand. */
function failureRateOf(contract: OdcsContract): number {
  const availability = definePortSlos(contract).find((slo) => slo.kind === 'availability');
  return availability ? (1 - availability.target) / 10 : 0.0005;
}

function checksOf(contract: OdcsContract): PlannedCheck[] {
  return contractRules(contract)
    .filter(({ rule }) => rule.type !== 'text')
    .map(({ rule, object, column }) => {
      const metric = typeof rule.metric === 'string' ? rule.metric : (rule.type ?? 'custom');
      const type = `${column ? 'field_' : ''}${metric.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
      return {
        model: object,
        field: column,
        // As the CLI does: a rule's own id (or name) when it has one, else model and field.
        qualityId:
          [rule.id, rule.name].find((value) => typeof value === 'string' && value !== '') ?? null,
        type,
        name: rule.name ?? `${metric} of ${column ?? object}`,
      };
    });
}

/** Plans a pipeline for every output port whose contract promises something measurable. */
export function planPipelines(
  products: readonly { id: string; document: OdpsProduct }[],
  contracts: ReadonlyMap<string, OdcsContract>,
  scenarios: Readonly<Record<string, Scenario>> = {},
): PlannedPort[] {
  const writesOf = new Map<string, DatasetName[]>();
  for (const [id, contract] of contracts) writesOf.set(id, contractDatasetNames(contract));
  const portContract = new Map<string, string>();
  for (const { id, document } of products) {
    for (const port of document.outputPorts ?? []) {
      if (port.contractId) portContract.set(`${id}/${port.name}`, port.contractId);
    }
  }
  const planned: PlannedPort[] = [];
  for (const { id, document } of products) {
    const declared = (document.inputPorts ?? []).flatMap(
      (port) => writesOf.get(port.contractId) ?? [],
    );
    const extra = scenarios[id]?.undeclaredRead;
    const undeclared = extra
      ? (writesOf.get(portContract.get(`${extra.productId}/${extra.portName}`) ?? '') ?? [])
      : [];
    for (const port of document.outputPorts ?? []) {
      const contract = port.contractId ? contracts.get(port.contractId) : undefined;
      if (!contract || !port.contractId) continue;
      const schedule = scheduleOf(contract);
      if (!schedule) continue;
      planned.push({
        productId: id,
        productName: document.name ?? id,
        domain: document.domain ?? 'mesh',
        portName: port.name,
        contractId: port.contractId,
        schedule,
        writes: (writesOf.get(port.contractId) ?? []).map(({ namespace, name }) => ({
          namespace,
          name,
        })),
        reads: [...declared, ...undeclared].map(({ namespace, name }) => ({ namespace, name })),
        checks: checksOf(contract),
        failureRate: failureRateOf(contract),
      });
    }
  }
  return planned;
}

export const simulatorTime = { minute, hour, day };
