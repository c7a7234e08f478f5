/**
 * The starting points of a new data product: an ODPS descriptor and the ODCS contract of its
 * first output port, as YAML texts for the editor. What the owner typed (id, name, domain, team)
 * goes into the texts through the `yaml` package, so no quote, colon, `#` or line break in it can
 * change the structure; everything else is example content, with comments saying what to fill in.
 */
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { describeIdProblem } from '@/catalog/documents/identifiers';

export type ProductTemplateId = 'source-aligned' | 'aggregate' | 'consumer-aligned';

export interface ProductTemplate {
  id: ProductTemplateId;
  label: string;
  description: string;
}

export const productTemplates: readonly ProductTemplate[] = [
  {
    id: 'source-aligned',
    label: 'Source-aligned',
    description:
      'Publishes what an operational system records, such as orders placed or parcels scanned, close to how the system records it.',
  },
  {
    id: 'aggregate',
    label: 'Aggregate',
    description:
      'Combines data from other products into one trusted view of a business entity, such as a customer or a product.',
  },
  {
    id: 'consumer-aligned',
    label: 'Consumer-aligned',
    description:
      'Shapes data for one use, such as a report, a dashboard or the features of a model, ready to read as it is.',
  },
];

export interface NewProductFields {
  id: string;
  name: string;
  domain: string;
  team: string;
}

export interface NewProductTexts {
  descriptor: string;
  contract: { id: string; text: string };
}

const newVersion = '0.1.0';
const newStatus = 'proposed';

type Path = readonly (string | number)[];

/** What differs between the templates: the product's texts, its first port and table. */
interface Blueprint {
  purpose: string;
  limitations: string;
  usage: string;
  port: { name: string; description: string };
  table: Record<string, unknown>;
  slaProperties: Record<string, unknown>[];
  /** What to make of the first table, in a comment before it. */
  tableComment: string;
}

