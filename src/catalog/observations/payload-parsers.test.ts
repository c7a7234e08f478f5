import { describe, expect, it } from 'vitest';
import { observeDatacontractRun, parseDatacontractRun } from './datacontract-run';
import { observeOors, parseOors } from './oors';
import { buildPortDirectory } from './port-directory';

const strange: unknown[] = [
  null,
  undefined,
  0,
  'x'.repeat(100_000),
  true,
  [],
  {},
  [{}],
  { checks: {} },
  { results: [null] },
];

const run = {
  runId: 'r1',
  dataContractId: 'orders',
  timestampStart: '2026-11-30T04:58:12Z',
  checks: [
    { id: 'a', result: 'passed', category: 'quality' },
    { key: 'b', result: 'ok' },
  ],
};

const oors = {
  apiVersion: 'v0.1.0',
  kind: 'ObservabilityResults',
  id: 'm1',
  observedAt: '2026-11-30T06:00:00Z',
  contract: { contractID: 'orders' },
  results: [{ id: 'x', type: 'check', status: 'pass', measure: { value: 'many' } }],
};

describe('parseDatacontractRun and parseOors', () => {
  it('never throw, whatever JSON arrives', () => {
    for (const body of strange) {
      expect(parseDatacontractRun(body).ok).toBe(false);
      expect(parseOors(body).ok).toBe(false);
    }
  });

  it('name the field that is wrong', () => {
    const dcc = parseDatacontractRun(run);
    expect(dcc.ok ? [] : dcc.problems).toEqual([
      {
        path: 'checks[1].result',
        message: 'must be one of passed, warning, failed, error, info, skipped, unknown',
      },
    ]);
    const message = parseOors({ ...oors, kind: 'Other', observedAt: 'soon' });
    expect(message.ok ? [] : message.problems.map((p) => p.path)).toEqual([
      'kind',
      'observedAt',
      'results[0].measure.value',
    ]);
    const missing = parseOors({
      ...oors,
      contract: {},
      results: [{ id: 'x', type: 'rule', status: 'failed' }],
    });
    expect(missing.ok ? [] : missing.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'contract.contractID: is required',
      'results[0].type: must be one of check, metric',
      'results[0].status: must be one of pass, fail, warn, error, skip',
    ]);
  });

  it('accept both threshold spellings', () => {
    const parsed = parseOors({
      ...oors,
      results: [
        {
          id: 'a',
          type: 'metric',
          status: 'pass',
          measure: { value: 1, threshold: { mustBeLowerOrEqual: 2 } },
        },
        {
          id: 'b',
          type: 'metric',
          status: 'pass',
          measure: { value: 1, threshold: { mustBeLessOrEqualTo: 2 } },
        },
      ],
    });
    expect(parsed.ok && parsed.message.results.map((r) => r.measure?.threshold)).toEqual([
      { mustBeLessOrEqualTo: 2 },
      { mustBeLessOrEqualTo: 2 },
    ]);
  });
});

describe('unknown contracts', () => {
  const directory = buildPortDirectory(
    [
      {
        productId: 'p',
        name: 'P',
        team: null,
        outputPorts: [{ name: 'main', contractId: 'orders' }],
        inputContractIds: [],
      },
    ],
    new Map(),
  );

  it('are unmatched with a reason, and a run narrowed to another port too', () => {
    const ghost = parseDatacontractRun({ ...run, dataContractId: 'ghost', checks: [] });
    if (!ghost.ok) throw new Error('invalid');
    expect(observeDatacontractRun(ghost.run, directory, new Map()).unmatched[0]).toMatchObject({
      reference: 'contract ghost',
      reason: 'No contract ghost is in the catalog, and no output port provides it',
    });
    const narrowed = parseDatacontractRun({ ...run, outputPortId: 'other', checks: [] });
    if (!narrowed.ok) throw new Error('invalid');
    expect(observeDatacontractRun(narrowed.run, directory, new Map()).unmatched[0]?.reason).toBe(
      'Contract orders is provided, but not by output port other',
    );
    const message = parseOors({ ...oors, contract: { contractID: 'ghost' }, results: [] });
    if (!message.ok) throw new Error('invalid');
    expect(observeOors(message.message, directory, new Map()).unmatched).toHaveLength(1);
  });
});
