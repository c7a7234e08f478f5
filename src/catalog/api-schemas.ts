/**
 * The catalog API's payloads. The API validates requests and documents its OpenAPI with these,
 * and the web app parses every response with the same schemas, so neither side can drift.
 * Written with `zod/mini`, whose functions tree-shake, to keep the landing page small.
 */
import * as z from 'zod/mini';
import type { OdcsContract } from './standards/odcs';
import type { OdpsProduct } from './standards/odps';
import { accessStatuses } from './access/access-requests';
import { lineageLimits } from './lineage';
import type { SloStatus } from './service-levels/service-level-types';

/** Names a schema for the OpenAPI document (`#/components/schemas/<id>`). */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description?: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, description ? { id, description } : { id });
  return schema;
}

/**
 * Documents a field in the OpenAPI document. A named schema is shared by every field that uses
 * it, and describing it would replace its name: the field gets a copy, described.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const field = z.globalRegistry.get(schema)?.id ? (schema.clone() as T) : schema;
  z.globalRegistry.add(field as z.ZodMiniType, { description });
  return field;
}

const isRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const integer = () => z.int();
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const documentIssueSchema = named(
  z.object({
    path: described(
      z.string(),
      'Where in the document, e.g. `outputPorts[1].contractId`; empty for the whole document.',
    ),
    line: z.optional(described(integer(), '1-based line in the text that was sent.')),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
  }),
  'DocumentIssue',
);
export type DocumentIssueDto = z.infer<typeof documentIssueSchema>;

export const errorResponseSchema = named(
  z.object({
    message: described(z.string(), 'What went wrong, in words a user can act on.'),
    errors: z.optional(z.array(documentIssueSchema)),
    total: z.optional(
      described(integer(), 'How many problems there are in all, when only the first are listed.'),
    ),
  }),
  'Error',
);
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * The catalog's filters and facets. All but `health` are facts of the current documents; `health`
 * is the product's overall service-level status now, from its latest evaluation.
 */
export const facetNames = [
  'domain',
  'status',
  'health',
  'tag',
  'owner',
  'portType',
  'classification',
] as const;
export type FacetName = (typeof facetNames)[number];

/** The values of the `health` filter and facet: a product's overall service-level status. */
export const healthStatuses = [
  'breached',
  'atRisk',
  'noData',
  'met',
  'declared',
] as const satisfies readonly SloStatus[];
export type HealthStatus = (typeof healthStatuses)[number];

export const sortOptions = ['relevance', 'name', 'updated', 'status', 'health'] as const;
export type SortOption = (typeof sortOptions)[number];

const multiValue = (description: string) =>
  described(z._default(z.array(text(1, 200)).check(z.maxLength(50)), []), description);

export const productSearchQuerySchema = z.object({
  q: described(
    z._default(z.string().check(z.maxLength(200)), ''),
    'Words to find in name, purpose, tags, domain, owner and column names or descriptions.',
  ),
  domain: multiValue(
    'Keep products of these domains. Repeat a parameter for alternatives; different parameters must all hold.',
  ),
  status: multiValue('Keep products with these statuses.'),
  tag: multiValue('Keep products with any of these tags.'),
  owner: multiValue('Keep products owned by these teams.'),
  portType: multiValue(
    'Keep products with an output port served this way (postgres, kafka, s3, …).',
  ),
  classification: multiValue(
    'Keep products with a column of this classification (pii, restricted, …).',
  ),
  health: described(
    z._default(z.array(z.enum(healthStatuses)).check(z.maxLength(5)), []),
    'Keep products whose service levels stand this way now (`breached`, `atRisk`, `met`, `noData`, `declared`); a product never evaluated is `noData`.',
  ),
  sort: described(
    z.optional(z.enum(sortOptions)),
    'Defaults to relevance when `q` is given, to name otherwise. `health` puts the worst first: breached, at risk, without data, met, declared only.',
  ),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
});
export type ProductSearchQuery = z.infer<typeof productSearchQuerySchema>;
/** What a client sends: any subset; the API fills in the defaults. */
export type ProductSearchParams = Partial<ProductSearchQuery>;

/** A whole search query from some of its fields, the others at their defaults. */
export function searchQuery(fields: ProductSearchParams = {}): ProductSearchQuery {
  return productSearchQuerySchema.parse(fields);
}