const blueprints: Record<ProductTemplateId, Blueprint> = {
  'source-aligned': {
    purpose:
      'Every event the source system records, as it records it, for teams that build on what happens there.',
    limitations:
      'Events are not corrected after they are published; a correction arrives as a new event.',
    usage: 'Read the latest state of something by taking its most recent event (by occurred_at).',
    port: { name: 'events', description: 'The events of the source system, as they happen.' },
    table: {
      name: 'events',
      physicalType: 'table',
      businessName: 'Events',
      description: 'One row per event recorded by the source system.',
      logicalType: 'object',
      dataGranularityDescription: 'One row per event',
      properties: [
        keyColumn('event_id', {
          businessName: 'Event ID',
          description: 'Identifier of the event, as the source system issues it.',
          examples: ['EVT-000481', 'EVT-000482'],
        }),
        column('event_type', 'string', 'varchar(32)', {
          businessName: 'Event type',
          description: 'What happened.',
          examples: ['created', 'updated'],
        }),
        column('entity_id', 'string', 'varchar(36)', {
          businessName: 'Entity ID',
          description:
            'Identifier of what the event is about (an order, a parcel, …) in the source system.',
          examples: ['ORD-2024-0048213'],
        }),
        column('occurred_at', 'timestamp', 'timestamptz', {
          businessName: 'Occurred at',
          description: 'When it happened in the source system (UTC).',
          examples: ['2024-03-14T09:26:53Z'],
        }),
        column('published_at', 'timestamp', 'timestamptz', {
          businessName: 'Published at',
          description: 'When the event reached this product (UTC).',
          examples: ['2024-03-14T09:27:02Z'],
        }),
      ],
      quality: [rowCountCheck('Events keep arriving: the table is never empty.')],
    },
    slaProperties: [
      { property: 'latency', value: 15, unit: 'min', element: 'events.occurred_at' },
      { property: 'frequency', value: 15, unit: 'min' },
      { property: 'retention', value: 1, unit: 'y', element: 'events.occurred_at' },
    ],
    tableComment:
      'Name the table after the events (order_events, parcel_scans) and keep the columns the source system has.',
  },
  aggregate: {
    purpose:
      'One row per entity, combined from the products that know about it, so every team counts and joins the same way.',
    limitations: 'Recomputed once a day: changes in the sources appear the next morning.',
    usage: 'Join on entity_id; it is the same identifier in every source this product combines.',
    port: { name: 'entities', description: 'The current view of every entity, recomputed daily.' },
    table: {
      name: 'entities',
      physicalType: 'table',
      businessName: 'Entities',
      description: 'One row per entity, with what the sources know about it.',
      logicalType: 'object',
      dataGranularityDescription: 'One row per entity',
      properties: [
        keyColumn('entity_id', {
          businessName: 'Entity ID',
          description: 'Identifier of the entity, the same in every source.',
          examples: ['C-00418265', 'C-01173302'],
        }),
        column('display_name', 'string', 'varchar(200)', {
          businessName: 'Display name',
          description: 'The name people know the entity by.',
          examples: ['Northern Store'],
        }),
        column('first_seen_at', 'timestamp', 'timestamptz', {
          businessName: 'First seen at',
          description: 'When a source first recorded the entity (UTC).',
          examples: ['2021-04-12T08:00:00Z'],
        }),
        column('event_count', 'integer', 'bigint', {
          businessName: 'Event count',
          description: 'How many events the sources recorded about the entity.',
          examples: [12, 340],
        }),
        column('updated_at', 'timestamp', 'timestamptz', {
          businessName: 'Updated at',
          description: 'When this row was last recomputed (UTC).',
          examples: ['2024-03-15T05:12:00Z'],
        }),
      ],
      quality: [rowCountCheck('Every entity the sources know is here: the table is never empty.')],
    },
    slaProperties: [
      { property: 'latency', value: 1, unit: 'd', element: 'entities.updated_at' },
      { property: 'frequency', value: 1, unit: 'd' },
      { property: 'timeOfAvailability', value: '06:00Z', driver: 'analytics' },
      { property: 'retention', value: 3, unit: 'y' },
    ],
    tableComment:
      'Name the table after the entity (customers, stores, articles) and say which products it combines.',
  },
  'consumer-aligned': {
    purpose: 'The figures one report, dashboard or model needs, computed and ready to read.',
    limitations: 'Shaped for its use: for other questions, read the products it is computed from.',
    usage: 'Filter on report_date and segment; each pair has exactly one row.',
    port: {
      name: 'report',
      description: 'The figures of the report, one row per day and segment.',
    },
    table: {
      name: 'report',
      physicalType: 'table',
      businessName: 'Report',
      description: 'One row per day and segment, with the figures of the report.',
      logicalType: 'object',
      dataGranularityDescription: 'One row per day and segment',
      properties: [
        column('report_date', 'date', 'date', {
          businessName: 'Report date',
          description: 'The day the figures are for.',
          primaryKey: true,
          primaryKeyPosition: 1,
          examples: ['2024-03-14'],
          quality: [alwaysThere('report date')],
        }),
        column('segment', 'string', 'varchar(64)', {
          businessName: 'Segment',
          description: 'The group the figures are for (a region, a channel, …).',
          primaryKey: true,
          primaryKeyPosition: 2,
          examples: ['online', 'store'],
          quality: [alwaysThere('segment')],
        }),
        column('metric_value', 'number', 'numeric(14,2)', {
          businessName: 'Metric value',
          description: 'The figure itself; rename the column after what it measures.',
          examples: [1249.5],
        }),
        column('computed_at', 'timestamp', 'timestamptz', {
          businessName: 'Computed at',
          description: 'When the figures were computed (UTC).',
          examples: ['2024-03-15T06:40:00Z'],
        }),
      ],
      quality: [rowCountCheck('There are figures for every day: the table is never empty.')],
    },
    slaProperties: [
      { property: 'frequency', value: 1, unit: 'd' },
      { property: 'timeOfAvailability', value: '07:00Z', driver: 'analytics' },
      { property: 'retention', value: 2, unit: 'y', element: 'report.report_date' },
    ],
    tableComment:
      'Name the table after the report or model it serves. For a feature table, make it one row\nper entity, with a column per feature.',
  },
};

