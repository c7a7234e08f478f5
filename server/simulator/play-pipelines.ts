/**
 * Plays planned pipelines over a stretch of time and writes what their tools would send:
 * OpenLineage run events for every job run (START and FAIL for failures, COMPLETE for
 * successes, RUNNING heartbeats for streams), a datacontract-cli test run per contract and day,
 * and OORS lag metrics from a stream monitor. Deterministic: the same plan and times give the
 * same payloads, so replaying a stretch sends nothing new.
 */
import type { PlannedPort, Scenario } from './plan-pipelines';
import { simulatorTime } from './plan-pipelines';

const { minute, hour, day } = simulatorTime;

export interface Payload {
  /** When it is sent: the time of the last thing it reports. */
  at: number;
  path: '/api/v1/lineage/batch' | '/api/test-results' | '/api/observations';
  /** One OpenLineage event (gathered into batches by the sender), a test run, or an OORS message. */
  body: Record<string, unknown>;
  productId: string;
}

const producer = 'urn:meshport:simulator';
const runEventSchema = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent';

/** A small deterministic hash of text, for ids and for "random" jitter. */
function hash(text: string): number {
  let h = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const unit = (text: string) => hash(text) / 4294967296;

/** A UUID-shaped id derived from text, so a replayed run has the same id. */
function uuidOf(text: string): string {
  const hex = [0, 1, 2, 3].map((n) => hash(`${n}:${text}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isMonday = (ms: number) => new Date(ms).getUTCDay() === 1;

function job(port: PlannedPort, streaming = false) {
  return {
    namespace: `northwind.${port.domain}`,
    name: `${port.productId}.${port.portName}`,
    facets: {
      jobType: {
        _producer: producer,
        _schemaURL: 'https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json',
        processingType: streaming ? 'STREAMING' : 'BATCH',
        integration: streaming ? 'FLINK' : 'DBT',
        jobType: streaming ? 'JOB' : 'MODEL',
      },
    },
  };
}

function runEvent(
  port: PlannedPort,
  eventType: 'START' | 'RUNNING' | 'COMPLETE' | 'FAIL',
  at: number,
  runId: string,
  {
    outputs = true,
    message,
    streaming = false,
  }: { outputs?: boolean; message?: string; streaming?: boolean } = {},
): Payload {
  return {
    at,
    path: '/api/v1/lineage/batch',
    productId: port.productId,
    body: {
      eventType,
      eventTime: iso(at),
      producer,
      schemaURL: runEventSchema,
      run: {
        runId,
        ...(message
          ? {
              facets: {
                errorMessage: {
                  _producer: producer,
                  _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json',
                  message,
                  programmingLanguage: 'SQL',
                },
              },
            }
          : {}),
      },
      job: job(port, streaming),
      inputs: eventType === 'COMPLETE' || eventType === 'START' ? port.reads : [],
      outputs: outputs ? port.writes : [],
    },
  };
}

/** The finishing times of a port's runs in [from, to). */
function runTimes(port: PlannedPort, scenario: Scenario, from: number, to: number): number[] {
  const times: number[] = [];
  const { schedule } = port;
  if (schedule.kind === 'interval') {
    const first = Math.ceil(from / schedule.everyMs) * schedule.everyMs;
    for (let slot = first; slot < to; slot += schedule.everyMs) {
      times.push(slot + unit(`${port.portName}:${slot}`) * 0.05 * schedule.everyMs);
    }
    return times;
  }
  if (schedule.kind === 'stream') return times;
  for (let midnight = Math.floor(from / day) * day; midnight < to; midnight += day) {
    if (schedule.kind === 'weekly' && !isMonday(midnight)) continue;
    const readyBy = midnight + schedule.readyByMinuteUtc * minute;
    // Finishes 45 minutes before it is promised, every day at the same time, or late on Mondays
    // when that is its story.
    let at = readyBy - 45 * minute;
    if (scenario.lateOnMondaysMinutes && isMonday(midnight))
      at = readyBy + scenario.lateOnMondaysMinutes * minute;
    if (at >= from && at < to) times.push(at);
  }
  return times;
}

function testRun(port: PlannedPort, scenario: Scenario, at: number, broken: boolean): Payload {
  const dayKey = iso(at).slice(0, 10);
  const checks = port.checks.map((check, index) => {
    const key = check.qualityId ?? `${check.model}.${check.field ?? ''}`;
    const flaky =
      scenario.flakyCheck &&
      key.includes(scenario.flakyCheck.match) &&
      hash(`${port.productId}:${dayKey}`) % scenario.flakyCheck.every === 0;
    const result = flaky ? 'failed' : 'passed';
    return {
      id: uuidOf(`${port.contractId}:${dayKey}:${index}`),
      key: `${check.model}__${check.field ?? 'table'}__${check.type}`,
      category: 'quality',
      type: check.type,
      name: check.name,
      model: check.model,
      field: check.field,
      ...(check.qualityId ? { qualityId: check.qualityId, quality_id: check.qualityId } : {}),
      engine: 'soda-core',
      result,
      reason: flaky ? `${check.name}: ${1 + (hash(dayKey) % 40)} rows do not meet the rule` : null,
    };
  });
  const worst = checks.some((check) => check.result === 'failed') ? 'failed' : 'passed';
  return {
    at,
    path: '/api/test-results',
    productId: port.productId,
    body: {
      runId: uuidOf(`test:${port.contractId}:${dayKey}`),
      datacontractCliVersion: '1.0.1',
      dataContractId: port.contractId,
      dataContractVersion: null,
      dataProductId: port.productId,
      outputPortId: port.portName,
      server: 'production',
      timestampStart: iso(at - 40_000),
      timestampEnd: iso(at),
      result: broken ? worst : worst,
      checks,
      logs: [],
    },
  };
}

function lagMetric(port: PlannedPort, at: number, limitSeconds: number, broken: boolean): Payload {
  const lag = broken
    ? limitSeconds * 40
    : limitSeconds * (0.2 + unit(`${port.portName}:${at}`) * 0.6);
  const status = lag <= limitSeconds ? 'pass' : 'fail';
  return {
    at,
    path: '/api/observations',
    productId: port.productId,
    body: {
      apiVersion: 'v0.1.0',
      kind: 'ObservabilityResults',
      id: uuidOf(`lag:${port.productId}:${port.portName}:${at}`),
      observedAt: iso(at),
      source: { process: 'stream-lag-monitor', vendor: 'northwind-platform' },
      contract: { contractID: port.contractId, standard: 'ODCS' },
      results: [
        {
          id: `${port.portName}-lag`,
          type: 'metric',
          name: `Consumer lag of ${port.portName}`,
          status,
          dimension: 'timeliness',
          target: {
            resourceType: 'table',
            resourceIdentifier: port.writes[0]?.name ?? port.portName,
          },
          measure: {
            metric: 'lag',
            value: Math.round(lag * 10) / 10,
            unit: 'seconds',
            threshold: { mustBeLowerOrEqual: limitSeconds },
          },
        },
      ],
    },
  };
}

/**
 * Everything the pipelines of `ports` send in [from, to), in time order. `now` decides which
 * runs a broken pipeline fails (those after `now − brokenForHours`).
 */
export function playPipelines(
  ports: readonly PlannedPort[],
  scenarios: Readonly<Record<string, Scenario>>,
  { from, to, now }: { from: number; to: number; now: number },
): Payload[] {
  const payloads: Payload[] = [];
  for (const port of ports) {
    const scenario = scenarios[port.productId] ?? {};
    const brokenSince = scenario.brokenForHours ? now - scenario.brokenForHours * hour : Infinity;
    if (port.schedule.kind === 'stream') {
      // The stream's heartbeat each hour; its lag, as a monitor measures it, every six hours.
      for (let at = Math.ceil(from / hour) * hour; at < to; at += hour) {
        const broken = at >= brokenSince;
        if (at % (6 * hour) === 0)
          payloads.push(lagMetric(port, at, port.schedule.lagLimitSeconds, broken));
        if (!broken) {
          payloads.push(
            runEvent(port, 'RUNNING', at, uuidOf(`stream:${port.productId}:${port.portName}`), {
              streaming: true,
            }),
          );
        }
      }
    }
    for (const at of runTimes(port, scenario, from, to)) {
      const runId = uuidOf(`${port.productId}:${port.portName}:${at}`);
      const broken = at >= brokenSince;
      // A healthy pipeline fails a tenth as often as its availability allows, and is retried;
      // a broken one fails every time.
      const fails = broken || unit(`fail:${runId}`) < port.failureRate;
      if (fails) {
        const message = broken
          ? `Database Error in model ${port.portName}: permission denied for schema ${port.writes[0]?.name.split('.')[1] ?? 'analytics'}`
          : 'Database Error: canceling statement due to lock timeout';
        payloads.push(runEvent(port, 'START', at - 4 * minute, runId));
        payloads.push(runEvent(port, 'FAIL', at, runId, { outputs: false, message }));
        if (!broken) {
          const retry = at + 10 * minute;
          if (retry < to)
            payloads.push(runEvent(port, 'COMPLETE', retry, uuidOf(`retry:${runId}`)));
        }
      } else {
        payloads.push(runEvent(port, 'COMPLETE', at, runId));
      }
    }
    if (port.checks.length > 0) {
      const testMinute =
        port.schedule.kind === 'daily' || port.schedule.kind === 'weekly'
          ? port.schedule.readyByMinuteUtc + 30
          : 6 * 60;
      for (let midnight = Math.floor(from / day) * day; midnight < to; midnight += day) {
        const at = midnight + testMinute * minute;
        if (at >= from && at < to) payloads.push(testRun(port, scenario, at, at >= brokenSince));
      }
    }
  }
  return payloads.sort((a, b) => a.at - b.at);
}
