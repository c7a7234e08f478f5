/**
 * OpenLineage run events (what Marquez's `POST /api/v1/lineage` takes) read into observations of
 * output ports: a finished run is an update of the ports it wrote, a failed one a failed update,
 * assertions and tests are checks, and a job that writes one product's port while reading
 * another's shows a read the products may not have declared.
 */
import type {
  DatasetName,
  Observation,
  ObservationStatus,
  ObservedRead,
  PayloadProblem,
  PortRef,
  UnmatchedObservation,
} from './observation';
import type { OdcsContract } from '../standards/odcs';
import type { PortDirectory, PortMatch } from './port-directory';
import { datasetKey, describeDataset } from './dataset-names';
import {
  childPath,
  describeType,
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
  meetsThreshold,
  metricOfTest,
  onlyRuleFor,
  ruleByReference,
  rulesAt,
  rulesMeasuring,
  thresholdMessage,
  type ContractRule,
} from './rule-matching';

export const eventTypes = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] as const;
export type OpenLineageEventType = (typeof eventTypes)[number];

/** Events in one batch at most: a bigger one is refused whole, not cut. */
export const maxBatchEvents = 1000;

export interface OpenLineageDataset extends DatasetName {
  facets: JsonObject;
  /** `inputFacets` of an input, `outputFacets` of an output. */
  ioFacets: JsonObject;
}

/** A received event, checked; DatasetEvents and JobEvents have no `run`. */
export interface OpenLineageEvent {
  /** UTC ISO 8601. */
  eventTime: string;
  eventType: OpenLineageEventType | null;
  producer: string | null;
  run?: { runId: string; facets: JsonObject };
  job?: { namespace: string; name: string; facets: JsonObject };
  dataset?: DatasetName;
  inputs: OpenLineageDataset[];
  outputs: OpenLineageDataset[];
}

export type ParsedOpenLineage =
  { ok: true; events: OpenLineageEvent[] } | { ok: false; problems: PayloadProblem[] };

function readFacets(
  holder: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
): JsonObject {
  const facets = readObject(holder, key, path, problems);
  if (!facets) return {};
  for (const [name, facet] of Object.entries(facets)) {
    if (facet !== null && !isObject(facet)) {
      problems.add(childPath(childPath(path, key), name), 'must be an object (a facet)');
    }
  }
  return facets;
}

function checkAssertions(facets: JsonObject, path: string, problems: ProblemList): void {
  const facet = facets.dataQualityAssertions;
  if (!isObject(facet)) return;
  const where = childPath(path, 'dataQualityAssertions');
  const assertions = readArray(facet, 'assertions', where, problems, { required: true });
  assertions?.forEach((assertion, index) => {
    const at = childPath(childPath(where, 'assertions'), index);
    if (!isObject(assertion)) {
      problems.add(at, 'must be an object with assertion and success');
      return;
    }
    readString(assertion, 'assertion', at, problems, { required: true, max: 500 });
    if (typeof assertion.success !== 'boolean') {
      problems.add(childPath(at, 'success'), 'must be true or false');
    }
    readString(assertion, 'column', at, problems, { max: 500 });
  });
}

function checkMetrics(facets: JsonObject, path: string, problems: ProblemList): void {
  const facet = facets.dataQualityMetrics;
  if (!isObject(facet)) return;
  const where = childPath(path, 'dataQualityMetrics');
  if (
    facet.rowCount !== undefined &&
    facet.rowCount !== null &&
    numberValue(facet.rowCount) === null
  ) {
    problems.add(childPath(where, 'rowCount'), 'must be a number');
  }
  readObject(facet, 'columnMetrics', where, problems);
}

