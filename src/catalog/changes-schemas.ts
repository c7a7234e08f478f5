/**
 * The payloads about changes between versions: kept apart from api-schemas.ts so that only the
 * pages that show changes load them.
 */
import * as z from 'zod/mini';
import { described, impactCountsSchema, impactLevels, integer, named } from './api-schemas';

export const differenceSchema = named(
  z.object({
    type: z.enum(['ADD', 'REMOVE', 'CHANGE']),
    section: described(
      z.string(),
      'The top-level section: `schema`, `outputPorts`, `description`, …',
    ),
    field: described(
      z.string(),
      'The field that changed, or the list an item was added to or removed from.',
    ),
    path: described(
      z.string(),
      'Where, list items by identity: `schema.orders.properties.customer_id.logicalType`.',
    ),
    pointer: described(
      z.string(),
      "The same place in OMDS's notation: `/schema[name=orders]/properties[name=customer_id]/logicalType`.",
    ),
    value1: z.optional(z.unknown()),
    value2: z.optional(z.unknown()),
    message: described(z.string(), 'The difference in words.'),
    impactLevel: z.enum(impactLevels),
    weakensPromise: z.optional(
      described(
        z.boolean(),
        'A service level now promises less (longer latency, lower availability, …).',
      ),
    ),
    line1: z.optional(described(integer(), 'Its line in the older text.')),
    line2: z.optional(described(integer(), 'Its line in the newer text.')),
  }),
  'Difference',
);
export type DifferenceDto = z.infer<typeof differenceSchema>;

/** One side of a comparison: a stored version, or (for a draft) only the version it declares. */
export const comparedVersionSchema = named(
  z.object({
    version: z.string(),
    createdAt: z.optional(z.string()),
    createdBy: z.optional(z.string()),
    current: z.optional(z.boolean()),
  }),
  'ComparedVersion',
);

export const changesSchema = named(
  z.object({
    kind: z.enum(['product', 'contract']),
    id: z.string(),
    from: described(z.nullable(comparedVersionSchema), 'null when there is no earlier version.'),
    to: comparedVersionSchema,
    impact: impactCountsSchema,
    level: z.optional(z.enum(impactLevels)),
    suggestedVersion: z.optional(
      described(z.string(), "`from`'s version bumped at the highest level of the differences."),
    ),
    /** Whether `to` bumps `from` as much as its changes need; absent for versions that are not semver. */
    versionFollowsChanges: z.optional(z.boolean()),
    diffs: z.array(differenceSchema),
  }),
  'Changes',
);
export type Changes = z.infer<typeof changesSchema>;

export const versionHistorySchema = named(
  z.object({
    kind: z.enum(['product', 'contract']),
    id: z.string(),
    /** Newest first, each compared with the version before it. */
    versions: z.array(changesSchema),
    total: described(integer(), 'Versions in all; `versions` holds the newest `limit`.'),
  }),
  'VersionHistory',
);
export type VersionHistory = z.infer<typeof versionHistorySchema>;

export const semverRefusalSchema = named(
  z.object({
    message: z.string(),
    suggestedVersion: z.optional(z.string()),
    impact: impactCountsSchema,
    diffs: z.array(differenceSchema),
  }),
  'SemverRefusal',
);
