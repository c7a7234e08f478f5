/**
 * The catalog API's payloads. The API validates requests and documents its OpenAPI with these,
 * and the web app parses every response with the same schemas, so neither side can drift.
 */
import { z } from 'zod';
import type { OdcsContract } from './odcs';
import type { OdpsProduct } from './odps';

const isRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const documentIssueSchema = z
  .object({
    path: z.string().meta({ description: 'Where in the document, e.g. `outputPorts[1].contractId`; empty for the whole document.' }),
    line: z.number().int().optional().meta({ description: '1-based line in the text that was sent.' }),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
  })
  .meta({ id: 'DocumentIssue' });
export type DocumentIssueDto = z.infer<typeof documentIssueSchema>;

export const errorResponseSchema = z
  .object({
    message: z.string().meta({ description: 'What went wrong, in words a user can act on.' }),
    errors: z.array(documentIssueSchema).optional(),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const facetNames = ['domain', 'status', 'tag', 'owner', 'portType', 'classification'] as const;
export type FacetName = (typeof facetNames)[number];

export const sortOptions = ['relevance', 'name', 'updated', 'status'] as const;
export type SortOption = (typeof sortOptions)[number];

const multiValue = (description: string) =>
  z.array(z.string().min(1).max(200)).max(50).default([]).meta({ description });

export const productSearchQuerySchema = z.object({
  q: z
    .string()
    .max(200)
    .default('')
    .meta({ description: 'Words to find in name, purpose, tags, domain, owner and column names or descriptions.' }),
  domain: multiValue(
    'Keep products of these domains. Repeat a parameter for alternatives; different parameters must all hold.',
  ),
  status: multiValue('Keep products with these statuses.'),
  tag: multiValue('Keep products with any of these tags.'),
  owner: multiValue('Keep products owned by these teams.'),
  portType: multiValue('Keep products with an output port served this way (postgres, kafka, s3, …).'),
  classification: multiValue('Keep products with a column of this classification (pii, restricted, …).'),
  sort: z
    .enum(sortOptions)
    .optional()
    .meta({ description: 'Defaults to relevance when `q` is given, to name otherwise.' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProductSearchQuery = z.infer<typeof productSearchQuerySchema>;
export type ProductSearchParams = z.input<typeof productSearchQuerySchema>;

export const productSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    status: z.string(),
    domain: z.string().nullable(),
    tenant: z.string().nullable(),
    owner: z.string().nullable().meta({ description: "The owning team's name." }),
    purpose: z.string().nullable(),
    tags: z.array(z.string()),
    portTypes: z.array(z.string()),
    classifications: z.array(z.string()),
    hasPersonalData: z.boolean(),
    outputPortCount: z.number().int(),
    updatedAt: z.string().meta({ description: 'When the current version was imported (ISO 8601).' }),
  })
  .meta({ id: 'ProductSummary' });
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const facetValueSchema = z
  .object({ value: z.string(), count: z.number().int() })
  .meta({ id: 'FacetValue' });
export type FacetValue = z.infer<typeof facetValueSchema>;

export const productSearchResultSchema = z
  .object({
    items: z.array(productSummarySchema),
    total: z.number().int().meta({ description: 'How many products match, over all pages.' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z
      .object({
        domain: z.array(facetValueSchema),
        status: z.array(facetValueSchema),
        tag: z.array(facetValueSchema),
        owner: z.array(facetValueSchema),
        portType: z.array(facetValueSchema),
        classification: z.array(facetValueSchema),
      })
      .meta({ description: 'Value counts over the whole matching set, most frequent first.' }),
  })
  .meta({ id: 'ProductSearchResult' });
export type ProductSearchResult = z.infer<typeof productSearchResultSchema>;

export const odpsProductSchema = z
  .custom<OdpsProduct>(isRecord)
  .meta({
    id: 'OdpsProduct',
    description:
      'An Open Data Product Standard v1.0.0 descriptor (https://github.com/bitol-io/open-data-product-standard).',
  });

export const odcsContractSchema = z
  .custom<OdcsContract>(isRecord)
  .meta({
    id: 'OdcsContract',
    description:
      'An Open Data Contract Standard v3.1.0 contract (https://github.com/bitol-io/open-data-contract-standard).',
  });

export const versionInfoSchema = z
  .object({
    version: z.string(),
    createdAt: z.string(),
    current: z.boolean(),
  })
  .meta({ id: 'VersionInfo' });
export type VersionInfo = z.infer<typeof versionInfoSchema>;

export const productLinkSchema = z
  .object({
    productId: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    status: z.string(),
    contractId: z.string().meta({ description: 'The contract that carries the data between the two products.' }),
  })
  .meta({ id: 'ProductLink' });
export type ProductLink = z.infer<typeof productLinkSchema>;

export const contractEntrySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    createdAt: z.string(),
    document: odcsContractSchema,
  })
  .meta({ id: 'ContractEntry' });
export type ContractEntry = z.infer<typeof contractEntrySchema>;

export const productDetailSchema = z
  .object({
    summary: productSummarySchema,
    document: odpsProductSchema,
    versions: z.array(versionInfoSchema),
    contracts: z
      .array(contractEntrySchema)
      .meta({ description: "Current version of each contract the product's output ports name." }),
    missingContractIds: z
      .array(z.string())
      .meta({ description: 'Contracts named by output ports that the catalog does not hold.' }),
    upstream: z.array(productLinkSchema).meta({ description: 'Products this one reads from.' }),
    downstream: z.array(productLinkSchema).meta({ description: 'Products that read from this one.' }),
  })
  .meta({ id: 'ProductDetail' });
export type ProductDetail = z.infer<typeof productDetailSchema>;

export const contractDetailSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    createdAt: z.string(),
    document: odcsContractSchema,
    versions: z.array(versionInfoSchema),
    providers: z.array(productLinkSchema).meta({ description: 'Products whose output ports provide this contract.' }),
    consumers: z.array(productLinkSchema).meta({ description: 'Products whose input ports read this contract.' }),
  })
  .meta({ id: 'ContractDetail' });
export type ContractDetail = z.infer<typeof contractDetailSchema>;

export const importResultSchema = z
  .object({
    kind: z.enum(['product', 'contract']),
    id: z.string(),
    version: z.string(),
    created: z.boolean().meta({ description: 'false when the identical text was already stored.' }),
    current: z.boolean().meta({ description: 'Whether this version is now the current one (the highest).' }),
    warnings: z.array(documentIssueSchema),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

export const conflictResponseSchema = z
  .object({
    message: z.string(),
    existing: z.object({ id: z.string(), version: z.string(), createdAt: z.string() }),
  })
  .meta({ id: 'VersionConflict' });

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    store: z.object({
      kind: z.string(),
      products: z.number().int(),
      contracts: z.number().int(),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;