function readDataset(
  value: unknown,
  path: string,
  ioKey: 'inputFacets' | 'outputFacets',
  problems: ProblemList,
): OpenLineageDataset | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object with namespace and name');
    return undefined;
  }
  const namespace = readString(value, 'namespace', path, problems, { required: true });
  const name = readString(value, 'name', path, problems, { required: true });
  const facets = readFacets(value, 'facets', path, problems);
  const ioFacets = readFacets(value, ioKey, path, problems);
  checkAssertions(facets, childPath(path, 'facets'), problems);
  checkAssertions(ioFacets, childPath(path, ioKey), problems);
  checkMetrics(facets, childPath(path, 'facets'), problems);
  checkMetrics(ioFacets, childPath(path, ioKey), problems);
  if (namespace === undefined || name === undefined) return undefined;
  return { namespace, name, facets, ioFacets };
}

function readDatasets(
  event: JsonObject,
  key: 'inputs' | 'outputs',
  path: string,
  problems: ProblemList,
): OpenLineageDataset[] {
  const items = readArray(event, key, path, problems) ?? [];
  const ioKey = key === 'inputs' ? 'inputFacets' : 'outputFacets';
  return items
    .map((item, index) =>
      readDataset(item, childPath(childPath(path, key), index), ioKey, problems),
    )
    .filter((item) => item !== undefined);
}

function readJob(event: JsonObject, path: string, problems: ProblemList) {
  const job = readObject(event, 'job', path, problems, true);
  if (!job) return undefined;
  const where = childPath(path, 'job');
  const namespace = readString(job, 'namespace', where, problems, { required: true, max: 1024 });
  const name = readString(job, 'name', where, problems, { required: true, max: 1024 });
  const facets = readFacets(job, 'facets', where, problems);
  return namespace === undefined || name === undefined ? undefined : { namespace, name, facets };
}

function checkRunFacets(facets: JsonObject, path: string, problems: ProblemList): void {
  const where = childPath(path, 'facets');
  const test = facets.test;
  if (isObject(test)) {
    const testPath = childPath(where, 'test');
    const tests = readArray(test, 'tests', testPath, problems, { required: true });
    tests?.forEach((item, index) => {
      const at = childPath(childPath(testPath, 'tests'), index);
      if (!isObject(item)) {
        problems.add(at, 'must be an object with name and status');
        return;
      }
      readString(item, 'name', at, problems, { required: true, max: 500 });
      const status = readString(item, 'status', at, problems, { required: true, max: 40 });
      if (status !== undefined && testStatus(status, undefined) === undefined) {
        problems.add(childPath(at, 'status'), 'must be one of pass, fail, skip');
      }
    });
  }
}

function readEvent(
  value: unknown,
  path: string,
  problems: ProblemList,
): OpenLineageEvent | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object (an OpenLineage event)');
    return undefined;
  }
  const before = problems.items.length;
  const eventTime = readDateTime(value, 'eventTime', path, problems);
  const eventType = readEnum(value, 'eventType', path, problems, eventTypes);
  const producer = readString(value, 'producer', path, problems) ?? null;
  const isRun = 'run' in value || 'eventType' in value;
  let run: OpenLineageEvent['run'];
  let job: OpenLineageEvent['job'];
  let dataset: DatasetName | undefined;
  if (isRun) {
    const runObject = readObject(value, 'run', path, problems, true);
    if (runObject) {
      const where = childPath(path, 'run');
      const runId = readString(runObject, 'runId', where, problems, { required: true, max: 256 });
      const facets = readFacets(runObject, 'facets', where, problems);
      checkRunFacets(facets, where, problems);
      if (runId !== undefined) run = { runId, facets };
    }
    job = readJob(value, path, problems);
  } else if ('job' in value) {
    job = readJob(value, path, problems);
  } else if ('dataset' in value) {
    const read = readDataset(value.dataset, childPath(path, 'dataset'), 'inputFacets', problems);
    if (read) dataset = { namespace: read.namespace, name: read.name };
  } else {
    problems.add(
      path,
      'must be a run event (with run and job), a job event (with job) or a dataset event (with dataset)',
    );
  }
  const inputs = readDatasets(value, 'inputs', path, problems);
  const outputs = readDatasets(value, 'outputs', path, problems);
  if (problems.items.length !== before || eventTime === undefined) return undefined;
  const event: OpenLineageEvent = {
    eventTime,
    eventType: eventType ?? null,
    producer,
    inputs,
    outputs,
  };
  if (run) event.run = run;
  if (job) event.job = job;
  if (dataset) event.dataset = dataset;
  return event;
}

