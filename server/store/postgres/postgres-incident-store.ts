import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type {
  Incident,
  IncidentActor,
  IncidentStatus,
  NewIncident,
} from '../../../src/catalog/service-levels/service-level-types';
import type { IncidentChange, IncidentStore } from '../observation-store';
import type { Database, Executor } from './database';
import { rows } from './database';

type Timestamp = string | Date;

interface IncidentRow {
  id: string;
  product_id: string;
  port_name: string | null;
  slo_id: string | null;
  origin: Incident['origin'];
  title: string;
  status: IncidentStatus;
  started_at: Timestamp;
  detected_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: IncidentActor | null;
  resolved_at: Timestamp | null;
  resolved_by: IncidentActor | null;
  notes: Incident['notes'];
  team: string | null;
}

const toIso = (value: Timestamp) => new Date(value).toISOString();
const toIsoOrNull = (value: Timestamp | null) => (value === null ? null : toIso(value));
const toJson = (value: unknown) => (value === null ? null : JSON.stringify(value));

const toIncident = (row: IncidentRow): Incident => ({
  id: row.id,
  productId: row.product_id,
  portName: row.port_name,
  sloId: row.slo_id,
  origin: row.origin,
  title: row.title,
  status: row.status,
  startedAt: toIso(row.started_at),
  detectedAt: toIso(row.detected_at),
  acknowledgedAt: toIsoOrNull(row.acknowledged_at),
  acknowledgedBy: row.acknowledged_by,
  resolvedAt: toIsoOrNull(row.resolved_at),
  resolvedBy: row.resolved_by,
  notes: row.notes,
  team: row.team,
});

/**
 * Incidents of a period that began at `from`: unresolved ones, and those started, detected or
 * resolved since (over columns read from `incidents`, or the table named `table`).
 */
export function touchingSince(from: string, table = 'incidents'): SQL {
  const column = (name: string) => sql.raw(`${table}.${name}`);
  return sql`(${column('resolved_at')} IS NULL
    OR GREATEST(${column('started_at')}, ${column('detected_at')}, ${column('resolved_at')}) >= ${from}::timestamptz)`;
}

/**
 * What a write that changed an incident returns too: the next number of the change sequence,
 * which tells kept overviews they are out of date.
 */
const nextChange = sql`nextval('service_level_change') AS change`;

/** The incident after a change, or null when the change does nothing to it. */
function applyChange(incident: Incident, change: IncidentChange): Incident | null {
  switch (change.type) {
    case 'acknowledge':
      // The first acknowledgement is the one that counts.
      return incident.status === 'open'
        ? {
            ...incident,
            status: 'acknowledged',
            acknowledgedAt: change.at,
            acknowledgedBy: change.by,
          }
        : null;
    case 'note':
      return {
        ...incident,
        notes: [...incident.notes, { at: change.at, author: change.by, text: change.text }],
      };
    case 'resolve':
      return { ...incident, status: 'resolved', resolvedAt: change.at, resolvedBy: change.by };
  }
}

/** Incidents in PostgreSQL; a partial unique index keeps one unresolved automatic one per SLO. */
export function createPostgresIncidentStore({ db }: Database): IncidentStore {
  const unresolvedAutomatic = (executor: Executor, input: NewIncident) =>
    rows<IncidentRow>(
      executor,
      sql`SELECT * FROM incidents WHERE origin = 'automatic' AND status <> 'resolved'
            AND product_id = ${input.productId} AND port_name IS NOT DISTINCT FROM ${input.portName}
            AND slo_id IS NOT DISTINCT FROM ${input.sloId}`,
    );

  return {
    async open(input) {
      const values = sql`(${crypto.randomUUID()}, ${input.productId}, ${input.portName},
        ${input.sloId}, ${input.origin}, ${input.title}, 'open', ${input.startedAt}::timestamptz,
        ${input.detectedAt}::timestamptz, '[]'::jsonb, ${input.team})`;
      const columns = sql`(id, product_id, port_name, slo_id, origin, title, status, started_at,
        detected_at, notes, team)`;
      if (input.origin === 'manual') {
        const [row] = await rows<IncidentRow>(
          db,
          sql`INSERT INTO incidents ${columns} VALUES ${values} RETURNING *, ${nextChange}`,
        );
        if (!row) throw new Error('The incident was not stored');
        return { incident: toIncident(row), created: true };
      }
      // The unique index decides between evaluations opening at once: the second waits for the
      // first to commit, stores nothing and reads the first. Should that one be resolved in
      // between, the next attempt opens a new one.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const [row] = await rows<IncidentRow>(
          db,
          sql`INSERT INTO incidents ${columns} VALUES ${values}
              ON CONFLICT (product_id, port_name, slo_id)
                WHERE origin = 'automatic' AND status <> 'resolved' DO NOTHING
              RETURNING *, ${nextChange}`,
        );
        if (row) return { incident: toIncident(row), created: true };
        const [open] = await unresolvedAutomatic(db, input);
        if (open) return { incident: toIncident(open), created: false };
      }
      throw new Error('An open incident was neither stored nor found');
    },

    async get(id) {
      const [row] = await rows<IncidentRow>(db, sql`SELECT * FROM incidents WHERE id = ${id}`);
      return row ? toIncident(row) : null;
    },

    async list(query) {
      const conditions: SQL[] = [sql`TRUE`];
      if (query.productId !== undefined) conditions.push(sql`product_id = ${query.productId}`);
      if (query.statuses?.length)
        conditions.push(sql`status = ANY(${sql.param(query.statuses)}::text[])`);
      const found = await rows<IncidentRow>(
        db,
        sql`SELECT * FROM incidents WHERE ${sql.join(conditions, sql` AND `)}
            ORDER BY started_at DESC, id COLLATE "C" DESC LIMIT ${query.limit}`,
      );
      return found.map(toIncident);
    },

    async listSince(from) {
      const found = await rows<IncidentRow>(
        db,
        sql`SELECT * FROM incidents WHERE ${touchingSince(from)}
            ORDER BY started_at DESC, id COLLATE "C" DESC`,
      );
      return found.map(toIncident);
    },

    change(id, change) {
      return db.transaction(async (tx) => {
        const [row] = await rows<IncidentRow>(
          tx,
          sql`SELECT * FROM incidents WHERE id = ${id} FOR UPDATE`,
        );
        if (!row) return null;
        const incident = toIncident(row);
        if (incident.status === 'resolved') return 'closed' as const;
        const next = applyChange(incident, change);
        if (!next) return incident;
        await tx.execute(
          sql`UPDATE incidents SET status = ${next.status},
                acknowledged_at = ${next.acknowledgedAt}::timestamptz,
                acknowledged_by = ${toJson(next.acknowledgedBy)}::jsonb,
                resolved_at = ${next.resolvedAt}::timestamptz,
                resolved_by = ${toJson(next.resolvedBy)}::jsonb,
                notes = ${JSON.stringify(next.notes)}::jsonb
              WHERE id = ${id}
              RETURNING ${nextChange}`,
        );
        return next;
      });
    },
  };
}
