import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { Principal } from '../../../src/catalog/api-schemas';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import { canEditTeam } from '../../../src/catalog/access/permissions';
import { incidentListSchema, incidentSchema } from '../../../src/catalog/service-level-schemas';
import type { Incident } from '../../../src/catalog/service-levels/service-level-types';
import type { IncidentChange } from '../../store/observation-store';
import type { ApiContext } from '../api-context';
import type { ApiEnv } from '../api-env';
import { owningTeam } from '../import-document';
import { evaluateProduct } from '../service-levels/evaluate-products';
import { notifyIncident } from '../service-levels/notify-incident';
import { idParams } from './documents';

const note = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(5000));
const incidentParams = z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) });

const actor = (principal: Principal) => ({ id: principal.id, name: principal.name });

/**
 * Incidents: opened by themselves when an SLO goes bad and resolved by the first good
 * observation after; owners may also open one by hand, acknowledge, annotate and resolve.
 */
export function registerIncidentRoutes({ routes, store, now, evaluations }: ApiContext): void {
  const errors = {
    401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
    403: {
      description: "Only the product team's owners and editors, or an admin.",
      schema: errorResponseSchema,
    },
  };

  async function productOf(productId: string) {
    const product = await store.getDocument('product', productId);
    return (
      product && {
        name: product.document.name ?? productId,
        team: owningTeam(product.document) ?? null,
      }
    );
  }

  function refusal(c: Context<ApiEnv>, team: string | null) {
    return c.json(
      {
        message: `${c.get('principal').name} may not change incidents of ${team ? `the team ${team}` : 'a product without a team'}: only its owners and editors, or an admin.`,
      },
      403,
    );
  }

  routes.add(
    {
      method: 'get',
      path: '/incidents',
      operationId: 'listIncidents',
      summary: 'Incidents, newest first: of one product, or of the whole mesh',
      tags: ['Service levels'],
      query: z.object({
        productId: z.optional(idParams.shape.id),
        status: z._default(
          z.array(z.enum(['open', 'acknowledged', 'resolved'])).check(z.maxLength(3)),
          [],
        ),
        limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
      }),
      responses: {
        200: { description: 'The incidents.', schema: incidentListSchema },
        400: { description: 'A query parameter is invalid.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => {
      await evaluations.current();
      const items = await store.incidents.list({
        productId: query.productId,
        statuses: query.status.length ? query.status : undefined,
        limit: query.limit,
      });
      return c.json({ items });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/incidents',
      operationId: 'openIncident',
      summary: 'Open an incident on a product by hand',
      tags: ['Service levels'],
      jsonBody: z.object({
        productId: idParams.shape.id,
        title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
        portName: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
        startedAt: z.optional(z.iso.datetime({ offset: true })),
        note: z.optional(note()),
      }),
      responses: {
        201: { description: 'Opened.', schema: incidentSchema },
        400: {
          description: 'The body is invalid; the field is named.',
          schema: errorResponseSchema,
        },
        404: { description: 'No such product or port.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const product = await store.getDocument('product', body.productId);
      if (!product)
        return c.json({ message: `There is no data product with id ${body.productId}` }, 404);
      const team = owningTeam(product.document) ?? null;
      if (!canEditTeam(principal, team)) return refusal(c, team);
      if (
        body.portName &&
        !(product.document.outputPorts ?? []).some((port) => port.name === body.portName)
      ) {
        return c.json(
          {
            message: `${product.document.name ?? body.productId} has no output port ${body.portName}`,
          },
          404,
        );
      }
      const at = now();
      const startedAt = body.startedAt ? new Date(body.startedAt) : at;
      if (startedAt.getTime() > at.getTime()) {
        return c.json({ message: `startedAt ${body.startedAt} is in the future.` }, 400);
      }
      const { incident } = await store.incidents.open({
        productId: body.productId,
        portName: body.portName ?? null,
        sloId: null,
        origin: 'manual',
        title: body.title,
        startedAt: startedAt.toISOString(),
        detectedAt: at.toISOString(),
        team,
      });
      let opened: Incident = incident;
      if (body.note) {
        const changed = await store.incidents.change(incident.id, {
          type: 'note',
          at: at.toISOString(),
          by: actor(principal),
          text: body.note,
        });
        if (changed && changed !== 'closed') opened = changed;
      }
      await notifyIncident(store, opened, product.document.name ?? body.productId, 'opened', at);
      await evaluateProduct(store, body.productId, at);
      return c.json(opened, 201);
    },
  );

  const changes: {
    path: string;
    operationId: string;
    summary: string;
    type: IncidentChange['type'];
  }[] = [
    {
      path: '/incidents/{id}/acknowledge',
      operationId: 'acknowledgeIncident',
      summary: 'Acknowledge an incident: someone is on it',
      type: 'acknowledge',
    },
    {
      path: '/incidents/{id}/notes',
      operationId: 'annotateIncident',
      summary: 'Add a note to an incident',
      type: 'note',
    },
    {
      path: '/incidents/{id}/resolve',
      operationId: 'resolveIncident',
      summary: 'Resolve an incident by hand, with an optional note',
      type: 'resolve',
    },
  ];

  for (const change of changes) {
    routes.add(
      {
        method: 'post',
        path: change.path,
        operationId: change.operationId,
        summary: change.summary,
        tags: ['Service levels'],
        params: incidentParams,
        jsonBody:
          change.type === 'note'
            ? z.object({ text: note() })
            : z.object({ note: z.optional(note()) }),
        responses: {
          200: { description: 'The incident after the change.', schema: incidentSchema },
          400: {
            description: 'The body is invalid; the field is named.',
            schema: errorResponseSchema,
          },
          404: { description: 'No such incident.', schema: errorResponseSchema },
          409: { description: 'The incident is already resolved.', schema: errorResponseSchema },
          ...errors,
        },
      },
      async (c, { params, body }) => {
        const principal = c.get('principal');
        const incident = await store.incidents.get(params.id);
        if (!incident) return c.json({ message: `There is no incident ${params.id}` }, 404);
        const product = await productOf(incident.productId);
        const team = product?.team ?? incident.team;
        if (!canEditTeam(principal, team)) return refusal(c, team);
        const at = now().toISOString();
        const by = actor(principal);
        const text = 'text' in body ? body.text : body.note;
        if (change.type !== 'note' && text) {
          const noted = await store.incidents.change(incident.id, { type: 'note', at, by, text });
          if (noted === 'closed')
            return c.json({ message: `The incident "${incident.title}" is already resolved` }, 409);
        }
        const result = await store.incidents.change(
          incident.id,
          change.type === 'note'
            ? { type: 'note', at, by, text: text ?? '' }
            : change.type === 'acknowledge'
              ? { type: 'acknowledge', at, by }
              : { type: 'resolve', at, by },
        );
        if (result === null) return c.json({ message: `There is no incident ${params.id}` }, 404);
        if (result === 'closed')
          return c.json({ message: `The incident "${incident.title}" is already resolved` }, 409);
        if (change.type === 'resolve') {
          await notifyIncident(
            store,
            result,
            product?.name ?? incident.productId,
            'resolved',
            now(),
          );
          await evaluateProduct(store, incident.productId, now());
        }
        return c.json(result);
      },
    );
  }
}