/**
 * Checks a received body: one event, or (`batch`) an array of at most 1,000. Every problem names
 * where it is (`[3].run.runId`), so the sender can be fixed; nothing is taken from a body with
 * problems. Checked as far as Meshport relies on it: times, ids, dataset names and the facets it
 * reads; other facets are passed over as the spec allows.
 */
export function parseOpenLineage(body: unknown, { batch }: { batch: boolean }): ParsedOpenLineage {
  const problems = new ProblemList();
  const events: OpenLineageEvent[] = [];
  if (batch) {
    if (!Array.isArray(body)) {
      problems.add(
        '(body)',
        `must be an array of OpenLineage events, not ${isObject(body) ? 'one event' : describeType(body)}`,
      );
    } else if (body.length > maxBatchEvents) {
      problems.add(
        '(body)',
        `a batch holds at most ${maxBatchEvents.toLocaleString('en-US')} events; this one has ${body.length.toLocaleString('en-US')}: send it in smaller batches`,
      );
    } else {
      body.forEach((item, index) => {
        const event = readEvent(item, `[${index}]`, problems);
        if (event) events.push(event);
      });
    }
  } else if (Array.isArray(body)) {
    problems.add(
      '(body)',
      'must be one OpenLineage event (an object); send arrays to the batch endpoint',
    );
  } else {
    const event = readEvent(body, '', problems);
    if (event) events.push(event);
  }
  return problems.empty ? { ok: true, events } : { ok: false, problems: problems.list() };
}

function testStatus(status: string, severity: unknown): ObservationStatus | undefined {
  const word = status.trim().toLowerCase();
  if (['pass', 'passed', 'success'].includes(word)) return 'pass';
  if (['fail', 'failed', 'failure'].includes(word)) {
    return typeof severity === 'string' && severity.toLowerCase().startsWith('warn')
      ? 'warn'
      : 'fail';
  }
  if (['skip', 'skipped'].includes(word)) return 'skip';
  if (['warn', 'warning'].includes(word)) return 'warn';
  if (word === 'error') return 'error';
  return undefined;
}

export interface OpenLineageObserved {
  observations: Observation[];
  unmatched: UnmatchedObservation[];
  reads: ObservedRead[];
  /** Ports each run's START or RUNNING events named, for the caller to remember for its end. */
  runPorts: Map<string, PortRef[]>;
}

type RunEvent = OpenLineageEvent & {
  run: NonNullable<OpenLineageEvent['run']>;
  job: NonNullable<OpenLineageEvent['job']>;
};

const isRunEvent = (event: OpenLineageEvent): event is RunEvent =>
  event.run !== undefined && event.job !== undefined;

const dimensionOfMetric: Record<string, string> = {
  nullValues: 'completeness',
  missingValues: 'completeness',
  rowCount: 'completeness',
  duplicateValues: 'uniqueness',
  invalidValues: 'conformity',
};

const portSuffix = (port: PortRef) => `@${port.productId}/${port.portName}`;

interface Assertion {
  assertion: string;
  success: boolean;
  column: string | null;
  name: string | null;
  severity: string | null;
  expected: unknown;
  actual: unknown;
  description: string | null;
}