interface ColumnDetails {
  businessName: string;
  description: string;
  examples: unknown[];
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  unique?: boolean;
  quality?: Record<string, unknown>[];
}

/** A required column of internal data; the owner marks personal data (`pii`) where it is. */
function column(
  name: string,
  logicalType: string,
  physicalType: string,
  details: ColumnDetails,
): Record<string, unknown> {
  const { businessName, description, primaryKey, primaryKeyPosition, unique } = details;
  return {
    name,
    businessName,
    description,
    logicalType,
    physicalType,
    required: true,
    ...(primaryKey ? { primaryKey, primaryKeyPosition } : {}),
    ...(unique ? { unique } : {}),
    classification: 'internal',
    examples: details.examples,
    ...(details.quality ? { quality: details.quality } : {}),
  };
}

/** A string primary key on its own, with the checks that it is always there and never repeated. */
function keyColumn(name: string, details: ColumnDetails): Record<string, unknown> {
  const what = details.businessName.toLowerCase();
  return column(name, 'string', 'varchar(36)', {
    ...details,
    primaryKey: true,
    primaryKeyPosition: 1,
    unique: true,
    quality: [
      alwaysThere(what),
      {
        type: 'library',
        metric: 'duplicateValues',
        mustBe: 0,
        dimension: 'uniqueness',
        severity: 'error',
        description: `No two rows share a ${what}.`,
      },
    ],
  });
}

function alwaysThere(what: string): Record<string, unknown> {
  return {
    type: 'library',
    metric: 'nullValues',
    mustBe: 0,
    dimension: 'completeness',
    severity: 'error',
    description: `Every row has a ${what}.`,
  };
}

function rowCountCheck(description: string): Record<string, unknown> {
  return {
    type: 'library',
    metric: 'rowCount',
    mustBeGreaterThan: 0,
    unit: 'rows',
    dimension: 'completeness',
    severity: 'error',
    description,
  };
}

/**
 * The descriptor and the contract of a new product made from a template, both at version 0.1.0
 * and proposed. The descriptor's output port names the contract, whose id is the product's id and
 * the port's name (`store-visits.events`), as in the rest of the catalog. The fields are written
 * as given; whether the id is a valid one is for the validator to say.
 */
