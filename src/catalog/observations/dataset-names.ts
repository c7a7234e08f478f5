/**
 * Which OpenLineage dataset names a contract's data has. Producers name a dataset by its
 * platform (`namespace`, e.g. `postgres://db:5432`) and its path there (`name`, e.g.
 * `shop.public.orders`), following OpenLineage's naming rules; a contract says the same thing in
 * its `servers[]` and `schema[]`. Matching the two is what ties a pipeline run to an output port,
 * so both sides are reduced to one spelling by `datasetKey`.
 */
import type { DatasetName } from './observation';
import type { OdcsContract, OdcsSchemaObject, OdcsServer } from '../standards/odcs';

/** A dataset of a contract: which server and schema object it is. */
export interface ContractDataset extends DatasetName {
  /** The server entry's `server` name (production, dev, …). */
  server: string;
  /** The schema object's `name`, as the contract's quality rules are grouped by. */
  schemaObject: string;
  /** Its `datasetKey`. */
  key: string;
}

/** Ports producers leave out of a namespace when they are the platform's default. */
const defaultPorts: Record<string, number> = {
  postgres: 5432,
  mysql: 3306,
  redshift: 5439,
  mssql: 1433,
  sqlserver: 1433,
  oracle: 1521,
  trino: 8080,
  presto: 8080,
  db2: 50000,
  hive: 10000,
  kafka: 9092,
  teradata: 1025,
  cassandra: 9042,
  crate: 5432,
  oceanbase: 2881,
  vertica: 5433,
  databricks: 443,
  'fabric-warehouse': 1433,
};

/** Other spellings of the same scheme that producers and people write. */
const schemeAliases: Record<string, string> = {
  postgresql: 'postgres',
  s3a: 's3',
  s3n: 's3',
  gcs: 'gs',
  sqlserver: 'mssql',
  abfs: 'abfss',
  wasb: 'wasbs',
  unitycatalog: 'databricks',
};

/**
 * Platforms whose unquoted identifiers are case-insensitive: `ORDERS` and `orders` are one table,
 * so names are compared in lower case.
 */
const caseInsensitiveNames = new Set([
  'postgres',
  'mysql',
  'mssql',
  'oracle',
  'redshift',
  'snowflake',
  'trino',
  'presto',
  'databricks',
  'hive',
  'db2',
  'awsathena',
  'teradata',
  'crate',
  'oceanbase',
  'vertica',
  'fabric-warehouse',
  'spanner',
  'cassandra',
]);

/** Schemes whose authority is a bucket or container and whose name is an object key. */
const objectStores = new Set(['s3', 'gs', 'abfss', 'wasbs', 'dbfs', 'hdfs']);

/** Namespaces without `://` that are platform names, compared in lower case. */
const bareNamespaces = new Set(['bigquery', 'file', 'pubsub', 'kinesis']);

const trimSlashes = (text: string) => text.replace(/\/+$/, '');

/**
 * A Snowflake account in the one spelling used for matching. naming.md allows the
 * `orgname-accountname` form and the legacy locator form `locator(.region)(.cloud)`; people also
 * write connection URLs (`….snowflakecomputing.com`) and `orgname.accountname`. The locator form
 * without a cloud means AWS, and a bare locator means AWS US West (Oregon), Snowflake's first
 * region. Some producers fill a missing region with `us-west-1`, a region Snowflake never ran
 * in, so it is read as that same default. The two forms name one account differently and
 * cannot be matched to each other (naming.md warns of this).
 */
export function snowflakeAccount(account: string): string {
  let text = account.trim().toLowerCase();
  text = text.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
  text = text.replace(/\.snowflakecomputing\.(com|cn)$/, '').replace(/\.privatelink$/, '');
  const [first = '', ...rest] = text.split('.').filter((part) => part !== '');
  if (rest.length === 0) {
    if (/[-_]/.test(first)) return first.replace(/_/g, '-');
    return first === '' ? '' : `${first}.us-west-2.aws`;
  }
  const clouds = ['aws', 'gcp', 'azure'];
  const last = rest[rest.length - 1] ?? '';
  const regional = rest[0]?.includes('-') === true || clouds.includes(last);
  if (!regional) return `${first}-${rest.join('-')}`.replace(/_/g, '-');
  const segments = clouds.includes(last) ? rest : [...rest, 'aws'];
  const cloud = segments[segments.length - 1];
  const region = segments[segments.length - 2];
  if (cloud === 'aws' && region === 'us-west-1') segments[segments.length - 2] = 'us-west-2';
  return [first, ...segments].join('.');
}

/**
 * A Redshift cluster's endpoint (`cluster.xyz.region.redshift.amazonaws.com`) as naming.md
 * names it, `cluster.region`; producers that copy the endpoint then match those that follow it.
 */
