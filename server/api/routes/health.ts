import { healthSchema } from '../../../src/catalog/api-schemas';
import type { ApiContext } from '../api-context';

export function registerHealthRoutes({ routes, store, version }: ApiContext): void {
  routes.add(
    {
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Whether the API and its store answer',
      description: 'Open to everyone, for load balancers and monitoring.',
      tags: ['Operations'],
      responses: {
        200: { description: 'The API and its store are up.', schema: healthSchema },
        503: { description: 'The store does not answer.' },
      },
    },
    async (c) => {
      try {
        const counts = await store.countDocuments();
        return c.json(
          healthSchema.parse({ status: 'ok', version, store: { kind: store.kind, ...counts } }),
        );
      } catch {
        return c.json({ status: 'unavailable', version, store: { kind: store.kind } }, 503);
      }
    },
  );
}
