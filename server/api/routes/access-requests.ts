import * as z from 'zod/mini';
import type { AccessStatus } from '../../../src/catalog/access/access-requests';
import { accessStatuses, pendingStatuses } from '../../../src/catalog/access/access-requests';
import {
  accessEventSchema,
  accessRequestDetailSchema,
  accessRequestListSchema,
  accessRequestSchema,
  consumersSchema,
  createAccessRequestSchema,
  decisionSchema,
  errorResponseSchema,
} from '../../../src/catalog/api-schemas';
import type { AccessRequest } from '../../../src/catalog/api-schemas';
import { identitiesOf } from '../../../src/catalog/access/approvers';
import { canEditTeam, isAdmin } from '../../../src/catalog/access/permissions';
import type { ApiContext } from '../api-context';
import {
  actionResult,
  canSeeRequest,
  createAccessRequests,
  decide,
  ownsRequestProduct,
} from '../access-requests';

const idParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)) });
const errors = {
  400: { description: 'A field is wrong; each error names it.', schema: errorResponseSchema },
  401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  403: {
    description: 'Not allowed for this principal; the message says who is.',
    schema: errorResponseSchema,
  },
  404: { description: 'No such request or product.', schema: errorResponseSchema },
  409: { description: 'Not possible in the request’s current state.', schema: errorResponseSchema },
};

const listQuery = z.object({
  role: z._default(z.enum(['requester', 'approver', 'owner']), 'requester'),
  status: z._default(z.array(z.enum([...accessStatuses, 'pending'])), []),
  productId: z.optional(z.string().check(z.maxLength(500))),
});