export const productSummarySchema = named(
  z.object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    status: z.string(),
    domain: z.nullable(z.string()),
    tenant: z.nullable(z.string()),
    owner: described(z.nullable(z.string()), "The owning team's name."),
    purpose: z.nullable(z.string()),
    tags: z.array(z.string()),
    portTypes: z.array(z.string()),
    classifications: z.array(z.string()),
    hasPersonalData: z.boolean(),
    outputPortCount: integer(),
    updatedAt: described(z.string(), 'When the current version was imported (ISO 8601).'),
  }),
  'ProductSummary',
);
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const productSearchItemSchema = named(
  z.extend(productSummarySchema, {
    health: described(
      z.enum(healthStatuses),
      'How its service levels stand now, as on the portfolio; `noData` when never evaluated.',
    ),
  }),
  'ProductSearchItem',
);
export type ProductSearchItem = z.infer<typeof productSearchItemSchema>;

export const facetValueSchema = named(
  z.object({ value: z.string(), count: integer() }),
  'FacetValue',
);
export type FacetValue = z.infer<typeof facetValueSchema>;

const facetList = () => z.array(facetValueSchema);

export const productSearchResultSchema = named(
  z.object({
    items: z.array(productSearchItemSchema),
    total: described(integer(), 'How many products match, over all pages.'),
    page: integer(),
    pageSize: integer(),
    facets: described(
      z.object({
        domain: facetList(),
        status: facetList(),
        tag: facetList(),
        owner: facetList(),
        portType: facetList(),
        classification: facetList(),
        health: facetList(),
      }),
      'Value counts over the whole matching set, most frequent first.',
    ),
  }),
  'ProductSearchResult',
);
export type ProductSearchResult = z.infer<typeof productSearchResultSchema>;

export const odpsProductSchema = named(
  z.custom<OdpsProduct>(isRecord),
  'OdpsProduct',
  'An Open Data Product Standard v1.0.0 descriptor (https://github.com/bitol-io/open-data-product-standard).',
);

export const odcsContractSchema = named(
  z.custom<OdcsContract>(isRecord),
  'OdcsContract',
  'An Open Data Contract Standard v3.1.0 contract (https://github.com/bitol-io/open-data-contract-standard).',
);

export const versionInfoSchema = named(
  z.object({
    version: z.string(),
    createdAt: z.string(),
    createdBy: described(z.string(), 'Who imported this version.'),
    current: z.boolean(),
  }),
  'VersionInfo',
);
export type VersionInfo = z.infer<typeof versionInfoSchema>;

export const productLinkSchema = named(
  z.object({
    productId: z.string(),
    name: z.string(),
    domain: z.nullable(z.string()),
    status: z.string(),
    contractId: described(
      z.string(),
      'The contract that carries the data between the two products.',
    ),
  }),
  'ProductLink',
);
export type ProductLink = z.infer<typeof productLinkSchema>;

export const contractEntrySchema = named(
  z.object({
    id: z.string(),
    version: z.string(),
    createdAt: z.string(),
    document: odcsContractSchema,
  }),
  'ContractEntry',
);
export type ContractEntry = z.infer<typeof contractEntrySchema>;

export const productDetailSchema = named(
  z.object({
    summary: productSummarySchema,
    document: odpsProductSchema,
    version: described(
      z.string(),
      'The version read: as declared, or the revision (`r2`) of a descriptor that declares none.',
    ),
    versions: z.array(versionInfoSchema),
    contracts: described(
      z.array(contractEntrySchema),
      "Current version of each contract the product's output ports name.",
    ),
    missingContractIds: described(
      z.array(z.string()),
      'Contracts named by output ports that the catalog does not hold.',
    ),
    upstream: described(z.array(productLinkSchema), 'Products this one reads from.'),
    downstream: described(z.array(productLinkSchema), 'Products that read from this one.'),
  }),
  'ProductDetail',
);
export type ProductDetail = z.infer<typeof productDetailSchema>;

export const contractDetailSchema = named(
  z.object({
    id: z.string(),
    version: z.string(),
    createdAt: z.string(),
    document: odcsContractSchema,
    versions: z.array(versionInfoSchema),
    providers: described(
      z.array(productLinkSchema),
      'Products whose output ports provide this contract.',
    ),
    consumers: described(
      z.array(productLinkSchema),
      'Products whose input ports read this contract.',
    ),
  }),
  'ContractDetail',
);
export type ContractDetail = z.infer<typeof contractDetailSchema>;

export const impactLevels = ['MAJOR', 'MINOR', 'PATCH'] as const;

export const impactCountsSchema = named(
  z.object({ major: integer(), minor: integer(), patch: integer() }),
  'ImpactCounts',
  'How many differences break consumers (major), are compatible (minor) or cosmetic (patch).',
);