/** The assertions of a dataset, from its dataset facets and its input or output facets. */
function assertionsOf(dataset: OpenLineageDataset): Assertion[] {
  const found: Assertion[] = [];
  for (const facets of [dataset.facets, dataset.ioFacets]) {
    const facet = facets.dataQualityAssertions;
    if (!isObject(facet) || !Array.isArray(facet.assertions)) continue;
    for (const item of facet.assertions as unknown[]) {
      if (!isObject(item) || typeof item.assertion !== 'string') continue;
      found.push({
        assertion: item.assertion,
        success: item.success === true,
        column: typeof item.column === 'string' && item.column !== '' ? item.column : null,
        name: typeof item.name === 'string' && item.name !== '' ? item.name : null,
        severity: typeof item.severity === 'string' ? item.severity : null,
        expected: item.expected,
        actual: item.actual,
        description: typeof item.description === 'string' ? item.description : null,
      });
    }
  }
  return found;
}

function metricsOf(dataset: OpenLineageDataset): JsonObject[] {
  return [dataset.facets.dataQualityMetrics, dataset.ioFacets.dataQualityMetrics].filter(isObject);
}

function assertionMessage(assertion: Assertion): string | null {
  const parts: string[] = [];
  if (assertion.description) parts.push(assertion.description);
  const shown = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const actual = shown(assertion.actual);
  const expected = shown(assertion.expected);
  if (actual !== undefined) parts.push(`actual ${actual}`);
  if (expected !== undefined) parts.push(`expected ${expected}`);
  return messageText(parts.join('; '));
}

/** The rule an assertion measures: by its name, else by its kind on the same column. */
function ruleOfAssertion(
  rules: readonly ContractRule[],
  object: string | undefined,
  assertion: Assertion,
) {
  const onObject = rulesAt(rules, object, null).concat(
    rules.filter(
      (r) => r.column !== null && (object === undefined || r.objectNames.has(object.toLowerCase())),
    ),
  );
  const byName =
    ruleByReference(onObject, assertion.name) ?? ruleByReference(onObject, assertion.assertion);
  if (byName) return byName;
  const here = rulesAt(rules, object, assertion.column);
  const byMetric = onlyRuleFor(here, metricOfTest(assertion.assertion));
  if (byMetric) return byMetric;
  const byRuleText = here.filter(
    (r) => r.rule.rule === assertion.assertion || r.rule.implementation === assertion.assertion,
  );
  return byRuleText.length === 1 ? byRuleText[0] : undefined;
}

/**
 * Reads checked events into observations. `knownRunPorts` are the ports earlier START or
 * RUNNING events of these runs named (remembered by the caller), for FAIL and ABORT events that
 * name no outputs, as dbt's do. Keys derive from the sender's ids, so the same event twice gives
 * the same observations.
 */
