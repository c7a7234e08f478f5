/**
 * Messages of the draft Open Observability Results Standard (OORS, `kind: ObservabilityResults`)
 * read into checks of the output ports that provide the message's contract.
 */
import type {
  Observation,
  ObservationStatus,
  PayloadProblem,
  UnmatchedObservation,
} from './observation';
import type { OdcsContract, OdcsQualityRule } from '../standards/odcs';
import type { PortDirectory } from './port-directory';
import {
  childPath,
  isObject,
  messageText,
  numberValue,
  ProblemList,
  readArray,
  readDateTime,
  readEnum,
  readObject,
  readString,
} from './payload-reader';
import {
  contractRules,
  impliedDimension,
  normaliseThreshold,
  rulesAt,
  thresholdMessage,
  type ContractRule,
} from './rule-matching';

export const oorsStatuses = [
  'pass',
  'fail',
  'warn',
  'error',
  'skip',
] as const satisfies readonly ObservationStatus[];
export const oorsResultTypes = ['check', 'metric'] as const;

export interface OorsResult {
  id: string;
  type: (typeof oorsResultTypes)[number];
  name: string | null;
  status: ObservationStatus;
  severity: string | null;
  dimension: string | null;
  target: { resourceType: string | null; resourceIdentifier: string | null } | null;
  measure: {
    metric: string | null;
    value: number | null;
    unit: string | null;
    /** In ODCS's operator spelling (`mustBeLowerOrEqual` becomes `mustBeLessOrEqualTo`). */
    threshold: Partial<OdcsQualityRule> | null;
  } | null;
  message: string | null;
}

export interface OorsMessage {
  apiVersion: string;
  id: string;
  /** UTC ISO 8601. */
  observedAt: string;
  source: { process: string | null; vendor: string | null; runId: string | null };
  contract: { contractId: string; version: string | null };
  results: OorsResult[];
}

export type ParsedOors =
  { ok: true; message: OorsMessage } | { ok: false; problems: PayloadProblem[] };

const maxResults = 10_000;

function readResult(value: unknown, path: string, problems: ProblemList): OorsResult | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object (a result)');
    return undefined;
  }
  const id = readString(value, 'id', path, problems, { required: true, max: 500 });
  const type = readEnum(value, 'type', path, problems, oorsResultTypes, true);
  const status = readEnum(value, 'status', path, problems, oorsStatuses, true);
  const name = readString(value, 'name', path, problems, { max: 2000 }) ?? null;
  const severity = readString(value, 'severity', path, problems, { max: 100 }) ?? null;
  const dimension = readString(value, 'dimension', path, problems, { max: 100 }) ?? null;
  const message = readString(value, 'message', path, problems, { max: 100_000 });
  const targetObject = readObject(value, 'target', path, problems);
  const targetPath = childPath(path, 'target');
  const target = targetObject
    ? {
        resourceType:
          readString(targetObject, 'resourceType', targetPath, problems, { max: 100 }) ?? null,
        resourceIdentifier:
          readString(targetObject, 'resourceIdentifier', targetPath, problems, { max: 2000 }) ??
          null,
      }
    : null;
  const measureObject = readObject(value, 'measure', path, problems);
  let measure: OorsResult['measure'] = null;
  if (measureObject) {
    const where = childPath(path, 'measure');
    const raw = measureObject.value;
    const measured = numberValue(raw);
    if (raw !== undefined && raw !== null && measured === null) {
      problems.add(childPath(where, 'value'), 'must be a number');
    }
    const threshold = readObject(measureObject, 'threshold', where, problems);
    measure = {
      metric: readString(measureObject, 'metric', where, problems, { max: 200 }) ?? null,
      value: measured,
      unit: readString(measureObject, 'unit', where, problems, { max: 100 }) ?? null,
      threshold: threshold ? normaliseThreshold(threshold) : null,
    };
  }
  if (id === undefined || type === undefined || status === undefined) return undefined;
  return {
    id,
    type,
    name,
    status,
    severity,
    dimension,
    target,
    measure,
    message: messageText(message),
  };
}

/**
 * Checks an OORS message: kind, ids, time, contract and each result's type and status, every
 * problem naming its field (`results[2].status`). Both threshold spellings are accepted.
 */
