import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { AccessEvent, AccessRequest } from '../../../src/catalog/api-schemas';
import type { AccessAction, AccessStatus } from '../../../src/catalog/access/access-requests';
import { notifyAudience } from '../../../src/catalog/access/access-requests';
import type { AccessStore, Actor, CreatedRequest, NewAccessRequest } from '../access-store';
import { systemActor } from '../access-store';
import type { CatalogDatabase, Database } from './database';
import { rows } from './database';
import { accessEvents, accessRequests } from './schema';

interface EventRow {
  id: number | string;
  request_id: string;
  at: string | Date;
  actor_id: string;
  actor_name: string;
  action: AccessAction;
  from_status: AccessStatus | null;
  to_status: AccessStatus;
  reason: string | null;
}

const toEvent = (row: EventRow): AccessEvent => ({
  id: String(row.id),
  requestId: row.request_id,
  at: new Date(row.at).toISOString(),
  actor: { id: row.actor_id, name: row.actor_name },
  action: row.action,
  fromStatus: row.from_status,
  toStatus: row.to_status,
  reason: row.reason,
});

const lower = (entries: readonly string[]) => entries.map((entry) => entry.toLowerCase());

/** Access requests in PostgreSQL; every action locks its request row for the decision. */
export function createPostgresAccessStore(database: Database): AccessStore {
  const { db } = database;

  function columns(request: AccessRequest) {
    return {
      status: request.status,
      expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      request,
    };
  }

  async function log(
    executor: CatalogDatabase,
    request: AccessRequest,
    actor: Actor,
    at: Date,
    action: AccessAction,
    from: AccessStatus | null,
    reason: string | null,
  ): Promise<AccessEvent> {
    const [row] = await executor
      .insert(accessEvents)
      .values({
        requestId: request.id,
        at,
        actorId: actor.id,
        actorName: actor.name,
        action,
        fromStatus: from,
        toStatus: request.status,
        reason,
        audience: notifyAudience(request, from, request.status),
      })
      .returning({ id: accessEvents.id });
    return {
      id: String(row?.id),
      requestId: request.id,
      at: at.toISOString(),
      actor,
      action,
      fromStatus: from,
      toStatus: request.status,
      reason,
    };
  }

  return {
    createRequests(inputs: readonly NewAccessRequest[], actor: Actor, now: Date) {
      return db.transaction(async (tx) => {
        const results: CreatedRequest[] = [];
        for (const input of inputs) {
          const request: AccessRequest = {
            ...input,
            id: crypto.randomUUID(),
            status: 'submitted',
            approvals: [],
            expiresAt: null,
            reason: null,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          };
          // The unique index on open requests decides between simultaneous submissions: the
          // second waits for the first to commit, then stores nothing and reads the first.
          const inserted = await rows<{ id: string }>(
            tx,
            sql`INSERT INTO access_requests (id, product_id, requester_id, status, level1, level2,
                  expires_at, request, created_at, port_name, role, grantee_kind, grantee_id)
                VALUES (${request.id}, ${request.productId}, ${request.requester.id}, ${request.status},
                  ${sql.param(lower(request.approvers.level1))}::text[], ${sql.param(lower(request.approvers.level2))}::text[],
                  NULL, ${JSON.stringify(request)}::jsonb, ${now.toISOString()}, ${request.portName}, ${request.role},
                  ${request.grantee.kind}, ${request.grantee.id})
                ON CONFLICT (product_id, port_name, role, grantee_kind, grantee_id)
                  WHERE status IN ('submitted', 'approved-level-1') DO NOTHING
                RETURNING id`,
          );
          if (inserted.length === 0) {
            const [open] = await rows<{ request: AccessRequest }>(
              tx,
              sql`SELECT request FROM access_requests
                  WHERE product_id = ${request.productId} AND port_name = ${request.portName}
                    AND role = ${request.role} AND grantee_kind = ${request.grantee.kind}
                    AND grantee_id = ${request.grantee.id} AND status IN ('submitted', 'approved-level-1')`,
            );
            if (open) {
              results.push({ request: open.request, created: false });
              continue;
            }
            throw new Error('An open request was neither stored nor found');
          }
          await log(tx as unknown as CatalogDatabase, request, actor, now, 'submit', null, null);
          results.push({ request, created: true });
        }
        return results;
      });
    },

    async getRequest(id: string) {
      const [row] = await rows<{ request: AccessRequest }>(
        db,
        sql`SELECT request FROM access_requests WHERE id = ${id}`,
      );
      return row?.request ?? null;
    },

    async listRequests(filter) {
      const conditions: SQL[] = [sql`TRUE`];
      if (filter.requesterId) conditions.push(sql`requester_id = ${filter.requesterId}`);
      if (filter.productId) conditions.push(sql`product_id = ${filter.productId}`);
      if (filter.statuses)
        conditions.push(sql`status = ANY(${sql.param(filter.statuses)}::text[])`);
      if (filter.pendingFor) {
        const who = sql.param(filter.pendingFor);
        conditions.push(
          sql`((status = 'submitted' AND level1 && ${who}::text[]) OR (status = 'approved-level-1' AND level2 && ${who}::text[]))`,
        );
      }
      const found = await rows<{ request: AccessRequest }>(
        db,
        sql`SELECT request FROM access_requests WHERE ${sql.join(conditions, sql` AND `)} ORDER BY created_at DESC, id DESC`,
      );
      return found.map((row) => row.request);
    },

    act(id, actor, now, decide) {
      return db.transaction(async (tx) => {
        const [row] = await rows<{ request: AccessRequest }>(
          tx,
          sql`SELECT request FROM access_requests WHERE id = ${id} FOR UPDATE`,
        );
        if (!row)
          return {
            ok: false as const,
            status: 404 as const,
            message: `There is no access request ${id}`,
          };
        const request = row.request;
        const decision = decide(structuredClone(request));
        if (decision.kind === 'refuse')
          return { ok: false as const, status: decision.status, message: decision.message };
        if (decision.kind === 'unchanged') return { ok: true as const, request, event: null };
        const from = request.status;
        const at = now.toISOString();
        const next: AccessRequest = {
          ...request,
          status: decision.to,
          updatedAt: at,
          approvals: decision.approvalLevel
            ? [...request.approvals, { level: decision.approvalLevel, by: actor, at }]
            : request.approvals,
          expiresAt: decision.to === 'granted' ? request.requestedUntil : request.expiresAt,
          reason: decision.reason ?? request.reason,
        };
        await tx
          .update(accessRequests)
          .set(columns(next))
          .where(sql`id = ${id}`);
        const event = await log(
          tx as unknown as CatalogDatabase,
          next,
          actor,
          now,
          decision.action,
          from,
          decision.reason ?? null,
        );
        return { ok: true as const, request: next, event };
      });
    },

    async listEvents(requestId: string) {
      const found = await rows<EventRow>(
        db,
        sql`SELECT * FROM access_events WHERE request_id = ${requestId} ORDER BY id`,
      );
      return found.map(toEvent);
    },

    expireDue(now: Date) {
      return db.transaction(async (tx) => {
        // Replicas sweeping at the same moment each take different rows.
        const due = await rows<{ request: AccessRequest }>(
          tx,
          sql`SELECT request FROM access_requests WHERE status = 'granted' AND expires_at <= ${now.toISOString()}
              FOR UPDATE SKIP LOCKED`,
        );
        for (const { request } of due) {
          const next: AccessRequest = {
            ...request,
            status: 'expired',
            updatedAt: now.toISOString(),
          };
          await tx
            .update(accessRequests)
            .set(columns(next))
            .where(sql`id = ${request.id}`);
          await log(
            tx as unknown as CatalogDatabase,
            next,
            systemActor,
            now,
            'expire',
            'granted',
            null,
          );
        }
        return due.length;
      });
    },

    async listNotifications(audience, readerId, limit) {
      const who = sql.param(audience);
      const mine = sql`e.audience && ${who}::text[] AND e.actor_id <> ${readerId}`;
      const [found, counted] = await Promise.all([
        rows<EventRow & { request: AccessRequest; read: boolean }>(
          db,
          sql`SELECT e.*, r.request, (n.event_id IS NOT NULL) AS read
              FROM access_events e JOIN access_requests r ON r.id = e.request_id
              LEFT JOIN notification_reads n ON n.event_id = e.id AND n.reader_id = ${readerId}
              WHERE ${mine} ORDER BY e.id DESC LIMIT ${limit}`,
        ),
        rows<{ unread: number }>(
          db,
          sql`SELECT count(*)::int AS unread FROM access_events e
              WHERE ${mine} AND NOT EXISTS (
                SELECT 1 FROM notification_reads n WHERE n.event_id = e.id AND n.reader_id = ${readerId})`,
        ),
      ]);
      return {
        events: found.map((row) => ({ ...toEvent(row), request: row.request, read: row.read })),
        unread: counted[0]?.unread ?? 0,
      };
    },

    async markRead(readerId, eventIds, audience) {
      if (eventIds === 'all') {
        await db.execute(
          sql`INSERT INTO notification_reads (reader_id, event_id)
              SELECT ${readerId}, id FROM access_events WHERE audience && ${sql.param(audience)}::text[]
              ON CONFLICT DO NOTHING`,
        );
        return;
      }
      const ids = eventIds.map(Number).filter(Number.isSafeInteger);
      if (ids.length === 0) return;
      await db.execute(
        sql`INSERT INTO notification_reads (reader_id, event_id)
            SELECT ${readerId}, id FROM access_events WHERE id = ANY(${sql.param(ids)}::bigint[])
            ON CONFLICT DO NOTHING`,
      );
    },
  };
}