export function observeOpenLineage(
  events: readonly OpenLineageEvent[],
  directory: PortDirectory,
  knownRunPorts: ReadonlyMap<string, PortRef[]>,
  contracts: ReadonlyMap<string, OdcsContract>,
): OpenLineageObserved {
  const observations: Observation[] = [];
  const unmatched: UnmatchedObservation[] = [];
  const reads: ObservedRead[] = [];
  const runPorts = new Map<string, PortRef[]>();
  const seenKeys = new Set<string>();
  const seenUnmatched = new Set<string>();
  const seenReads = new Set<string>();
  const runEvents = events.filter(isRunEvent);

  const addPort = (runId: string, port: PortRef) => {
    const ports = runPorts.get(runId) ?? [];
    if (!ports.some((p) => p.productId === port.productId && p.portName === port.portName)) {
      ports.push({ productId: port.productId, portName: port.portName });
    }
    runPorts.set(runId, ports);
  };
  for (const event of runEvents) {
    if (event.eventType !== 'START' && event.eventType !== 'RUNNING') continue;
    for (const output of event.outputs) {
      for (const match of directory.findByDataset(output)) addPort(event.run.runId, match);
    }
  }

  const contractIdOf = (port: PortRef) =>
    directory.product(port.productId)?.outputPorts.find((p) => p.name === port.portName)
      ?.contractId ?? null;

  for (const event of runEvents) {
    const { runId } = event.run;
    const eventType = event.eventType ?? 'OTHER';
    const sourceName = `${event.job.namespace}/${event.job.name}`;
    const observedAt = event.eventTime;
    const base = { source: 'openlineage' as const, sourceName, runId, observedAt };
    const push = (observation: Observation) => {
      let { key } = observation;
      // Two assertions alike in every named part still count as two.
      for (let n = 2; seenKeys.has(key); n += 1) key = `${observation.key}#${n}`;
      seenKeys.add(key);
      observations.push({ ...observation, key });
    };
    const miss = (reference: string, reason: string) => {
      const id = `${reference}\u0000${reason}`;
      if (seenUnmatched.has(id)) return;
      seenUnmatched.add(id);
      unmatched.push({ source: 'openlineage', reference, reason, observedAt, sourceName });
    };
    const check = (
      port: PortMatch | (PortRef & { contractId: string | null }),
      key: string,
      fields: Pick<
        Observation,
        'status' | 'ruleId' | 'checkName' | 'dimension' | 'message' | 'value'
      >,
    ) =>
      push({
        ...base,
        ...fields,
        key: key + portSuffix(port),
        productId: port.productId,
        portName: port.portName,
        contractId: port.contractId,
        kind: 'check',
      });

    const outputs = event.outputs.map((dataset) => ({
      dataset,
      matches: directory.findByDataset(dataset),
    }));
    const inputs = event.inputs.map((dataset) => ({
      dataset,
      matches: directory.findByDataset(dataset),
    }));

    // Updates: what the run wrote, or failed to write.
    // A test job (dbt's `jobType: TEST`) writes only its audit table; its verdict is the checks.
    const jobType = event.job.facets.jobType;
    const testJob = isObject(jobType) && String(jobType.jobType).toUpperCase() === 'TEST';
    // A streaming job never completes: each RUNNING event that names its outputs says it is
    // still writing them, so it counts as an update (batch jobs' RUNNING events do not).
    const streaming =
      isObject(jobType) && String(jobType.processingType).toUpperCase() === 'STREAMING';
    const heartbeat = streaming && eventType === 'RUNNING' && event.outputs.length > 0;
    const terminal =
      eventType === 'COMPLETE' || eventType === 'FAIL' || eventType === 'ABORT' || heartbeat;
    const runError = event.run.facets.errorMessage;
    const runErrorText = messageText(isObject(runError) ? runError.message : undefined);
    if (terminal && !testJob) {
      const failed = eventType === 'FAIL' || eventType === 'ABORT';
      const message = failed
        ? (runErrorText ?? (eventType === 'ABORT' ? 'The run was aborted' : 'The run failed'))
        : null;
      const update = (port: PortRef, contractId: string | null, key: string) =>
        push({
          ...base,
          key: key + portSuffix(port),
          productId: port.productId,
          portName: port.portName,
          contractId,
          kind: 'update',
          status: failed ? 'fail' : 'pass',
          ruleId: null,
          checkName: null,
          dimension: null,
          message,
          value: null,
        });
      // One update per port and event, however many of its tables the run wrote: a run that
      // loads twelve tables of a port updated the port once.
      const updated = new Set<string>();
      for (const { dataset, matches } of outputs) {
        if (matches.length === 0) miss(describeDataset(dataset), directory.explainMiss(dataset));
        for (const match of matches) {
          if (updated.has(portSuffix(match))) continue;
          updated.add(portSuffix(match));
          const at = heartbeat ? `${observedAt}:` : '';
          update(match, match.contractId, `ol:${runId}:${eventType}:${at}port`);
        }
      }
      if (failed && event.outputs.length === 0) {
        const named = [...(runPorts.get(runId) ?? []), ...(knownRunPorts.get(runId) ?? [])];
        const done = new Set<string>();
        for (const port of named) {
          const id = portSuffix(port);
          if (done.has(id)) continue;
          done.add(id);
          update(port, contractIdOf(port), `ol:${runId}:${eventType}:port`);
        }
      }
    }

    // Checks: assertions and measured metrics of each dataset.
    for (const { dataset, matches } of [...inputs, ...outputs]) {
      const assertions = assertionsOf(dataset);
      const key = datasetKey(dataset);
      if (assertions.length > 0 && matches.length === 0) {
        miss(
          describeDataset(dataset),
          `${directory.explainMiss(dataset)} (${assertions.length} assertion${assertions.length === 1 ? '' : 's'} not recorded)`,
        );
      }
      for (const match of matches) {
        const contract = contracts.get(match.contractId);
        const rules = contract ? contractRules(contract) : [];
        for (const assertion of assertions) {
          const rule = ruleOfAssertion(rules, match.schemaObject, assertion);
          const failedStatus = assertion.severity?.toLowerCase().startsWith('warn')
            ? 'warn'
            : 'fail';
          const label = assertion.name ?? assertion.assertion;
          check(match, `ol:${runId}:assert:${key}:${label}:${assertion.column ?? ''}`, {
            status: assertion.success ? 'pass' : failedStatus,
            ruleId: rule?.ruleId ?? null,
            checkName: assertion.column ? `${label} (${assertion.column})` : label,
            dimension:
              rule?.rule.dimension ??
              dimensionOfMetric[metricOfTest(assertion.assertion) ?? ''] ??
              null,
            message:
              assertionMessage(assertion) ??
              (assertion.success || eventType !== 'FAIL' ? null : runErrorText),
            value: numberValue(assertion.actual),
          });
        }
        for (const metrics of metricsOf(dataset)) {
          observeMetrics(metrics, rules, match, (ruleKey, fields) =>
            check(match, `ol:${runId}:metric:${key}:${ruleKey}`, fields),
          );
        }
      }
    }

    // Tests of the run: for the ports it writes, else those it reads (a test job reads the
    // table it tests), else those its start named.
    const tests = isObject(event.run.facets.test) ? event.run.facets.test.tests : undefined;
    if (Array.isArray(tests) && tests.length > 0) {
      const written = outputs.flatMap((o) => o.matches);
      const read = inputs.flatMap((i) => i.matches);
      const remembered = [...(runPorts.get(runId) ?? []), ...(knownRunPorts.get(runId) ?? [])].map(
        (port) => ({ ...port, contractId: contractIdOf(port) }),
      );
      const ports = written.length > 0 ? written : read.length > 0 ? read : remembered;
      if (ports.length === 0) {
        miss(
          `${sourceName} run ${runId}`,
          `The run's ${tests.length} test result${tests.length === 1 ? '' : 's'} name no dataset, and the run reads or writes no port's dataset`,
        );
      }
      const done = new Set<string>();
      for (const port of ports) {
        if (done.has(portSuffix(port))) continue;
        done.add(portSuffix(port));
        const contract = port.contractId ? contracts.get(port.contractId) : undefined;
        const rules = contract ? contractRules(contract) : [];
        for (const test of tests as unknown[]) {
          if (!isObject(test) || typeof test.name !== 'string' || typeof test.status !== 'string')
            continue;
          const rule = ruleByReference(rules, test.name);
          const parts = [
            typeof test.description === 'string' ? test.description : '',
            typeof test.actual === 'string' ? `actual ${test.actual}` : '',
            typeof test.expected === 'string' ? `expected ${test.expected}` : '',
          ].filter((part) => part !== '');
          check(port, `ol:${runId}:test:${test.name}`, {
            status: testStatus(test.status, test.severity) ?? 'skip',
            ruleId: rule?.ruleId ?? null,
            checkName: test.name,
            dimension:
              rule?.rule.dimension ??
              dimensionOfMetric[
                metricOfTest(typeof test.type === 'string' ? test.type : test.name) ?? ''
              ] ??
              null,
            message: messageText(parts.join('; ')),
            value: numberValue(test.actual),
          });
        }
      }
    }

    // Reads: a job writing one product's port that reads another product's port.
    const writers = new Set(outputs.flatMap((o) => o.matches.map((m) => m.productId)));
    for (const { dataset, matches } of inputs) {
      for (const match of matches) {
        for (const reader of writers) {
          if (reader === match.productId) continue;
          const id = [reader, match.productId, match.portName, datasetKey(dataset)].join('\u0000');
          if (seenReads.has(id)) continue;
          seenReads.add(id);
          reads.push({
            readerProductId: reader,
            source: {
              productId: match.productId,
              portName: match.portName,
              contractId: match.contractId,
            },
            dataset: { namespace: dataset.namespace, name: dataset.name },
            jobName: sourceName,
            observedAt,
          });
        }
      }
    }
  }
  return { observations, unmatched, reads, runPorts };
}