export function parseOors(body: unknown): ParsedOors {
  const problems = new ProblemList();
  if (!isObject(body)) {
    problems.add('(body)', 'must be an object (an OORS ObservabilityResults message)');
    return { ok: false, problems: problems.list() };
  }
  if (body.kind !== 'ObservabilityResults') problems.add('kind', 'must be ObservabilityResults');
  const apiVersion = readString(body, 'apiVersion', '', problems, { required: true, max: 50 });
  const id = readString(body, 'id', '', problems, { required: true, max: 256 });
  const observedAt = readDateTime(body, 'observedAt', '', problems);
  const sourceObject = readObject(body, 'source', '', problems);
  const source = {
    process: sourceObject
      ? (readString(sourceObject, 'process', 'source', problems, { max: 500 }) ?? null)
      : null,
    vendor: sourceObject
      ? (readString(sourceObject, 'vendor', 'source', problems, { max: 500 }) ?? null)
      : null,
    runId: sourceObject
      ? (readString(sourceObject, 'runID', 'source', problems, { max: 256 }) ?? null)
      : null,
  };
  const contractObject = readObject(body, 'contract', '', problems, true);
  const contractId = contractObject
    ? readString(contractObject, 'contractID', 'contract', problems, { required: true, max: 500 })
    : undefined;
  const version = contractObject
    ? (readString(contractObject, 'version', 'contract', problems, { max: 100 }) ?? null)
    : null;
  const items = readArray(body, 'results', '', problems, { required: true, max: maxResults }) ?? [];
  const results = items
    .map((item, index) => readResult(item, childPath('results', index), problems))
    .filter((result) => result !== undefined);
  if (!problems.empty || !apiVersion || !id || !observedAt || !contractId) {
    return { ok: false, problems: problems.list() };
  }
  return {
    ok: true,
    message: { apiVersion, id, observedAt, source, contract: { contractId, version }, results },
  };
}

/** `orders` → the table; `orders.order_timestamp` (a column target) → table and column. */
function targetOf(result: OorsResult): { object: string; column: string | null } | undefined {
  const identifier = result.target?.resourceIdentifier;
  if (!identifier) return undefined;
  const type = result.target?.resourceType?.toLowerCase();
  const dot = identifier.indexOf('.');
  if (type === 'table' || type === 'dataset' || dot < 0)
    return { object: identifier, column: null };
  return { object: identifier.slice(0, dot), column: identifier.slice(dot + 1) };
}

/**
 * The rule a result reports on: by its id, else the only rule on its target of its dimension,
 * among the rules stating it or, when none does, those whose metric measures it (a rule of
 * `duplicateValues` that states no dimension is a uniqueness rule).
 */
function ruleOfResult(
  rules: readonly ContractRule[],
  result: OorsResult,
): ContractRule | undefined {
  const byId = rules.find((r) => r.rule.id === result.id);
  if (byId) return byId;
  const target = targetOf(result);
  if (!target) return undefined;
  const dimension = result.dimension?.toLowerCase();
  const here = rulesAt(rules, target.object, target.column);
  if (dimension === undefined) return here.length === 1 ? here[0] : undefined;
  const stated = here.filter((r) => r.rule.dimension?.toLowerCase() === dimension);
  const same =
    stated.length > 0 ? stated : here.filter((r) => impliedDimension(r.rule) === dimension);
  return same.length === 1 ? same[0] : undefined;
}

function describeSource(message: OorsMessage): string {
  const { process, vendor, runId } = message.source;
  const parts = [process ?? 'OORS producer', vendor, runId ? `run ${runId}` : null];
  return parts.filter((part) => part !== null).join(' · ');
}

/**
 * One check per result and port that provides the message's contract, with the status as sent:
 * `error` (could not run) and `skip` stay so and never count as failures.
 */
export function observeOors(
  message: OorsMessage,
  directory: PortDirectory,
  contracts: ReadonlyMap<string, OdcsContract>,
): { observations: Observation[]; unmatched: UnmatchedObservation[] } {
  const sourceName = describeSource(message);
  const { contractId } = message.contract;
  const ports = directory.findByContract(contractId);
  if (ports.length === 0) {
    return {
      observations: [],
      unmatched: [
        {
          source: 'oors',
          reference: `contract ${contractId}`,
          reason: directory.explainContractMiss(contractId),
          observedAt: message.observedAt,
          sourceName,
        },
      ],
    };
  }
  const contract = contracts.get(contractId);
  const rules = contract ? contractRules(contract) : [];
  const observations: Observation[] = [];
  const seen = new Set<string>();
  for (const port of ports) {
    message.results.forEach((result, index) => {
      const rule = ruleOfResult(rules, result);
      const value = result.measure?.value ?? null;
      const threshold = result.measure?.threshold;
      const measured =
        value !== null && threshold && Object.keys(threshold).length > 0
          ? thresholdMessage({ ...threshold, unit: result.measure?.unit ?? undefined }, value)
          : null;
      let key = `oors:${message.id}:${result.id}@${port.productId}/${port.portName}`;
      if (seen.has(key)) key = `${key}#${index}`;
      seen.add(key);
      observations.push({
        key,
        productId: port.productId,
        portName: port.portName,
        contractId: port.contractId,
        kind: 'check',
        status: result.status,
        observedAt: message.observedAt,
        source: 'oors',
        sourceName,
        runId: message.source.runId,
        ruleId: rule?.ruleId ?? null,
        checkName: result.name ?? result.id,
        dimension: result.dimension ?? rule?.rule.dimension ?? null,
        message: result.message ?? messageText(measured),
        value,
      });
    });
  }
  return { observations, unmatched: [] };
}
