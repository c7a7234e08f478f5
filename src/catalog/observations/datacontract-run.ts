/**
 * datacontract-cli test runs (what `datacontract test --publish URL` POSTs) read into checks of
 * the output ports that provide the tested contract.
 */
import type {
  Observation,
  ObservationStatus,
  PayloadProblem,
  UnmatchedObservation,
} from './observation';
import type { OdcsContract } from '../standards/odcs';
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
  type JsonObject,
} from './payload-reader';
import {
  contractRules,
  metricOfTest,
  onlyRuleFor,
  ruleByReference,
  rulesAt,
  type ContractRule,
} from './rule-matching';

export const checkResults = [
  'passed',
  'warning',
  'failed',
  'error',
  'info',
  'skipped',
  'unknown',
] as const;
export type CheckResult = (typeof checkResults)[number];

export const checkCategories = ['schema', 'quality', 'servicelevel', 'custom'] as const;
export type CheckCategory = (typeof checkCategories)[number];

export interface DatacontractCheck {
  id: string | null;
  key: string | null;
  category: CheckCategory | null;
  type: string | null;
  name: string | null;
  model: string | null;
  field: string | null;
  qualityId: string | null;
  result: CheckResult;
  reason: string | null;
  diagnostics: JsonObject | null;
}

export interface DatacontractRun {
  runId: string;
  cliVersion: string | null;
  dataContractId: string;
  dataContractVersion: string | null;
  dataProductId: string | null;
  outputPortId: string | null;
  server: string | null;
  /** UTC ISO 8601. */
  timestampStart: string;
  timestampEnd: string | null;
  result: CheckResult | null;
  checks: DatacontractCheck[];
}

export type ParsedDatacontractRun =
  { ok: true; run: DatacontractRun } | { ok: false; problems: PayloadProblem[] };

/** More checks than this are not one contract's test run. */
const maxChecks = 10_000;

function readCheck(
  value: unknown,
  path: string,
  problems: ProblemList,
): DatacontractCheck | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object (a check)');
    return undefined;
  }
  const id = readString(value, 'id', path, problems, { max: 256 }) ?? null;
  const key = readString(value, 'key', path, problems, { max: 500 }) ?? null;
  const category = readEnum(value, 'category', path, problems, checkCategories) ?? null;
  const type = readString(value, 'type', path, problems, { max: 500 }) ?? null;
  const name = readString(value, 'name', path, problems, { max: 2000 }) ?? null;
  const model = readString(value, 'model', path, problems, { max: 1000 }) ?? null;
  const field = readString(value, 'field', path, problems, { max: 1000 }) ?? null;
  const qualityId =
    readString(value, 'qualityId', path, problems, { max: 500 }) ??
    readString(value, 'quality_id', path, problems, { max: 500 }) ??
    null;
  const result = readEnum(value, 'result', path, problems, checkResults, true);
  const reasonValue = value.reason;
  if (reasonValue !== undefined && reasonValue !== null && typeof reasonValue !== 'string') {
    problems.add(childPath(path, 'reason'), 'must be a string');
  }
  const diagnostics = readObject(value, 'diagnostics', path, problems) ?? null;
  if (result === undefined) return undefined;
  return {
    id,
    key,
    category,
    type,
    name,
    model,
    field,
    qualityId,
    result,
    reason: messageText(reasonValue),
    diagnostics,
  };
}

/**
 * Checks a datacontract-cli run: its ids, times and each check's result, every problem naming
 * its field (`checks[1].result`). Fields Meshport does not read (logs, samples) are passed over.
 */
export function parseDatacontractRun(body: unknown): ParsedDatacontractRun {
  const problems = new ProblemList();
  if (!isObject(body)) {
    problems.add('(body)', 'must be an object (a datacontract-cli test run)');
    return { ok: false, problems: problems.list() };
  }
  const runId = readString(body, 'runId', '', problems, { required: true, max: 256 });
  const cliVersion = readString(body, 'datacontractCliVersion', '', problems, { max: 100 }) ?? null;
  const dataContractId = readString(body, 'dataContractId', '', problems, {
    required: true,
    max: 500,
  });
  const dataContractVersion =
    readString(body, 'dataContractVersion', '', problems, { max: 100 }) ?? null;
  const dataProductId = readString(body, 'dataProductId', '', problems, { max: 500 }) ?? null;
  const outputPortId = readString(body, 'outputPortId', '', problems, { max: 500 }) ?? null;
  const server = readString(body, 'server', '', problems, { max: 500 }) ?? null;
  const timestampStart = readDateTime(body, 'timestampStart', '', problems);
  const timestampEnd = readDateTime(body, 'timestampEnd', '', problems, false) ?? null;
  const result = readEnum(body, 'result', '', problems, checkResults) ?? null;
  const items = readArray(body, 'checks', '', problems, { required: true, max: maxChecks }) ?? [];
  const checks = items
    .map((item, index) => readCheck(item, childPath('checks', index), problems))
    .filter((check) => check !== undefined);
  if (!problems.empty || runId === undefined || dataContractId === undefined || !timestampStart) {
    return { ok: false, problems: problems.list() };
  }
  return {
    ok: true,
    run: {
      runId,
      cliVersion,
      dataContractId,
      dataContractVersion,
      dataProductId,
      outputPortId,
      server,
      timestampStart,
      timestampEnd,
      result,
      checks,
    },
  };
}

