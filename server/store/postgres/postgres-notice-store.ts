import { sql } from 'drizzle-orm';
import type { NewNotice, Notice, NoticeStore } from '../notice-store';
import type { Database } from './database';
import { rows } from './database';

interface NoticeRow {
  id: number | string;
  at: string | Date;
  actor_id: string;
  actor_name: string;
  audience: string[];
  message: string;
  link: string;
}

const toNotice = (row: NoticeRow): Notice => ({
  id: `n${row.id}`,
  at: new Date(row.at).toISOString(),
  actor: { id: row.actor_id, name: row.actor_name },
  audience: row.audience,
  message: row.message,
  link: row.link,
});

/** Notice ids are `n` and the row's number, so they never meet access event ids. */
const rowIds = (ids: readonly string[]) =>
  ids.flatMap((id) => (/^n\d+$/.test(id) ? [Number(id.slice(1))] : []));

export function createPostgresNoticeStore({ db }: Database): NoticeStore {
  return {
    async add(notice: NewNotice) {
      const [row] = await rows<NoticeRow>(
        db,
        sql`INSERT INTO notices (at, actor_id, actor_name, audience, message, link)
            VALUES (${notice.at}, ${notice.actor.id}, ${notice.actor.name},
                    ${sql.param(notice.audience)}::text[], ${notice.message}, ${notice.link})
            RETURNING *`,
      );
      if (!row) throw new Error('The notice was not stored');
      return toNotice(row);
    },

    async list(audience, readerId, limit) {
      const mine = sql`n.audience && ${sql.param(audience)}::text[] AND n.actor_id <> ${readerId}`;
      const [found, counted] = await Promise.all([
        rows<NoticeRow & { read: boolean }>(
          db,
          sql`SELECT n.*, (r.notice_id IS NOT NULL) AS read FROM notices n
              LEFT JOIN notice_reads r ON r.notice_id = n.id AND r.reader_id = ${readerId}
              WHERE ${mine} ORDER BY n.id DESC LIMIT ${limit}`,
        ),
        rows<{ unread: number }>(
          db,
          sql`SELECT count(*)::int AS unread FROM notices n WHERE ${mine} AND NOT EXISTS (
                SELECT 1 FROM notice_reads r WHERE r.notice_id = n.id AND r.reader_id = ${readerId})`,
        ),
      ]);
      return {
        notices: found.map((row) => ({ ...toNotice(row), read: row.read })),
        unread: counted[0]?.unread ?? 0,
      };
    },

    async markRead(readerId, ids, audience) {
      if (ids === 'all') {
        await db.execute(
          sql`INSERT INTO notice_reads (reader_id, notice_id)
              SELECT ${readerId}, id FROM notices WHERE audience && ${sql.param(audience)}::text[]
              ON CONFLICT DO NOTHING`,
        );
        return;
      }
      const wanted = rowIds(ids);
      if (wanted.length === 0) return;
      await db.execute(
        sql`INSERT INTO notice_reads (reader_id, notice_id)
            SELECT ${readerId}, id FROM notices WHERE id = ANY(${sql.param(wanted)}::bigint[])
            ON CONFLICT DO NOTHING`,
      );
    },
  };
}