function redshiftHost(host: string): string {
  const endpoint = /^([^.]+)\.[^.]+\.([a-z0-9-]+)\.redshift(?:-serverless)?\.amazonaws\.com$/.exec(
    host,
  );
  return endpoint ? `${endpoint[1]}.${endpoint[2]}` : host;
}

interface HostPort {
  host: string;
  port: number | undefined;
}

/**
 * A host as written in a contract or namespace — perhaps with a scheme (`jdbc:postgresql://`),
 * a user, a port or a path — reduced to its lower-case host and port.
 */
export function splitHost(raw: string, port?: unknown): HostPort {
  let text = raw.trim().toLowerCase();
  text = text.replace(/^(jdbc:)?[a-z][a-z0-9+.-]*:\/\//, '');
  text = text.replace(/[/?#].*$/, '').replace(/^.*@/, '');
  let host = text;
  let written: number | undefined;
  const withPort = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(text);
  if (withPort) {
    host = withPort[1] ?? text;
    written = Number(withPort[2]);
  }
  const given = typeof port === 'number' ? port : typeof port === 'string' ? Number(port) : NaN;
  return { host, port: Number.isInteger(given) && given > 0 ? given : written };
}

function authorityKey(scheme: string, authority: string): string {
  if (scheme === 'snowflake') return snowflakeAccount(authority);
  if (objectStores.has(scheme)) return authority.toLowerCase();
  const { host, port } = splitHost(authority);
  const defaultPort = defaultPorts[scheme];
  const shownHost = scheme === 'redshift' ? redshiftHost(host) : host;
  const effective = port ?? defaultPort;
  if (effective === undefined) return shownHost;
  // Databricks is reached on HTTPS: its namespace leaves the port out, so the key does too.
  if (scheme === 'databricks' && effective === 443) return shownHost;
  return `${shownHost}:${effective}`;
}

interface SplitNamespace {
  scheme: string;
  /** The namespace after the scheme, already normalised; the whole text for bare namespaces. */
  rest: string;
  /** A namespace without `://` (`bigquery`, `file`, an ARN). */
  bare: boolean;
}

/** Namespaces repeat across thousands of datasets; each is read once (bounded, then reset). */
const splitCache = new Map<string, SplitNamespace>();

function splitNamespace(namespace: string): SplitNamespace {
  const cached = splitCache.get(namespace);
  if (cached) return cached;
  const split = readNamespace(namespace);
  if (splitCache.size >= 20_000) splitCache.clear();
  splitCache.set(namespace, split);
  return split;
}

function readNamespace(namespace: string): SplitNamespace {
  const text = namespace.trim();
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/.exec(text);
  if (!match) {
    const lower = text.toLowerCase();
    const bare = trimSlashes(bareNamespaces.has(lower) || lower.startsWith('arn:') ? lower : text);
    return { scheme: bare.split(':')[0] ?? bare, rest: bare, bare: true };
  }
  const raw = (match[1] ?? '').toLowerCase();
  const scheme = schemeAliases[raw] ?? raw;
  const authority = authorityKey(scheme, match[2] ?? '');
  const path = trimSlashes(match[3] ?? '');
  return { scheme, rest: `${authority}${path}`, bare: false };
}

/** The scheme a namespace names its platform by (`postgres`, `bigquery`, `s3`), aliases resolved. */
export function namespaceScheme(namespace: string): string {
  return splitNamespace(namespace).scheme;
}

/** A namespace in its one spelling for matching: `postgresql://DB` → `postgres://db:5432`. */
export function namespaceKey(namespace: string): string {
  const { scheme, rest, bare } = splitNamespace(namespace);
  return bare ? rest : `${scheme}://${rest}`;
}

function nameKey(scheme: string, name: string): string {
  let text = name.trim();
  if (objectStores.has(scheme)) return trimSlashes(text.replace(/^\/+/, ''));
  if (scheme === 'file') return trimSlashes(text) || '/';
  if (caseInsensitiveNames.has(scheme)) text = text.replace(/["`[\]]/g, '').toLowerCase();
  if (scheme === 'bigquery') {
    // Project ids are lower-case; datasets and tables are case-sensitive.
    const [project = '', ...others] = text.replace(/`/g, '').split('.');
    text = [project.toLowerCase(), ...others].join('.');
  }
  return text;
}

/**
 * The text datasets are matched by: the same dataset, however a producer or a contract spells
 * it (default ports, case, `s3a://`, trailing slashes, Snowflake account forms), has one key.
 */
export function datasetKey(dataset: DatasetName): string {
  const { scheme } = splitNamespace(dataset.namespace);
  return `${namespaceKey(dataset.namespace)}|${nameKey(scheme, dataset.name)}`;
}

/** The namespace part of a `datasetKey`. */
export function namespaceOfKey(key: string): string {
  return key.slice(0, key.indexOf('|'));
}

/** `postgres://db:5432 / shop.public.orders`, as people read a dataset. */
export function describeDataset(dataset: DatasetName): string {
  return `${dataset.namespace} / ${dataset.name}`;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * `parts` qualified onto `physical`: a physical name that already carries its schema
 * (`public.orders`) takes only the parts it lacks. Undefined when a needed part is missing.
 */
function qualify(parts: ReadonlyArray<string | undefined>, physical: string): string | undefined {
  const segments = physical.split('.').length;
  const needed = Math.max(0, parts.length + 1 - segments);
  const prefix = parts.slice(0, needed);
  if (prefix.some((part) => part === undefined)) return undefined;
  return [...prefix, physical].join('.');
}

function hostNamespace(scheme: string, server: OdcsServer): string | undefined {
  const host = text(server.host);
  if (!host) return undefined;
  const { host: name, port } = splitHost(host, server.port);
  const effective = port ?? defaultPorts[scheme];
  return effective === undefined ? `${scheme}://${name}` : `${scheme}://${name}:${effective}`;
}

/** An object store location split into the namespace (bucket) and the key prefix. */
function locationParts(location: string): { namespace: string; prefix: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]+)(\/.*)?$/i.exec(location.trim());
  if (!match) return undefined;
  const raw = (match[1] ?? '').toLowerCase();
  const scheme = schemeAliases[raw] ?? raw;
  if (scheme === 'file') return { namespace: 'file', prefix: `/${match[2]}${match[3] ?? ''}` };
  return { namespace: `${scheme}://${match[2]}`, prefix: (match[3] ?? '').replace(/^\/+/, '') };
}

/**
 * The key of an object stored under a location: `{model}` (datacontract-cli's placeholder) is the
 * object; a location that names a directory holds the object in a folder of its name; globs
 * (`*.parquet`) are cut off, because producers name the directory they write.
 */
function objectKeys(prefix: string, object: string, objectCount: number): string[] {
  const withModel = prefix.replace(/\{model\}/g, object);
  const beforeGlob = withModel.split(/[*?{[]/)[0] ?? '';
  const globbed = beforeGlob !== withModel;
  const base = globbed ? beforeGlob.replace(/[^/]*$/, '') : withModel;
  const trimmed = trimSlashes(base);
  if (prefix.includes('{model}')) return [trimmed];
  const inFolder = trimmed === '' ? object : `${trimmed}/${object}`;
  // One object written at a location that names no folder of its own is that location.
  if (objectCount === 1 && !globbed && !prefix.endsWith('/')) return [trimmed, inFolder];
  if (objectCount === 1 && globbed) return [trimmed, inFolder];
  return [inFolder];
}

function storageNames(
  server: OdcsServer,
  object: string,
  objectCount: number,
): DatasetName[] | undefined {
  const written = text(server.location) ?? text(server.path);
  if (!written) return undefined;
  // `file:///data/orders` is the local path `/data/orders`.
  const location = written.replace(/^file:\/\/(?=\/)/i, '');
  const parts = locationParts(location);
  if (!parts) {
    // A plain path (local files): OpenLineage's `file` namespace with the absolute path.
    if (!location.startsWith('/')) return undefined;
    return objectKeys(location, object, objectCount).map((name) => ({ namespace: 'file', name }));
  }
  const keys = objectKeys(parts.prefix, object, objectCount);
  return keys.filter((key) => key !== '').map((name) => ({ namespace: parts.namespace, name }));
}

function sql(
  namespace: string | undefined,
  parts: ReadonlyArray<string | undefined>,
  physical: string,
) {
  if (!namespace) return [];
  const name = qualify(parts, physical);
  return name === undefined ? [] : [{ namespace, name }];
}

/**
 * The dataset names one schema object has on one server, as producers following naming.md emit
 * them. Several names when producers disagree (dbt and Spark name SQL Server and Databricks
 * differently); none for platforms without a naming rule.
 */
export function serverDatasetNames(
  server: OdcsServer,
  physical: string,
  objectCount = 1,
): DatasetName[] {
  const type = (text(server.type) ?? '').toLowerCase();
  const { database, schema, catalog, project, dataset } = server;
  const db = text(database);
  const sch = text(schema);
  switch (type) {
    case 'postgres':
    case 'postgresql':
      return sql(hostNamespace('postgres', server), [db, sch], physical);
    case 'mysql':
      return sql(hostNamespace('mysql', server), [db], physical);
    case 'sqlserver':
      return [
        ...sql(hostNamespace('mssql', server), [db, sch ?? 'dbo'], physical),
        ...sql(hostNamespace('sqlserver', server), [db, sch ?? 'dbo'], physical),
      ];
    case 'synapse':
      // naming.md names Synapse tables by schema and table only, on `sqlserver://`.
      return [
        ...sql(hostNamespace('sqlserver', server), [sch ?? 'dbo'], physical),
        ...sql(hostNamespace('sqlserver', server), [db, sch ?? 'dbo'], physical),
      ];
    case 'oracle':
      return sql(
        hostNamespace('oracle', server),
        [text(server.serviceName) ?? text(server.sid) ?? db, sch],
        physical,
      );
    case 'redshift': {
      const host = text(server.host);
      const namespace = host
        ? hostNamespace('redshift', server)
        : text(server.account) && text(server.region)
          ? `redshift://${text(server.account)}.${text(server.region)}:5439`
          : undefined;
      return sql(namespace, [db, sch], physical);
    }
    case 'snowflake': {
      const account = text(server.account);
      const namespace = account ? `snowflake://${snowflakeAccount(account)}` : undefined;
      return sql(namespace, [db, sch], physical);
    }
    case 'bigquery':
      return sql('bigquery', [text(project), text(dataset)], physical);
    case 'databricks': {
      const host = text(server.host);
      if (!host) return [];
      const { host: name } = splitHost(host);
      return [
        ...sql(`databricks://${name}`, [text(catalog), sch], physical),
        ...sql(`unitycatalog://${name}`, [text(catalog), sch], physical),
      ];
    }
    case 'trino':
      return sql(hostNamespace('trino', server), [text(catalog), sch], physical);
    case 'presto':
      return sql(hostNamespace('presto', server), [text(catalog), sch], physical);
    case 'hive':
      return sql(hostNamespace('hive', server), [db], physical);
    case 'db2':
      return sql(hostNamespace('db2', server), [db, sch], physical);
    case 'athena': {
      const region = text(server.regionName) ?? text(server.region);
      if (!region) return [];
      return sql(
        `awsathena://athena.${region.toLowerCase()}.amazonaws.com`,
        [text(catalog) ?? 'awsdatacatalog', sch ?? db],
        physical,
      );
    }
    case 'glue': {
      const region = text(server.region) ?? text(server.regionName);
      const account = text(server.account);
      if (!region || !account || !db) return [];
      return [{ namespace: `arn:aws:glue:${region}:${account}`, name: `table/${db}/${physical}` }];
    }
    case 'kafka': {
      const hosts = (text(server.host) ?? '').split(',').filter((host) => host.trim() !== '');
      const topic = objectCount === 1 ? (text(server.topic) ?? physical) : physical;
      return hosts.map((host) => {
        const { host: name, port } = splitHost(host, undefined);
        return { namespace: `kafka://${name}:${port ?? 9092}`, name: topic };
      });
    }
    case 'pubsub': {
      const gcp = text(project);
      if (!gcp) return [];
      const topic = objectCount === 1 ? (text(server.topic) ?? physical) : physical;
      return [{ namespace: 'pubsub', name: `topic:${gcp}:${topic}` }];
    }
    case 's3':
    case 'gcs':
    case 'azure':
    case 'local':
    case 'sftp':
      return storageNames(server, physical, objectCount) ?? [];
    default:
      return [];
  }
}

/** The server types `serverDatasetNames` knows how producers name. */
export const namedServerTypes: ReadonlySet<string> = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'sqlserver',
  'synapse',
  'oracle',
  'redshift',
  'snowflake',
  'bigquery',
  'databricks',
  'trino',
  'presto',
  'hive',
  'db2',
  'athena',
  'glue',
  'kafka',
  'pubsub',
  's3',
  'gcs',
  'azure',
  'local',
  'sftp',
]);

function objectName(object: OdcsSchemaObject): { name: string; physical: string } | undefined {
  const name = text(object.name) ?? text(object.physicalName);
  const physical = text(object.physicalName) ?? text(object.name);
  return name && physical ? { name, physical } : undefined;
}

/**
 * Every dataset name a contract's data has: each schema object (by `physicalName`, else `name`)
 * on each server. Malformed entries are skipped; contracts come from users.
 */
export function contractDatasetNames(
  contract: Pick<OdcsContract, 'servers' | 'schema'>,
): ContractDataset[] {
  const servers = Array.isArray(contract.servers) ? contract.servers : [];
  const objects = (Array.isArray(contract.schema) ? contract.schema : [])
    .filter((object): object is OdcsSchemaObject => typeof object === 'object' && object !== null)
    .map(objectName)
    .filter((object) => object !== undefined);
  const seen = new Set<string>();
  const names: ContractDataset[] = [];
  for (const server of servers) {
    if (typeof server !== 'object' || server === null) continue;
    for (const object of objects) {
      for (const name of serverDatasetNames(server, object.physical, objects.length)) {
        const key = datasetKey(name);
        if (seen.has(key)) continue;
        seen.add(key);
        names.push({ ...name, server: text(server.server) ?? '', schemaObject: object.name, key });
      }
    }
  }
  return names;
}