const statusOf: Record<CheckResult, ObservationStatus> = {
  passed: 'pass',
  warning: 'warn',
  failed: 'fail',
  error: 'error',
  skipped: 'skip',
  info: 'skip',
  unknown: 'skip',
};

const dimensionOfMetric: Record<string, string> = {
  nullValues: 'completeness',
  rowCount: 'completeness',
  duplicateValues: 'uniqueness',
  invalidValues: 'conformity',
};

/**
 * The rule a check measures: by its quality id, else the only rule on its model and field, else
 * the only one there measuring the metric its type names.
 */
function ruleOfCheck(rules: readonly ContractRule[], check: DatacontractCheck) {
  if (check.category === 'schema' || check.category === 'servicelevel') return undefined;
  const byId = check.qualityId
    ? (rules.find((r) => r.rule.id === check.qualityId) ?? ruleByReference(rules, check.qualityId))
    : undefined;
  if (byId || check.model === null) return byId;
  const here = rulesAt(rules, check.model, check.field);
  if (here.length === 1) return here[0];
  // Several rules there: the one measuring what the check's type tests (`row_count` → rowCount).
  const metric = metricOfTest(check.type);
  return metric ? onlyRuleFor(here, metric) : undefined;
}

function dimensionOf(check: DatacontractCheck, rule: ContractRule | undefined): string | null {
  if (check.category === 'schema') return 'conformity';
  if (check.category === 'servicelevel') return 'timeliness';
  return rule?.rule.dimension ?? dimensionOfMetric[metricOfTest(check.type) ?? ''] ?? null;
}

/**
 * One check observation per check and port that provides the run's contract (narrowed to the
 * run's product and port when it names them). A contract no port provides is unmatched.
 */
export function observeDatacontractRun(
  run: DatacontractRun,
  directory: PortDirectory,
  contracts: ReadonlyMap<string, OdcsContract>,
): { observations: Observation[]; unmatched: UnmatchedObservation[] } {
  const observedAt = run.timestampEnd ?? run.timestampStart;
  const sourceName = [
    run.cliVersion ? `datacontract-cli ${run.cliVersion}` : 'datacontract-cli',
    ...(run.server ? [`server ${run.server}`] : []),
  ].join(' · ');
  const ports = directory
    .findByContract(run.dataContractId)
    .filter((port) => run.dataProductId === null || port.productId === run.dataProductId)
    .filter((port) => run.outputPortId === null || port.portName === run.outputPortId);
  if (ports.length === 0) {
    const narrowed = run.dataProductId !== null || run.outputPortId !== null;
    const any = directory.findByContract(run.dataContractId).length > 0;
    const reason =
      narrowed && any
        ? `Contract ${run.dataContractId} is provided, but not by ${[
            run.dataProductId && `product ${run.dataProductId}`,
            run.outputPortId && `output port ${run.outputPortId}`,
          ]
            .filter(Boolean)
            .join(', ')}`
        : directory.explainContractMiss(run.dataContractId);
    return {
      observations: [],
      unmatched: [
        {
          source: 'datacontract-cli',
          reference: `contract ${run.dataContractId}`,
          reason,
          observedAt,
          sourceName,
        },
      ],
    };
  }
  const contract = contracts.get(run.dataContractId);
  const rules = contract ? contractRules(contract) : [];
  const observations: Observation[] = [];
  const seen = new Set<string>();
  for (const port of ports) {
    run.checks.forEach((check, index) => {
      const rule = ruleOfCheck(rules, check);
      let key = `dcc:${run.runId}:${check.id ?? check.key ?? `#${index}`}@${port.productId}/${port.portName}`;
      if (seen.has(key)) key = `${key}#${index}`;
      seen.add(key);
      observations.push({
        key,
        productId: port.productId,
        portName: port.portName,
        contractId: port.contractId,
        kind: 'check',
        status: statusOf[check.result],
        observedAt,
        source: 'datacontract-cli',
        sourceName,
        runId: run.runId,
        ruleId: rule?.ruleId ?? null,
        checkName: check.name ?? check.key ?? check.type,
        dimension: dimensionOf(check, rule),
        message: check.reason,
        value: numberValue(check.diagnostics?.value),
      });
    });
  }
  return { observations, unmatched: [] };
}
