/**
 * Turns one output port of a product specification into its ODCS data contract: columns with
 * types, classification and quality checks, SLA, server, access roles, support and team.
 */
import type {
  OdcsContract,
  OdcsProperty,
  OdcsRole,
  OdcsSchemaObject,
  OdcsServer,
  OdcsSlaProperty,
} from '../../src/catalog/standards/odcs';
import type { OdpsSupport, OdpsTeam } from '../../src/catalog/standards/odps';
import { columnChecks, tableChecks } from './quality-checks';
import { generateSampleQueries } from './sample-queries';
import type { PortPlace } from './server-dialects';
import { buildServer, physicalTableName, physicalType } from './server-dialects';
import type {
  ColumnSpec,
  PortSpec,
  ProductSpec,
  SampleQuery,
  SlaSpec,
  TableSpec,
  TeamSpec,
} from './seed-types';
import { governanceApprovers, tenant } from './teams';

export function contractIdOf(
  product: Pick<ProductSpec, 'id'>,
  port: Pick<PortSpec, 'name'>,
): string {
  return `${product.id}.${port.name}`;
}

function placeOf(product: ProductSpec, port: PortSpec): PortPlace {
  return {
    domain: product.domain,
    productId: product.id,
    portName: port.name,
    server: port.server,
    format: port.format,
    major: Number(port.version.split('.')[0]),
  };
}

/** ODCS lets a string column state its maximum length and format; Meshport's type omits them. */
type SeedProperty = OdcsProperty & { logicalTypeOptions?: { maxLength?: number; format?: string } };

function stringOptions(column: ColumnSpec): SeedProperty['logicalTypeOptions'] {
  if (column.kind !== 'string' || (!column.length && !column.format)) return undefined;
  return {
    ...(column.length ? { maxLength: column.length } : {}),
    ...(column.format ? { format: column.format } : {}),
  };
}

const logicalTypes: Record<ColumnSpec['kind'], string> = {
  string: 'string',
  integer: 'integer',
  bigint: 'integer',
  decimal: 'number',
  double: 'number',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
};

function buildProperty(
  place: PortPlace,
  column: ColumnSpec,
  keyPosition: number,
  soleKey: boolean,
): SeedProperty {
  const options = stringOptions(column);
  const quality = columnChecks(column, soleKey);
  return {
    name: column.name,
    businessName: column.businessName,
    description: column.description,
    logicalType: logicalTypes[column.kind],
    ...(options ? { logicalTypeOptions: options } : {}),
    physicalType: physicalType(place.server, column),
    required: column.required ?? false,
    ...(column.primaryKey ? { primaryKey: true, primaryKeyPosition: keyPosition } : {}),
    ...(column.unique ? { unique: true } : {}),
    classification: column.classification,
    ...(column.criticalDataElement ? { criticalDataElement: true } : {}),
    examples: column.examples,
    ...(quality.length ? { quality } : {}),
  };
}

function buildTable(place: PortPlace, server: OdcsServer, table: TableSpec): OdcsSchemaObject {
  const quality = tableChecks(place, server, table);
  // One primary key column must be unique by itself; composite keys are checked together in SQL.
  const singleKey = table.columns.filter((column) => column.primaryKey).length === 1;
  let keyPosition = 0;
  const properties = table.columns.map((column) =>
    buildProperty(
      place,
      column,
      column.primaryKey ? (keyPosition += 1) : -1,
      singleKey && column.primaryKey === true,
    ),
  );
  return {
    name: table.name,
    physicalName: physicalTableName(place, table),
    physicalType: place.server === 'kafka' ? 'topic' : 'table',
    businessName: table.businessName,
    description: table.description,
    logicalType: 'object',
    ...(table.granularity ? { dataGranularityDescription: table.granularity } : {}),
    properties,
    quality,
  };
}

