import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { FacetName, ProductSearchQuery } from '../../../src/catalog/api-schemas';
import { tokenize } from '../search-text';

/**
 * The SQL of a catalog search, built from the query: which rows match (`where`), how well
 * (`score`), and in which order. Every value is a bound parameter; words reach `to_tsquery` only
 * after normalisation to letters and digits, so they cannot carry query syntax.
 */
export interface SearchSql {
  where: SQL;
  score: SQL;
  orderBy: SQL;
  /** Identifies the matching set (words and filters), whatever the sort and page. */
  signature: string;
}

const arrayFacets: Partial<Record<FacetName, string>> = {
  tag: 'tags',
  portType: 'port_types',
  classification: 'classifications',
};
const scalarFacets: Partial<Record<FacetName, string>> = {
  domain: 'domain',
  status: 'status',
  owner: 'owner',
};

const statusOrder = sql`CASE status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 WHEN 'proposed' THEN 2 WHEN 'deprecated' THEN 3 WHEN 'retired' THEN 4 ELSE 5 END`;
const byName = sql`sort_name COLLATE "C", id COLLATE "C"`;

export function buildSearchSql(query: ProductSearchQuery): SearchSql {
  const conditions: SQL[] = [];
  for (const [facet, column] of Object.entries(scalarFacets) as [FacetName, string][]) {
    if (query[facet].length)
      conditions.push(sql`${sql.identifier(column)} = ANY(${sql.param(query[facet])}::text[])`);
  }
  for (const [facet, column] of Object.entries(arrayFacets) as [FacetName, string][]) {
    if (query[facet].length)
      conditions.push(sql`${sql.identifier(column)} && ${sql.param(query[facet])}::text[]`);
  }

  const tokens = tokenize(query.q);
  // Every word must match: as a word start anywhere (full text), or inside the name (trigram).
  for (const token of tokens) {
    conditions.push(
      sql`(search_vector @@ to_tsquery('simple', ${`${token}:*`}) OR name_text LIKE ${`%${token}%`})`,
    );
  }
  const score = tokens.length
    ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', rank_vector, to_tsquery('simple', ${tokens
        .map((token) => `${token}:*`)
        .join(' | ')}))`
    : sql`0`;

  const sort = query.sort ?? (tokens.length ? 'relevance' : 'name');
  const orderBy =
    sort === 'relevance' && tokens.length
      ? sql`score DESC, ${byName}`
      : sort === 'updated'
        ? sql`updated_at DESC, ${byName}`
        : sort === 'status'
          ? sql`${statusOrder}, ${byName}`
          : byName;

  const filters = Object.fromEntries(
    [...Object.keys(scalarFacets), ...Object.keys(arrayFacets)].map((facet) => [
      facet,
      [...query[facet as FacetName]].sort(),
    ]),
  );
  return {
    signature: JSON.stringify({ tokens: [...tokens].sort(), filters }),
    where: conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`,
    score,
    orderBy,
  };
}

/** Value counts of every facet over the matching rows, in one round trip. */
export function facetCountsSql(where: SQL): SQL {
  return sql`
    WITH matches AS (
      SELECT domain, status, owner, tags, port_types, classifications FROM product_search WHERE ${where}
    )
    SELECT 'domain' AS facet, domain AS value, count(*)::int AS count FROM matches WHERE domain IS NOT NULL GROUP BY domain
    UNION ALL SELECT 'status', status, count(*)::int FROM matches GROUP BY status
    UNION ALL SELECT 'owner', owner, count(*)::int FROM matches WHERE owner IS NOT NULL GROUP BY owner
    UNION ALL SELECT 'tag', value, count(*)::int FROM matches, unnest(tags) AS value GROUP BY value
    UNION ALL SELECT 'portType', value, count(*)::int FROM matches, unnest(port_types) AS value GROUP BY value
    UNION ALL SELECT 'classification', value, count(*)::int FROM matches, unnest(classifications) AS value GROUP BY value
  `;
}
