import { contractDetailSchema, errorResponseSchema } from '../../../src/catalog/api-schemas';
import type { ApiContext } from '../api-context';
import {
  handleExport,
  handleImport,
  idParams,
  importContentTypes,
  importHeaders,
  importQuery,
  importResponses,
  notFound,
  versionQuery,
} from './documents';

export function registerContractRoutes(context: ApiContext): void {
  const { routes, store } = context;
  routes.add(
    {
      method: 'post',
      path: '/data-contracts',
      operationId: 'importDataContract',
      summary: 'Import an ODCS v3.1.0 data contract',
      description: 'The exact text is kept and given back by the YAML endpoint.',
      tags: ['Data contracts'],
      query: importQuery,
      headers: importHeaders,
      body: { description: 'The contract, as YAML or JSON.', contentTypes: importContentTypes },
      responses: importResponses,
    },
    (c) => handleImport(c, context, 'contract'),
  );

  routes.add(
    {
      method: 'get',
      path: '/data-contracts/{id}',
      operationId: 'getDataContract',
      summary: 'A data contract with the products that provide and consume it',
      tags: ['Data contracts'],
      params: idParams,
      query: versionQuery,
      responses: {
        200: { description: 'The contract.', schema: contractDetailSchema },
        404: { description: 'No such contract or version.', schema: errorResponseSchema },
      },
    },
    async (c, { params, query }) => {
      const stored = await store.getDocument('contract', params.id, query.version);
      if (!stored) return c.json(notFound('contract', params.id, query.version), 404);
      const [versions, links] = await Promise.all([
        store.listVersions('contract', params.id),
        store.getContractLinks(params.id),
      ]);
      const { id, version, createdAt, document } = stored;
      return c.json({ id, version, createdAt, document, versions, ...links });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/data-contracts/{id}/odcs.yaml',
      operationId: 'exportDataContract',
      summary: 'The contract exactly as it was imported',
      tags: ['Data contracts'],
      params: idParams,
      query: versionQuery,
      responses: {
        200: { description: 'The stored text, byte for byte.', contentType: 'application/yaml' },
        404: { description: 'No such contract or version.', schema: errorResponseSchema },
      },
    },
    (c, { params, query }) => handleExport(c, store, 'contract', params.id, query.version),
  );
}