export function newProductTexts(
  templateId: ProductTemplateId,
  { id, name, domain, team }: NewProductFields,
): NewProductTexts {
  const blueprint = blueprints[templateId];
  if (!blueprint) throw new Error(`There is no product template "${String(templateId)}"`);
  const { port } = blueprint;
  const contractId = contractIdOf(id, port.name);

  const descriptor = toYaml(
    {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id,
      name,
      version: newVersion,
      status: newStatus,
      domain,
      description: {
        purpose: blueprint.purpose,
        limitations: blueprint.limitations,
        usage: blueprint.usage,
      },
      tags: [templateId],
      outputPorts: [
        {
          name: port.name,
          description: port.description,
          version: newVersion,
          contractId,
        },
      ],
      team: { name: team },
    },
    'Data product descriptor (ODPS v1.0.0). Replace the example texts with your own, then publish.',
    [
      [['id'], 'The id names the product in links and lineage: it cannot change once published.'],
      [['version'], versionComment],
      [['status'], statusComment],
      [
        ['description'],
        'What consumers read first: why the product exists, what it cannot be used for, how to use it.',
      ],
      [['tags'], 'Words people search for: the subject, the source system, the business process.'],
      [
        ['outputPorts'],
        [
          'What this product reads, if anything: one input port per contract of another product, e.g.',
          '  inputPorts:',
          '    - name: orders',
          '      version: 1.0.0',
          '      contractId: other-product.orders',
          'What consumers read from this product: each output port has its own contract.',
        ].join('\n'),
      ],
      [['outputPorts', 0, 'version'], 'The version of the contract below; keep the two in step.'],
      [
        ['team'],
        [
          'The team that owns the product (its contracts name the same team). Add the people, and',
          'where consumers ask questions, e.g.',
          '  members:',
          '    - username: jane.doe',
          '      name: Jane Doe',
          '      role: Data Product Owner',
          'support:',
          '  - channel: "#data-your-team"',
          '    tool: slack',
          '    url: https://example.slack.com/archives/C0000000',
        ].join('\n'),
      ],
    ],
  );

  const contract = toYaml(
    {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: contractId,
      name: `${name} (${port.name})`,
      version: newVersion,
      status: newStatus,
      domain,
      description: {
        purpose: port.description,
        limitations: blueprint.limitations,
        usage: blueprint.usage,
      },
      tags: [templateId],
      schema: [blueprint.table],
      slaProperties: blueprint.slaProperties,
      roles: [
        {
          role: `${port.name}_reader`,
          access: 'read',
          description: `Read ${port.name}.`,
        },
      ],
      team: { name: team },
    },
    `Data contract (ODCS v3.1.0) of the "${port.name}" output port: the promises consumers rely on.`,
    [
      [['id'], "The descriptor's output port names this id in its contractId."],
      [['version'], versionComment],
      [['status'], statusComment],
      [
        ['schema'],
        [
          'Where consumers read the data: add the server, e.g.',
          'servers:',
          '  - server: production',
          '    type: postgres',
          '    host: db.example.internal',
          '    port: 5432',
          '    database: analytics',
          '    schema: your_schema',
          'What consumers read: a table per data set, with its columns. Mark personal data',
          'with `classification: pii`.',
        ].join('\n'),
      ],
      [['schema', 0], blueprint.tableComment],
      [
        ['schema', 0, 'quality'],
        'Checks the data must pass; test runs report their results against them.',
      ],
      [
        ['slaProperties'],
        'Service levels: how fresh the data is, how often it is refreshed, how long it is kept.',
      ],
      [
        ['roles'],
        'Access consumers can request. The owning team approves; name `firstLevelApprovers` and\n`secondLevelApprovers` (e.g. Data Governance) for other or further approvals.',
      ],
      [['team'], "The product's team: a product provides only contracts of its own team."],
    ],
  );

  return { descriptor, contract: { id: contractId, text: contract } };
}

/**
 * A product id in another script than the port's name (`店舗-来店`) would mix scripts in the
 * contract's id, which ids must not: that contract is numbered instead (`店舗-来店.1`).
 */
function contractIdOf(productId: string, portName: string): string {
  const named = `${productId}.${portName}`;
  return describeIdProblem(named) && !describeIdProblem(productId) ? `${productId}.1` : named;
}

const versionComment =
  'Versions are kept for ever. Raise the major number (1.0.0) when a change breaks consumers.';
const statusComment =
  'proposed, then draft while it is built, active once consumers may rely on it, later deprecated and retired.';

/** `value` as YAML, with a comment at the top and one before each place `comments` names. */
function toYaml(value: object, header: string, comments: readonly [Path, string][]): string {
  const document = new Document(value, { aliasDuplicateObjects: false });
  document.commentBefore = asComment(header);
  for (const [path, text] of comments) {
    const node = nodeToComment(document, path);
    node.commentBefore = asComment(text);
  }
  return document.toString({ lineWidth: 0 });
}

/** The key of a mapping entry, or the item of a list, so the comment comes before its line. */
function nodeToComment(document: Document, path: Path): Node {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (isMap(item)) return item;
  }
  throw new Error(`A template comments on ${path.join('.')}, which it does not have`);
}

/** The `yaml` package writes `#` before each line; the space after it is the comment's own. */
function asComment(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/**
 * An id for a product called `name`: lower-case ASCII letters and digits in words joined by
 * hyphens ("Crème Brûlée: Sales #1" → "creme-brulee-sales-1"), at most 60 characters. Empty when
 * the name has nothing to make one from (only Japanese letters, say): the owner then types one.
 */
export function suggestProductId(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłþ]/g, (letter) => asciiLetters[letter] ?? '');
  const words = ascii.match(/[a-z0-9]+/g) ?? [];
  return words.join('-').slice(0, maxSuggestedIdLength).replace(/-+$/, '');
}

const maxSuggestedIdLength = 60;

/** Letters that do not decompose into an ASCII letter and accents. */
const asciiLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};
