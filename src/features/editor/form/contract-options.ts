import { parseDurationUnit } from '@/catalog/sla/sla-durations';

/** An option of a Select: the value written in the contract and the words shown for it. */
export interface Choice {
  value: string;
  label: string;
}

const plain = (values: readonly string[]): Choice[] =>
  values.map((value) => ({ value, label: value }));

/**
 * The options, plus the value the text already holds when it is not one of them: a Select
 * must show what is written, or a reader would think the field empty.
 */
export function withCurrent(choices: readonly Choice[], current: unknown): Choice[] {
  if (typeof current !== 'string' || current === '') return [...choices];
  if (choices.some((choice) => choice.value === current)) return [...choices];
  return [...choices, { value: current, label: current }];
}

export const contractStatuses = plain(['proposed', 'draft', 'active', 'deprecated', 'retired']);

export const logicalTypes = plain([
  'string',
  'date',
  'timestamp',
  'time',
  'number',
  'integer',
  'object',
  'array',
  'boolean',
]);

export const classificationSuggestions = ['public', 'internal', 'confidential', 'restricted'];

export const qualityTypes: Choice[] = [
  { value: 'library', label: 'library (a standard metric)' },
  { value: 'sql', label: 'sql (a query)' },
  { value: 'text', label: 'text (in words only)' },
  { value: 'custom', label: 'custom (another engine)' },
];

export const qualityMetrics = plain([
  'nullValues',
  'missingValues',
  'invalidValues',
  'duplicateValues',
  'rowCount',
]);

export const qualityDimensions = plain([
  'accuracy',
  'completeness',
  'conformity',
  'consistency',
  'coverage',
  'timeliness',
  'uniqueness',
]);

export const qualitySeverities = plain(['info', 'warning', 'error']);

/** The comparisons a library or SQL rule states its threshold with. */
export const comparisons = [
  { value: 'mustBe', label: 'equal to', range: false },
  { value: 'mustNotBe', label: 'not equal to', range: false },
  { value: 'mustBeGreaterThan', label: 'greater than', range: false },
  { value: 'mustBeGreaterOrEqualTo', label: 'at least', range: false },
  { value: 'mustBeLessThan', label: 'less than', range: false },
  { value: 'mustBeLessOrEqualTo', label: 'at most', range: false },
  { value: 'mustBeBetween', label: 'between', range: true },
  { value: 'mustNotBeBetween', label: 'not between', range: true },
] as const;

export type Comparison = (typeof comparisons)[number]['value'];

/** The SLA properties of the ODCS Data QoS table. */
export const slaPropertyChoices: Choice[] = [
  { value: 'latency', label: 'latency' },
  { value: 'frequency', label: 'frequency' },
  { value: 'retention', label: 'retention' },
  { value: 'availability', label: 'availability' },
  { value: 'throughput', label: 'throughput' },
  { value: 'errorRate', label: 'errorRate' },
  { value: 'timeOfAvailability', label: 'timeOfAvailability' },
  { value: 'generalAvailability', label: 'generalAvailability' },
  { value: 'endOfSupport', label: 'endOfSupport' },
  { value: 'endOfLife', label: 'endOfLife' },
  { value: 'timeToDetect', label: 'timeToDetect' },
  { value: 'timeToNotify', label: 'timeToNotify' },
  { value: 'timeToRepair', label: 'timeToRepair' },
];

const unitChoices: Choice[] = [
  { value: 'ms', label: 'ms (milliseconds)' },
  { value: 's', label: 's (seconds)' },
  { value: 'm', label: 'm (minutes)' },
  { value: 'h', label: 'h (hours)' },
  { value: 'd', label: 'd (days)' },
  { value: 'w', label: 'w (weeks)' },
  { value: 'mo', label: 'mo (months)' },
  { value: 'y', label: 'y (years)' },
  { value: 'percent', label: 'percent' },
];

/** The units offered, with the unit written in the text named by what it means ("min (minutes)"). */
export function slaUnitChoices(current: unknown): Choice[] {
  if (typeof current !== 'string' || current === '') return unitChoices;
  if (unitChoices.some((choice) => choice.value === current)) return unitChoices;
  const unit = parseDurationUnit(current);
  return [...unitChoices, { value: current, label: unit ? `${current} (${unit}s)` : current }];
}

export const roleAccess = plain(['read', 'write']);

export const serverTypes = plain([
  'api',
  'athena',
  'azure',
  'bigquery',
  'clickhouse',
  'databricks',
  'denodo',
  'dremio',
  'duckdb',
  'glue',
  'cloudsql',
  'db2',
  'hive',
  'impala',
  'informix',
  'kafka',
  'kinesis',
  'local',
  'mysql',
  'oracle',
  'postgresql',
  'postgres',
  'presto',
  'pubsub',
  'redshift',
  's3',
  'sftp',
  'snowflake',
  'sqlserver',
  'synapse',
  'trino',
  'vertica',
  'zen',
  'custom',
]);

/** A field of a server type: where the data is. `port` is the only number among them. */
export interface ServerField {
  key: string;
  label: string;
  number?: boolean;
}

const field = (key: string, label: string, number = false): ServerField =>
  number ? { key, label, number } : { key, label };

const host = field('host', 'Host');
const port = field('port', 'Port', true);
const database = field('database', 'Database');
const schema = field('schema', 'Schema');
const catalog = field('catalog', 'Catalog');
const location = field('location', 'Location');
const format = field('format', 'Format');
const account = field('account', 'Account');
const project = field('project', 'Project');
const region = field('region', 'Region');

const databaseServer = [host, port, database, schema];

/** Where the data is, for the common server types; other types get key/value pairs. */
const serverFields = new Map<string, readonly ServerField[]>([
  ['postgres', databaseServer],
  ['postgresql', databaseServer],
  ['mysql', [host, port, database]],
  ['sqlserver', databaseServer],
  ['oracle', [host, port, field('serviceName', 'Service name')]],
  ['snowflake', [account, database, schema, field('warehouse', 'Warehouse')]],
  ['bigquery', [project, field('dataset', 'Dataset')]],
  ['databricks', [host, catalog, schema]],
  ['redshift', [host, database, schema, region]],
  ['trino', [host, port, catalog, schema]],
  ['athena', [field('stagingDir', 'Staging directory'), schema]],
  ['s3', [location, format]],
  ['azure', [location, format]],
  ['sftp', [location, format]],
  ['kafka', [host, format]],
  ['kinesis', [region, format]],
  ['pubsub', [project]],
  ['api', [location]],
  ['local', [field('path', 'Path'), format]],
  ['duckdb', [database, schema]],
]);

export function fieldsOfServerType(type: unknown): readonly ServerField[] {
  return typeof type === 'string' ? (serverFields.get(type) ?? []) : [];
}

/** The server keys the card edits itself; any other key is shown as a key/value pair. */
export const serverCommonKeys = new Set([
  'id',
  'server',
  'type',
  'environment',
  'description',
  'roles',
  'customProperties',
]);
