/** One way a pipeline or test tool reports to the portal, ready to paste. */
export interface ConnectCommand {
  id: 'openlineage-env' | 'openlineage-curl' | 'datacontract-cli' | 'oors';
  title: string;
  /** What the command does and when to use it, in words. */
  description: string;
  language: 'shell';
  code: string;
}

/** Stands in for the secret in instructions for people who already hold a token. */
export const secretPlaceholder = 'mpi_YOUR_TOKEN';

/** Quotes a value for a POSIX shell, so a secret or origin is pasted exactly as it is. */
function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'"'"'`)}'`;
}

/**
 * The commands that connect OpenLineage, datacontract-cli and OORS senders to this portal. The
 * origin is where the portal is served, so the commands work wherever it runs; without a
 * secret they carry a placeholder to replace.
 *
 * datacontract-cli sends its API key header only to its vendor's hosts, so its publish URL
 * carries the token as `?token=`; the other tools send it as a Bearer token.
 */
export function connectCommands(origin: string, secret: string | null): ConnectCommand[] {
  const token = secret ?? secretPlaceholder;
  const base = origin.replace(/\/+$/, '');
  const bearer = `-H ${shellQuote(`Authorization: Bearer ${token}`)}`;
  const runEvent = JSON.stringify({
    eventType: 'COMPLETE',
    eventTime: '2026-01-15T06:00:00Z',
    producer: 'urn:example:nightly-orders',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/RunEvent',
    run: { runId: '01890c4e-7b1a-7c3d-9a51-3f2e8d6b0a11' },
    job: { namespace: 'nightly', name: 'build_orders' },
    inputs: [{ namespace: 'postgres://warehouse:5432', name: 'sales.raw_orders' }],
    outputs: [{ namespace: 'postgres://warehouse:5432', name: 'sales.orders' }],
  });
  const results = JSON.stringify({
    apiVersion: 'v0.1.0',
    kind: 'ObservabilityResults',
    id: 'b6f7e7a0-3c1d-4e7f-8a2b-5d9c0e1f2a34',
    observedAt: '2026-01-15T06:00:00Z',
    source: { process: 'orders-checks' },
    contract: { contractID: 'your-contract-id', standard: 'ODCS', version: '1.0.0' },
    results: [
      {
        id: 'orders-not-empty',
        type: 'check',
        name: 'Orders arrived today',
        status: 'pass',
        target: { resourceType: 'table', resourceIdentifier: 'orders' },
      },
    ],
  });
  return [
    {
      id: 'openlineage-env',
      title: 'OpenLineage client (Airflow, dbt, Spark, Python)',
      description:
        'Set these where the pipeline runs. The OpenLineage client sends the API key as a Bearer token with every run event.',
      language: 'shell',
      code: `export OPENLINEAGE_URL=${shellQuote(base)}\nexport OPENLINEAGE_API_KEY=${shellQuote(token)}`,
    },
    {
      id: 'openlineage-curl',
      title: 'OpenLineage run event with curl',
      description:
        'Posts one run event by hand, to try the connection. A list of events goes to /api/v1/lineage/batch.',
      language: 'shell',
      code: [
        `curl -X POST ${shellQuote(`${base}/api/v1/lineage`)} \\`,
        `  ${bearer} \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d ${shellQuote(runEvent)}`,
      ].join('\n'),
    },
    {
      id: 'datacontract-cli',
      title: 'datacontract-cli test results',
      description:
        'Runs the contract’s tests against its production server and publishes the results here. The token travels in the URL because the CLI sends no header to other hosts.',
      language: 'shell',
      code: `datacontract test --server production --publish "${base}/api/test-results?token=${token}" datacontract.yaml`,
    },
    {
      id: 'oors',
      title: 'Observability results (OORS)',
      description:
        'Posts check and metric results in the draft Open Observability Results Standard, for any other tool.',
      language: 'shell',
      code: [
        `curl -X POST ${shellQuote(`${base}/api/observations`)} \\`,
        `  ${bearer} \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d ${shellQuote(results)}`,
      ].join('\n'),
    },
  ];
}