type CheckFields = Pick<
  Observation,
  'status' | 'ruleId' | 'checkName' | 'dimension' | 'message' | 'value'
>;

/**
 * Metrics a producer measured (`dataQualityMetrics`), judged against the rules of the dataset
 * that state a threshold for them: the row count against `rowCount` rules, null counts and
 * duplicates of a column against its `nullValues` and `duplicateValues` rules. A metric no rule
 * asks for says nothing about the promise, so it gives no check.
 */
function observeMetrics(
  metrics: JsonObject,
  rules: readonly ContractRule[],
  match: PortMatch,
  emit: (ruleKey: string, fields: CheckFields) => void,
): void {
  const rowCount = numberValue(metrics.rowCount);
  const judge = (rule: ContractRule, value: number, metric: string, column: string | null) => {
    const met = meetsThreshold(rule.rule, value);
    if (met === undefined) return;
    emit(rule.ruleId ?? `${metric}:${column ?? ''}`, {
      status: met ? 'pass' : 'fail',
      ruleId: rule.ruleId,
      checkName: column ? `${metric} (${column})` : metric,
      dimension: rule.rule.dimension ?? dimensionOfMetric[metric] ?? null,
      message: messageText(thresholdMessage(rule.rule, value)),
      value,
    });
  };
  const percentOf = (rule: ContractRule, count: number, total: number | null) => {
    const unit = rule.rule.unit?.toLowerCase();
    if (unit === undefined || !['%', 'percent', 'percentage', 'pct'].includes(unit)) return count;
    return total !== null && total > 0 ? (count / total) * 100 : undefined;
  };
  if (rowCount !== null) {
    for (const rule of rulesMeasuring(rulesAt(rules, match.schemaObject, null), 'rowCount')) {
      judge(rule, rowCount, 'rowCount', null);
    }
  }
  const columns = isObject(metrics.columnMetrics) ? metrics.columnMetrics : {};
  for (const [column, values] of Object.entries(columns)) {
    if (!isObject(values)) continue;
    const here = rulesAt(rules, match.schemaObject, column);
    if (here.length === 0) continue;
    const nulls = numberValue(values.nullCount);
    const distinct = numberValue(values.distinctCount);
    const count =
      numberValue(values.count) ?? (rowCount !== null && nulls !== null ? rowCount - nulls : null);
    if (nulls !== null) {
      for (const rule of rulesMeasuring(here, 'nullValues')) {
        const value = percentOf(rule, nulls, rowCount);
        if (value !== undefined) judge(rule, value, 'nullValues', column);
      }
    }
    if (distinct !== null && count !== null) {
      for (const rule of rulesMeasuring(here, 'duplicateValues')) {
        const value = percentOf(rule, Math.max(0, count - distinct), count);
        if (value !== undefined) judge(rule, value, 'duplicateValues', column);
      }
    }
  }
}
