/**
 * The sizes Meshport accepts, in one place: the API enforces them, the README documents them.
 * Each is far above what real descriptors and contracts use, and low enough that no single
 * document can make a request, a page or a search expensive for everyone else.
 */
export const documentLimits = {
  /** Bytes of one imported document (YAML or JSON). */
  documentBytes: 2 * 1024 * 1024,
  /** Characters of a document's `id`, and of the ids its ports name. */
  idLength: 500,
  /** Characters of a document's `version`. */
  versionLength: 100,
  /** Characters of a document's `name`. */
  nameLength: 500,
  /** Characters of the short labels search filters on: status, domain, tenant, team, tags. */
  labelLength: 200,
  /** How deep mappings and lists may nest. */
  nestingDepth: 64,
  /** Aliases (`*name`) in one document. */
  aliases: 100,
  /** Nodes that aliases may add when they are expanded, all together. */
  aliasExpansionNodes: 10_000,
  /** Characters of text aliases may repeat in all: a long text aliased 100 times is refused. */
  aliasExpansionText: 1_000_000,
  /** Problems listed in one answer; the message gives the total. */
  reportedProblems: 100,
  /** Characters of a product's text that search indexes (name, descriptions, columns). */
  indexedTextLength: 200_000,
} as const;

/**
 * The longest lists a document may have, by where they are. A list not named here may have at
 * most `anyList` items. The paths use `*` for any item of a list.
 */
export const listLimits: Record<'product' | 'contract', Record<string, number>> = {
  product: {
    inputPorts: 1_000,
    outputPorts: 1_000,
    managementPorts: 100,
    tags: 200,
    'team.members': 2_000,
  },
  contract: {
    schema: 1_000,
    'schema.*.properties': 2_000,
    servers: 200,
    roles: 500,
    quality: 1_000,
    'schema.*.quality': 1_000,
    'schema.*.properties.*.quality': 500,
    slaProperties: 500,
    tags: 200,
    'team.members': 2_000,
  },
};

/** Items of any list that `listLimits` does not name. */
export const anyListLimit = 5_000;
