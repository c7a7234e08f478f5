import { sql } from 'drizzle-orm';
import type {
  Subscription,
  SubscriptionKind,
  SubscriptionStore,
  SubscriptionTarget,
} from '../subscription-store';
import type { Database, Executor } from './database';
import { rows } from './database';

interface SubscriptionRow {
  subscriber_id: string;
  kind: SubscriptionKind;
  target_id: string;
  created_at: string | Date;
}

const toSubscription = (row: SubscriptionRow): Subscription => ({
  subscriberId: row.subscriber_id,
  target: { kind: row.kind, id: row.target_id },
  createdAt: new Date(row.created_at).toISOString(),
});

const columns = sql`subscriber_id, kind, target_id, created_at`;

/**
 * The first half of the two-key advisory lock one subscriber's adds take, so two at once cannot
 * both pass the limit; two-key locks never meet the one-key locks of catalog writes.
 */
const subscriptionLockKey = 0x4d505355;

/** Subscriptions in PostgreSQL, embedded (PGlite) or on a server. */
export function createPostgresSubscriptionStore({ db }: Database): SubscriptionStore {
  const find = (executor: Executor, subscriberId: string, target: SubscriptionTarget) =>
    rows<SubscriptionRow>(
      executor,
      sql`SELECT ${columns} FROM subscriptions
          WHERE subscriber_id = ${subscriberId} AND kind = ${target.kind} AND target_id = ${target.id}`,
    );

  return {
    async add(subscriberId, target, { now, limit }) {
      // Most adds repeat one that exists (a second click, another tab): no lock for those.
      const [known] = await find(db, subscriberId, target);
      if (known) return { status: 'exists', subscription: toSubscription(known) };
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`SELECT pg_advisory_xact_lock(${subscriptionLockKey}, hashtext(${subscriberId}))`,
        );
        const [existing] = await find(tx, subscriberId, target);
        if (existing) return { status: 'exists', subscription: toSubscription(existing) };
        const [counted] = await rows<{ count: number }>(
          tx,
          sql`SELECT count(*)::int AS count FROM subscriptions WHERE subscriber_id = ${subscriberId}`,
        );
        const count = counted?.count ?? 0;
        if (count >= limit) return { status: 'full', count };
        const [inserted] = await rows<SubscriptionRow>(
          tx,
          sql`INSERT INTO subscriptions (subscriber_id, kind, target_id, created_at)
              VALUES (${subscriberId}, ${target.kind}, ${target.id}, ${now.toISOString()})
              RETURNING ${columns}`,
        );
        if (!inserted) throw new Error('The database returned no subscription it stored');
        return { status: 'created', subscription: toSubscription(inserted) };
      });
    },

    async remove(subscriberId, target) {
      const deleted = await rows<{ kind: string }>(
        db,
        sql`DELETE FROM subscriptions
            WHERE subscriber_id = ${subscriberId} AND kind = ${target.kind} AND target_id = ${target.id}
            RETURNING kind`,
      );
      return deleted.length > 0;
    },

    async list(subscriberId) {
      const found = await rows<SubscriptionRow>(
        db,
        sql`SELECT ${columns} FROM subscriptions WHERE subscriber_id = ${subscriberId}
            ORDER BY created_at DESC, kind COLLATE "C", target_id COLLATE "C"`,
      );
      return found.map(toSubscription);
    },

    async subscribersOf({ id, domain }) {
      const found = await rows<{ subscriber_id: string }>(
        db,
        sql`SELECT DISTINCT subscriber_id COLLATE "C" AS subscriber_id FROM subscriptions
            WHERE (kind = 'product' AND target_id = ${id})
               ${domain === null ? sql`` : sql`OR (kind = 'domain' AND target_id = ${domain})`}
            ORDER BY 1`,
      );
      return found.map((row) => row.subscriber_id);
    },
  };
}