export function registerAccessRoutes({ routes, store, now }: ApiContext): void {
  /** Grants past their end are expired whenever requests are read, besides the periodic sweep. */
  const sweep = () => store.access.expireDue(now());

  routes.add(
    {
      method: 'post',
      path: '/access-requests',
      operationId: 'requestAccess',
      summary: 'Request access to one or more output ports of a product',
      description:
        'Each port becomes its own request, approved by the role’s approvers (ODCS roles[]).',
      tags: ['Access'],
      jsonBody: createAccessRequestSchema,
      responses: {
        201: { description: 'The requests, one per port.', schema: accessRequestListSchema },
        200: {
          description:
            'The same access was being requested at this very moment (a double submit): the requests already open, nothing new.',
          schema: accessRequestListSchema,
        },
        ...errors,
      },
    },
    async (c, { body }) => {
      const result = await createAccessRequests(store, c.get('principal'), body, now());
      return c.json(result.body, result.status);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/access-requests',
      operationId: 'listAccessRequests',
      summary: 'My requests, what waits for my approval, or (owners) the requests on a product',
      tags: ['Access'],
      query: listQuery,
      responses: {
        200: { description: 'Newest first.', schema: accessRequestListSchema },
        ...errors,
      },
    },
    async (c, { query }) => {
      await sweep();
      const principal = c.get('principal');
      const statuses = query.status.flatMap((status): AccessStatus[] =>
        status === 'pending' ? [...pendingStatuses] : [status],
      );
      const filter = {
        productId: query.productId,
        statuses: statuses.length ? statuses : undefined,
      };
      if (query.role === 'requester') {
        return c.json({
          items: await store.access.listRequests({ ...filter, requesterId: principal.id }),
        });
      }
      if (query.role === 'approver') {
        const waiting = await store.access.listRequests({
          ...filter,
          pendingFor: identitiesOf(principal),
        });
        const mine = waiting.filter(
          (request) =>
            request.requester.id !== principal.id &&
            !request.approvals.some((approval) => approval.by.id === principal.id),
        );
        // What each requester already holds helps to judge what they ask for.
        const requesterGrants: Record<string, AccessRequest[]> = {};
        for (const requesterId of new Set(mine.map((request) => request.requester.id))) {
          requesterGrants[requesterId] = await store.access.listRequests({
            requesterId,
            statuses: ['granted'],
          });
        }
        return c.json({ items: mine, requesterGrants });
      }
      const product = query.productId ? await store.getDocument('product', query.productId) : null;
      if (!product)
        return c.json({ message: 'Owners list the requests of one product: add productId' }, 400);
      if (!canEditTeam(principal, product.document.team?.name)) {
        return c.json(
          {
            message: `Only owners or editors of ${product.document.team?.name ?? 'the owning team'}, or an admin, can list every request on ${product.document.name ?? product.id}.`,
          },
          403,
        );
      }
      return c.json({ items: await store.access.listRequests(filter) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/access-requests/{id}',
      operationId: 'getAccessRequest',
      summary: 'A request with its timeline',
      tags: ['Access'],
      params: idParams,
      responses: {
        200: {
          description: 'The request and every event on it.',
          schema: accessRequestDetailSchema,
        },
        ...errors,
      },
    },
    async (c, { params }) => {
      await sweep();
      const request = await store.access.getRequest(params.id);
      if (!request) return c.json({ message: `There is no access request ${params.id}` }, 404);
      if (!canSeeRequest(c.get('principal'), request)) {
        return c.json(
          {
            message:
              'Only the requester, its approvers and the product’s owners can read this request.',
          },
          403,
        );
      }
      return c.json({ request, timeline: await store.access.listEvents(request.id) });
    },
  );

  for (const action of ['approve', 'reject', 'cancel', 'revoke'] as const) {
    routes.add(
      {
        method: 'post',
        path: `/access-requests/{id}/${action}`,
        operationId: `${action}AccessRequest`,
        summary: {
          approve: 'Approve at the level the request waits for (idempotent)',
          reject: 'Reject, with a reason',
          cancel: 'Withdraw a pending request (the requester only)',
          revoke: 'End granted access, with a reason (owners and admins)',
        }[action],
        tags: ['Access'],
        params: idParams,
        jsonBody: decisionSchema,
        responses: {
          200: { description: 'The request after the action.', schema: accessRequestSchema },
          ...errors,
        },
      },
      async (c, { params, body }) => {
        await sweep();
        const principal = c.get('principal');
        const result = actionResult(
          await store.access.act(
            params.id,
            { id: principal.id, name: principal.name },
            now(),
            decide(principal, action, body.reason),
          ),
        );
        return c.json(result.body, result.status);
      },
    );
  }

  routes.add(
    {
      method: 'get',
      path: '/access-requests/{id}/events',
      operationId: 'listAccessEvents',
      summary: 'The audit log of a request: actor, time, action, reason, before and after',
      description:
        'Readable by the product’s owners and admins. Entries are never changed or removed.',
      tags: ['Access'],
      params: idParams,
      responses: {
        200: { description: 'Oldest first.', schema: z.array(accessEventSchema) },
        ...errors,
      },
    },
    async (c, { params }) => {
      await sweep();
      const request = await store.access.getRequest(params.id);
      if (!request) return c.json({ message: `There is no access request ${params.id}` }, 404);
      const principal = c.get('principal');
      if (!ownsRequestProduct(principal, request) && !isAdmin(principal)) {
        return c.json(
          {
            message: `Only owners or editors of ${request.ownerTeam ?? 'the owning team'}, or an admin, can read the audit log.`,
          },
          403,
        );
      }
      return c.json(await store.access.listEvents(request.id));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/data-products/{id}/consumers',
      operationId: 'listConsumers',
      summary: 'Who has access to the product’s ports now (owners and admins)',
      tags: ['Access'],
      params: idParams,
      responses: { 200: { description: 'Current grants.', schema: consumersSchema }, ...errors },
    },
    async (c, { params }) => {
      await sweep();
      const product = await store.getDocument('product', params.id);
      if (!product)
        return c.json({ message: `There is no data product with id ${params.id}` }, 404);
      const team = product.document.team?.name;
      if (!canEditTeam(c.get('principal'), team)) {
        return c.json(
          {
            message: `Only owners or editors of ${team ?? 'the owning team'}, or an admin, can see who has access.`,
          },
          403,
        );
      }
      const grants = await store.access.listRequests({
        productId: params.id,
        statuses: ['granted'],
      });
      return c.json({ productId: params.id, grants });
    },
  );
}
