import { healthSchema } from '../../../src/catalog/api-schemas';
import type { ApiContext } from '../api-context';

export function registerHealthRoutes({ routes, store, version }: ApiContext): void {
  routes.add(
    {
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Whether the API and its store answer',
      tags: ['Operations'],
      responses: { 200: { description: 'The API is up.', schema: healthSchema } },
    },
    async (c) => {
      const counts = await store.countDocuments();
      return c.json(
        healthSchema.parse({ status: 'ok', version, store: { kind: store.kind, ...counts } }),
      );
    },
  );
}