export const importResultSchema = named(
  z.object({
    kind: z.enum(['product', 'contract']),
    id: z.string(),
    version: z.string(),
    created: described(z.boolean(), 'false when the identical text was already stored.'),
    current: described(z.boolean(), 'Whether this version is now the current one (the highest).'),
    warnings: z.array(documentIssueSchema),
    changes: z.optional(
      described(
        z.object({
          from: z.string(),
          impact: impactCountsSchema,
          level: z.optional(z.enum(impactLevels)),
          breaking: described(z.array(z.string()), 'The changes that break consumers, in words.'),
        }),
        'What changed since the version that was current before.',
      ),
    ),
  }),
  'ImportResult',
);
export type ImportResult = z.infer<typeof importResultSchema>;

export const conflictResponseSchema = named(
  z.object({
    message: z.string(),
    existing: z.object({ id: z.string(), version: z.string(), createdAt: z.string() }),
  }),
  'VersionConflict',
);

export const healthSchema = named(
  z.object({
    status: z.literal('ok'),
    version: z.string(),
    store: z.object({ kind: z.string(), products: integer(), contracts: integer() }),
  }),
  'Health',
);
export type Health = z.infer<typeof healthSchema>;

export const teamRoles = ['owner', 'editor', 'member'] as const;
export type TeamRole = (typeof teamRoles)[number];

export const principalSchema = named(
  z.object({
    id: described(z.string(), 'The username, as approvers and audit logs name it.'),
    name: z.string(),
    email: z.nullable(z.string()),
    roles: described(z.array(z.string()), 'Global roles, e.g. `admin`.'),
    teams: described(
      z.array(z.object({ name: z.string(), role: z.enum(teamRoles) })),
      'Teams the principal belongs to; owners and editors may change their products.',
    ),
    mode: described(z.enum(['demo', 'oidc']), 'How the principal was identified.'),
  }),
  'Principal',
);
export type Principal = z.infer<typeof principalSchema>;

export const demoPersonaSchema = named(
  z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    principal: principalSchema,
  }),
  'DemoPersona',
);
export type DemoPersona = z.infer<typeof demoPersonaSchema>;

export const authConfigSchema = named(
  z.union([
    z.object({
      mode: z.literal('demo'),
      personas: z.array(demoPersonaSchema),
      defaultPersona: z.string(),
    }),
    z.object({
      mode: z.literal('oidc'),
      issuer: z.string(),
      clientId: z.string(),
      scopes: z.string(),
    }),
  ]),
  'AuthConfig',
  'How the web app signs people in: demo personas, or an OpenID Connect provider.',
);
export type AuthConfig = z.infer<typeof authConfigSchema>;

// ——— Access requests ———

export const accessStatusSchema = z.enum(accessStatuses);

export const granteeKinds = ['user', 'team', 'product'] as const;

const personSchema = z.object({ id: z.string(), name: z.string() });