function buildSla(sla: SlaSpec, table: TableSpec): OdcsSlaProperty[] {
  const time = table.columns.find(
    (column) => column.kind === 'timestamp' || column.kind === 'date',
  );
  const element = time ? { element: `${table.name}.${time.name}` } : {};
  const properties: OdcsSlaProperty[] = [
    { property: 'latency', value: sla.latency.value, unit: sla.latency.unit, ...element },
    sla.frequency === 'continuous'
      ? {
          property: 'frequency',
          value: 'continuous',
          description: 'Events are published as they happen.',
        }
      : { property: 'frequency', value: sla.frequency.value, unit: sla.frequency.unit },
  ];
  if (sla.timeOfAvailability)
    properties.push({
      property: 'timeOfAvailability',
      value: sla.timeOfAvailability,
      driver: 'analytics',
    });
  properties.push({
    property: 'retention',
    value: sla.retention.value,
    unit: sla.retention.unit,
    ...element,
  });
  if (sla.availability !== undefined)
    properties.push({ property: 'availability', value: sla.availability, unit: 'percent' });
  if (sla.generalAvailability)
    properties.push({ property: 'generalAvailability', value: sla.generalAvailability });
  if (sla.endOfSupport) properties.push({ property: 'endOfSupport', value: sla.endOfSupport });
  if (sla.endOfLife) properties.push({ property: 'endOfLife', value: sla.endOfLife });
  return properties;
}

function buildRoles(product: ProductSpec, port: PortSpec): OdcsRole[] {
  const base = `${product.id}_${port.name}`.replace(/-/g, '_');
  const owner = product.team.members[0]?.username ?? product.team.name;
  const columns = port.tables.flatMap((table) => table.columns);
  const secondLevel =
    product.domain === 'finance'
      ? governanceApprovers.financeControllers
      : governanceApprovers.dataGovernance;
  const roles: OdcsRole[] = [
    {
      role: `${base}_reader`,
      access: 'read',
      description: `Read ${port.name}; personal data is masked.`,
      firstLevelApprovers: product.team.name,
      secondLevelApprovers: secondLevel,
    },
    {
      // Governance checks the purpose first, then the owning team confirms it can serve it.
      role: `${base}_analytics`,
      access: 'read',
      description: `Read ${port.name} in the analytics workspace, for reporting and exploration; personal data is masked.`,
      firstLevelApprovers: governanceApprovers.dataGovernance,
      secondLevelApprovers: product.team.name,
    },
  ];
  if (columns.some((column) => column.classification === 'pii')) {
    roles.push({
      role: `${base}_pii_reader`,
      access: 'read',
      description:
        'Read including unmasked personal data (columns classified pii). Needs a documented legal basis.',
      firstLevelApprovers: owner,
      secondLevelApprovers: governanceApprovers.privacyOffice,
    });
  }
  if (product.inputs.length === 0) {
    roles.push({
      role: `${base}_writer`,
      access: 'write',
      description: 'Publish into the port; for the source system only.',
      firstLevelApprovers: product.team.name,
      secondLevelApprovers: owner,
    });
  }
  return roles;
}

export function buildSupport(team: TeamSpec): OdpsSupport[] {
  return [
    {
      channel: team.slackChannel,
      tool: 'slack',
      scope: 'interactive',
      url: `https://northwind-retail.slack.com/archives/${team.slackChannelId}`,
      description: 'Questions about the data, answered by the owning team during office hours.',
    },
    {
      channel: team.email,
      tool: 'email',
      scope: 'issues',
      url: `mailto:${team.email}`,
      description: 'Report data issues and incidents.',
    },
  ];
}

export function buildTeam(
  team: TeamSpec,
): Required<Pick<OdpsTeam, 'name' | 'description' | 'members'>> {
  return {
    name: team.name,
    description: team.description,
    members: team.members.map((member) => ({ ...member })),
  };
}

export function buildContract(product: ProductSpec, port: PortSpec): OdcsContract {
  const place = placeOf(product, port);
  const server = buildServer(place);
  const [first] = port.tables;
  if (!first) throw new Error(`Port ${contractIdOf(product, port)} has no table`);
  const sampleQueries: SampleQuery[] =
    port.sampleQueries === false
      ? []
      : [
          ...(port.sampleQueries ?? []),
          ...port.tables.flatMap((table) => generateSampleQueries(place, server, table)),
        ];
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: contractIdOf(product, port),
    name: `${product.name} (${port.name})`,
    version: port.version,
    status: product.status,
    tenant,
    domain: product.domain,
    dataProduct: product.name,
    description: {
      purpose: port.description,
      limitations: product.limitations,
      usage: product.usage,
    },
    tags: product.tags,
    servers: [server],
    schema: port.tables.map((table) => buildTable(place, server, table)),
    slaProperties: buildSla(port.sla, first),
    roles: buildRoles(product, port),
    support: buildSupport(product.team),
    team: buildTeam(product.team),
    ...(sampleQueries.length
      ? { customProperties: [{ property: 'sampleQueries', value: sampleQueries }] }
      : {}),
  };
}
