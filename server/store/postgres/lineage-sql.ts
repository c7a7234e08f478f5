import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type {
  LineageEdge,
  LineageGraph,
  LineageQuery,
  NodeInfo,
} from '../../../src/catalog/lineage';
import { assembleGraph, edgeId, keepWithinBudget } from '../../../src/catalog/lineage';
import type { Executor } from './database';
import { rows } from './database';

const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** The query's domain and status filters on a `product_search` alias. */
function passesFilters(query: LineageQuery, alias: string): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return sql`(${query.domains.length ? sql`${column('domain')} = ANY(${textArray(query.domains)})` : sql`TRUE`}
    AND ${query.statuses.length ? sql`${column('status')} = ANY(${textArray(query.statuses)})` : sql`TRUE`})`;
}

/**
 * The products one step from `frontier` in one direction, not yet `seen` and within the filters:
 * through a contract (an output port provides what an input port names) or a product grant.
 */
function nextStep(query: LineageQuery, direction: 'down' | 'up'): SQL {
  const [from, to] =
    direction === 'down'
      ? [sql`q.input_contract_ids && p.output_contract_ids`, sql`g.product_id = ANY(b.frontier)`]
      : [sql`q.output_contract_ids && p.input_contract_ids`, sql`g.grantee = ANY(b.frontier)`];
  const other = direction === 'down' ? sql`g.grantee` : sql`g.product_id`;
  return sql`
    SELECT array_agg(DISTINCT n.id) AS ids FROM (
      SELECT q.id FROM product_search p JOIN product_search q ON ${from}
        WHERE p.id = ANY(b.frontier) AND q.id <> p.id AND ${passesFilters(query, 'q')}
      UNION ALL
      SELECT q.id FROM (
          SELECT product_id, request->'grantee'->>'id' AS grantee FROM access_requests
          WHERE status = 'granted' AND request->'grantee'->>'kind' = 'product'
        ) g JOIN product_search q ON q.id = ${other}
        WHERE ${to} AND ${passesFilters(query, 'q')}
    ) n WHERE NOT n.id = ANY(b.seen)`;
}

/**
 * Breadth-first search as one recursive query: each row is a level (its depth, its frontier and
 * everything seen so far), so every product is visited once whatever the number of paths to
 * it, cycles end by themselves, and the walk stops as soon as the node budget is reached.
 */
function walkSql(query: LineageQuery & { focus: string }, direction: 'down' | 'up'): SQL {
  const limit = direction === 'down' ? query.downstream : query.upstream;
  return sql`
    WITH RECURSIVE bfs(depth, frontier, seen) AS (
      SELECT 0, ARRAY[${query.focus}::text], ARRAY[${query.focus}::text]
      UNION ALL
      SELECT b.depth + 1, step.ids, b.seen || step.ids
      FROM bfs b CROSS JOIN LATERAL (${nextStep(query, direction)}) step
      WHERE b.depth < ${limit} AND step.ids IS NOT NULL AND cardinality(b.seen) <= ${query.budget}
    )
    SELECT depth, frontier AS ids FROM bfs WHERE depth > 0`;
}

interface EdgeRow {
  kind: 'port' | 'grant';
  source: string;
  target: string;
  contract_id: string | null;
  port_name: string | null;
}

interface NodeRow {
  id: string;
  name: string;
  domain: string | null;
  status: string;
  owner: string | null;
}

const toInfo = (row: NodeRow): NodeInfo => ({
  id: row.id,
  name: row.name,
  domain: row.domain,
  status: row.status,
  owner: row.owner,
});

/** Every edge with one end in `ids`, port and grant edges alike. */
function touchingEdgesSql(ids: readonly string[]): SQL {
  const list = textArray(ids);
  return sql`
    SELECT 'port' AS kind, p.id AS source, q.id AS target, c AS contract_id, NULL AS port_name
      FROM product_search p CROSS JOIN LATERAL unnest(p.output_contract_ids) c
      JOIN product_search q ON q.input_contract_ids @> ARRAY[c]
      WHERE p.id = ANY(${list}) AND q.id <> p.id
    UNION
    SELECT 'port', p.id, q.id, c, NULL
      FROM product_search q CROSS JOIN LATERAL unnest(q.input_contract_ids) c
      JOIN product_search p ON p.output_contract_ids @> ARRAY[c]
      WHERE q.id = ANY(${list}) AND q.id <> p.id
    UNION
    SELECT 'grant', product_id, request->'grantee'->>'id',
           request->>'contractId', request->>'portName'
      FROM access_requests
      WHERE status = 'granted' AND request->'grantee'->>'kind' = 'product'
        AND (product_id = ANY(${list}) OR request->'grantee'->>'id' = ANY(${list}))`;
}

/** The lineage graph of `src/catalog/lineage.ts`, with the walking done by PostgreSQL. */
export async function lineageFromDatabase(
  db: Executor,
  query: LineageQuery,
): Promise<LineageGraph | null> {
  const reached = new Map<string, number | null>();
  if (query.focus) {
    const focus = query.focus;
    const [exists] = await rows<{ id: string }>(
      db,
      sql`SELECT id FROM product_search WHERE id = ${focus}`,
    );
    if (!exists) return null;
    reached.set(focus, 0);
    for (const [direction, sign] of [
      ['down', 1],
      ['up', -1],
    ] as const) {
      const levels = await rows<{ depth: number; ids: string[] }>(
        db,
        walkSql({ ...query, focus }, direction),
      );
      for (const level of levels) {
        for (const id of level.ids) {
          const known = reached.get(id);
          // A node both upstream and downstream (a cycle) keeps its nearest side.
          if (known == null || Math.abs(known) > level.depth) reached.set(id, sign * level.depth);
        }
      }
    }
  } else {
    const ids = await rows<{ id: string }>(
      db,
      sql`SELECT id FROM product_search p WHERE ${passesFilters(query, 'p')}
          ORDER BY sort_name COLLATE "C", id COLLATE "C"`,
    );
    for (const { id } of ids) reached.set(id, null);
  }

  const candidates = [...reached.keys()];
  const info = new Map<string, NodeInfo>();
  // Only the nodes that can be kept need their details; names decide the order within a depth.
  const named = await rows<NodeRow>(
    db,
    sql`SELECT id, name, domain, status, owner FROM product_search
        WHERE id = ANY(${textArray(candidates)})`,
  );
  for (const row of named) info.set(row.id, toInfo(row));
  const kept = keepWithinBudget(reached, info, query.budget);

  const touchingIds = [...new Set([...kept.map((node) => node.id), ...query.expand])];
  const edgeRows = await rows<EdgeRow>(db, touchingEdgesSql(touchingIds));
  const ends = new Set(edgeRows.flatMap((row) => [row.source, row.target]));
  const missing = [...ends].filter((id) => !info.has(id));
  if (missing.length) {
    const more = await rows<NodeRow>(
      db,
      sql`SELECT id, name, domain, status, owner FROM product_search
          WHERE id = ANY(${textArray(missing)})`,
    );
    for (const row of more) info.set(row.id, toInfo(row));
  }
  const touching: { edge: LineageEdge; source: NodeInfo; target: NodeInfo }[] = [];
  for (const row of edgeRows) {
    const source = info.get(row.source);
    const target = info.get(row.target);
    if (!source || !target || source.id === target.id) continue;
    const edge = {
      source: row.source,
      target: row.target,
      kind: row.kind,
      contractId: row.contract_id,
      portName: row.port_name,
    };
    touching.push({ edge: { ...edge, id: edgeId(edge) }, source, target });
  }
  return assembleGraph(query, kept, touching);
}