export const accessRequestSchema = named(
  z.object({
    id: z.string(),
    productId: z.string(),
    productName: z.string(),
    ownerTeam: z.nullable(z.string()),
    portName: z.string(),
    contractId: z.nullable(z.string()),
    role: z.string(),
    access: z.string(),
    approvers: described(
      z.object({ level1: z.array(z.string()), level2: z.array(z.string()) }),
      'Usernames or team names that approve each level; level 2 is empty for one-level roles.',
    ),
    requester: personSchema,
    grantee: z.object({ kind: z.enum(granteeKinds), id: z.string(), name: z.string() }),
    purpose: z.string(),
    requestedUntil: z.string(),
    status: accessStatusSchema,
    approvals: z.array(z.object({ level: z.int(), by: personSchema, at: z.string() })),
    expiresAt: described(z.nullable(z.string()), 'When granted access ends.'),
    reason: described(
      z.nullable(z.string()),
      'The reason given for the last rejection or revocation.',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  'AccessRequest',
);
export type AccessRequest = z.infer<typeof accessRequestSchema>;

export const accessEventSchema = named(
  z.object({
    id: z.string(),
    requestId: z.string(),
    at: z.string(),
    actor: personSchema,
    action: z.enum(['submit', 'approve', 'reject', 'cancel', 'expire', 'revoke']),
    fromStatus: z.nullable(accessStatusSchema),
    toStatus: accessStatusSchema,
    reason: z.nullable(z.string()),
  }),
  'AccessEvent',
  'One entry of the immutable audit log of a request.',
);
export type AccessEvent = z.infer<typeof accessEventSchema>;

export const accessRequestDetailSchema = named(
  z.object({ request: accessRequestSchema, timeline: z.array(accessEventSchema) }),
  'AccessRequestDetail',
);
export type AccessRequestDetail = z.infer<typeof accessRequestDetailSchema>;

export const accessRequestListSchema = named(
  z.object({
    items: z.array(accessRequestSchema),
    requesterGrants: z.optional(
      described(
        z.record(z.string(), z.array(accessRequestSchema)),
        'For approvers: what each requester already holds, by requester id.',
      ),
    ),
  }),
  'AccessRequestList',
);

export const createAccessRequestSchema = named(
  z.object({
    productId: text(1, 500),
    ports: z
      .array(z.object({ portName: text(1, 500), role: text(1, 500) }))
      .check(z.minLength(1, 'Choose at least one output port'), z.maxLength(20)),
    grantee: z.object({
      kind: z.enum(granteeKinds),
      id: z.optional(z.string().check(z.maxLength(500))),
    }),
    purpose: z
      .string()
      .check(
        z.trim(),
        z.minLength(10, 'Describe the purpose in at least 10 characters'),
        z.maxLength(2000, 'Keep the purpose under 2,000 characters'),
      ),
    until: described(z.string(), 'The date (YYYY-MM-DD) or time the access should end.'),
    acknowledged: z.literal(
      true,
      'Confirm that you have read the usage, limitations and price terms',
    ),
  }),
  'CreateAccessRequest',
);
export type CreateAccessRequest = z.infer<typeof createAccessRequestSchema>;

export const decisionSchema = named(
  z.object({ reason: z.optional(z.string().check(z.maxLength(2000))) }),
  'AccessDecision',
);

export const notificationSchema = named(
  z.object({
    id: z.string(),
    kind: described(
      z.enum(['access', 'change']),
      'An access request moved, or a version that breaks consumers was published.',
    ),
    link: described(z.string(), 'Where in the portal it leads.'),
    requestId: z.optional(z.string()),
    at: z.string(),
    message: z.string(),
    toStatus: z.optional(accessStatusSchema),
    read: z.boolean(),
  }),
  'Notification',
);
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = named(
  z.object({ items: z.array(notificationSchema), unread: z.int() }),
  'NotificationList',
);

export const consumersSchema = named(
  z.object({
    productId: z.string(),
    grants: z.array(accessRequestSchema),
  }),
  'Consumers',
  'Current grants on the output ports of a product.',
);

const depthParameter = (description: string) =>
  described(
    z._default(
      z.union([
        z.literal('all'),
        z.coerce.number().check(z.int(), z.minimum(0), z.maximum(lineageLimits.allDepth)),
      ]),
      lineageLimits.defaultDepth,
    ),
    description,
  );

export const lineageQuerySchema = z.object({
  focus: described(
    z.optional(text(1, 500)),
    'The product in the middle; without it, the whole mesh (within the budget).',
  ),
  upstream: depthParameter('Steps upstream of the focus: 0 to 100, or `all`.'),
  downstream: depthParameter('Steps downstream of the focus: 0 to 100, or `all`.'),
  domain: multiValue('Show only products of these domains (the focus always shows).'),
  status: multiValue('Show only products with these statuses.'),
  budget: described(
    z._default(
      z.coerce.number().check(z.int(), z.minimum(1), z.maximum(lineageLimits.maxBudget)),
      lineageLimits.defaultBudget,
    ),
    'At most this many products, nearest first; what is left out is counted in `truncated`.',
  ),
  expand: multiValue('Also show every neighbour of these products.'),
});

export const lineageNodeSchema = named(
  z.object({
    id: z.string(),
    name: z.string(),
    domain: z.nullable(z.string()),
    status: z.string(),
    owner: z.nullable(z.string()),
    depth: described(
      z.nullable(z.int()),
      'Steps from the focus: negative upstream, positive downstream; null without a focus.',
    ),
    health: described(
      z.enum(healthStatuses),
      'How its service levels stand now, as on the portfolio (past a deadline: `breached`); `noData` when never evaluated.',
    ),
  }),
  'LineageNode',
);

export const lineageEdgeSchema = named(
  z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    kind: described(
      z.enum(['port', 'grant', 'observed']),
      '`port`: the target reads a contract the source provides; `grant`: the target was granted access to a port of the source; `observed`: OpenLineage shows the target reading a port of the source that it does not declare as an input.',
    ),
    contractId: z.nullable(z.string()),
    portName: z.nullable(z.string()),
  }),
  'LineageEdge',
);

export const lineageGraphSchema = named(
  z.object({
    focus: z.nullable(z.string()),
    nodes: z.array(lineageNodeSchema),
    edges: z.array(lineageEdgeSchema),
    truncated: described(
      z.record(z.string(), z.int()),
      'Products with neighbours left out (by depth, budget or filters), and how many.',
    ),
  }),
  'LineageGraph',
  'A bounded lineage graph: never more nodes than the budget (plus expanded neighbours).',
);
