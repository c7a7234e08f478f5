import * as z from 'zod/mini';
import { describeEvent } from '../../../src/catalog/access/access-requests';
import { identitiesOf } from '../../../src/catalog/access/approvers';
import type { Notification, Principal } from '../../../src/catalog/api-schemas';
import { errorResponseSchema, notificationListSchema } from '../../../src/catalog/api-schemas';
import type { ApiContext } from '../api-context';

const shown = 50;

/**
 * Notifications come from two logs: the access events (what happened to my requests, what
 * waits for me) and the catalog's notices (a version that breaks what I read was published).
 * Both are read here, newest first, with one unread count.
 */
export function registerNotificationRoutes({ routes, store, now }: ApiContext): void {
  async function notificationsFor(principal: Principal) {
    const audience = identitiesOf(principal);
    const [access, notices] = await Promise.all([
      store.access.listNotifications(audience, principal.id, shown),
      store.notices.list(audience, principal.id, shown),
    ]);
    const items: Notification[] = [
      ...access.events.map((event) => ({
        id: event.id,
        kind: 'access' as const,
        requestId: event.requestId,
        link: `/access/requests/${encodeURIComponent(event.requestId)}`,
        at: event.at,
        message: describeEvent(event, event.request),
        toStatus: event.toStatus,
        read: event.read,
      })),
      ...notices.notices.map((notice) => ({
        id: notice.id,
        kind: 'change' as const,
        link: notice.link,
        at: notice.at,
        message: notice.message,
        read: notice.read,
      })),
    ]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, shown);
    return { unread: access.unread + notices.unread, items };
  }

  const errors = {
    401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  };

  routes.add(
    {
      method: 'get',
      path: '/notifications',
      operationId: 'listNotifications',
      summary:
        'What happened to my requests, what waits for me, and breaking changes to what I read',
      tags: ['Notifications'],
      responses: {
        200: { description: 'The last 50, with the unread count.', schema: notificationListSchema },
        ...errors,
      },
    },
    async (c) => {
      await store.access.expireDue(now());
      return c.json(await notificationsFor(c.get('principal')));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/notifications/read',
      operationId: 'markNotificationsRead',
      summary: 'Mark notifications as read: some by id, or all',
      tags: ['Notifications'],
      jsonBody: z.object({
        ids: z.optional(z.array(z.string()).check(z.maxLength(500))),
        all: z.optional(z.boolean()),
      }),
      responses: {
        200: { description: 'The notifications after marking.', schema: notificationListSchema },
        400: { description: 'The body is not of this shape.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const audience = identitiesOf(principal);
      const ids = body.all ? 'all' : (body.ids ?? []);
      // Notice ids start with `n`; the rest are access events.
      await Promise.all([
        store.access.markRead(
          principal.id,
          ids === 'all' ? 'all' : ids.filter((id) => !id.startsWith('n')),
          audience,
        ),
        store.notices.markRead(
          principal.id,
          ids === 'all' ? 'all' : ids.filter((id) => id.startsWith('n')),
          audience,
        ),
      ]);
      return c.json(await notificationsFor(principal));
    },
  );
}
