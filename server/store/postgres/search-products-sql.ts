import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { FacetName, ProductSearchQuery } from '../../../src/catalog/api-schemas';
import { portfolioStatusOrder } from '../service-level-order';
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
  /** The `health_rank` column the order needs (worst first), or none. */
  healthRank: SQL;
  /** Identifies the matching set (words and filters), whatever the sort and page. */
  signature: string;
  /** Whether the matching set or its order depends on service levels, not only on documents. */
  readsHealth: boolean;
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

/**
 * A product's service-level status as of `now`, from its summary (past its deadline: breached),
 * `noData` without one, as the portfolio counts it. Correlated with the `product_search` row.
 */
export function healthSql(now: string): SQL {
  return sql`COALESCE((SELECT CASE WHEN sls.deadline <= ${now}::timestamptz THEN 'breached' ELSE sls.status END
    FROM service_level_summaries sls WHERE sls.product_id = product_search.id), 'noData')`;
}

/** The place of that status in the worst-first order (`portfolioStatusOrder`). */
function healthRankSql(now: string): SQL {
  return sql`COALESCE((SELECT CASE WHEN sls.deadline <= ${now}::timestamptz THEN 0 ELSE sls.status_rank END
    FROM service_level_summaries sls WHERE sls.product_id = product_search.id), ${portfolioStatusOrder.indexOf('noData')})`;
}

const statusOrder = sql`CASE status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 WHEN 'proposed' THEN 2 WHEN 'deprecated' THEN 3 WHEN 'retired' THEN 4 ELSE 5 END`;
const byName = sql`sort_name COLLATE "C", id COLLATE "C"`;

export function buildSearchSql(query: ProductSearchQuery, now: string): SearchSql {
  const conditions: SQL[] = [];
  if (query.health.length)
    conditions.push(sql`${healthSql(now)} = ANY(${sql.param(query.health)}::text[])`);
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
          : sort === 'health'
            ? sql`health_rank, ${byName}`
            : byName;

  const filters = Object.fromEntries(
    [...Object.keys(scalarFacets), ...Object.keys(arrayFacets), 'health'].map((facet) => [
      facet,
      [...query[facet as FacetName]].sort(),
    ]),
  );
  return {
    signature: JSON.stringify({ tokens: [...tokens].sort(), filters }),
    where: conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`,
    score,
    orderBy,
    healthRank: sort === 'health' ? healthRankSql(now) : sql`0`,
    readsHealth: query.health.length > 0 || sort === 'health',
  };
}

/** Products per service-level status over the matching rows. */
export function healthCountsSql(where: SQL, now: string): SQL {
  return sql`
    SELECT COALESCE(CASE WHEN s.deadline <= ${now}::timestamptz THEN 'breached' ELSE s.status END, 'noData') AS value,
      count(*)::int AS count
    FROM (SELECT id FROM product_search WHERE ${where}) AS matches
    LEFT JOIN service_level_summaries s ON s.product_id = matches.id
    GROUP BY 1
  `;
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
