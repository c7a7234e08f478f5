import {
  errorResponseSchema,
  productDetailSchema,
  productSearchQuerySchema,
  productSearchResultSchema,
} from '../../../src/catalog/api-schemas';
import type { ContractEntry } from '../../../src/catalog/api-schemas';
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

export function registerProductRoutes(context: ApiContext): void {
  const { routes, store } = context;
  routes.add(
    {
      method: 'get',
      path: '/data-products',
      operationId: 'searchDataProducts',
      summary: 'Search and filter data products',
      description:
        'Full-text search over name, purpose, tags, domain, owner and column names and descriptions, ranked with name and tag hits first. Facets count values over the whole matching set.',
      tags: ['Data products'],
      query: productSearchQuerySchema,
      responses: {
        200: {
          description: 'One page of matching products, with totals and facets.',
          schema: productSearchResultSchema,
        },
        400: { description: 'A query parameter is invalid.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => c.json(await store.searchProducts(query)),
  );

  routes.add(
    {
      method: 'post',
      path: '/data-products',
      operationId: 'importDataProduct',
      summary: 'Import an ODPS v1.0.0 data product descriptor',
      description:
        'The exact text is kept and given back by the YAML endpoint. Contracts the ports name that the catalog does not hold are reported as warnings.',
      tags: ['Data products'],
      query: importQuery,
      headers: importHeaders,
      body: { description: 'The descriptor, as YAML or JSON.', contentTypes: importContentTypes },
      responses: importResponses,
    },
    (c) => handleImport(c, context, 'product'),
  );

  routes.add(
    {
      method: 'get',
      path: '/data-products/{id}',
      operationId: 'getDataProduct',
      summary: 'A data product with its contracts and lineage neighbours',
      tags: ['Data products'],
      params: idParams,
      query: versionQuery,
      responses: {
        200: { description: 'The product.', schema: productDetailSchema },
        404: { description: 'No such product or version.', schema: errorResponseSchema },
      },
    },
    async (c, { params, query }) => {
      const stored = await store.getDocument('product', params.id, query.version);
      const summary = await store.getProductSummary(params.id);
      if (!stored || !summary) return c.json(notFound('product', params.id, query.version), 404);

      const contractIds = [
        ...new Set(
          (stored.document.outputPorts ?? []).flatMap((port) =>
            port.contractId ? [port.contractId] : [],
          ),
        ),
      ];
      const [found, versions, links] = await Promise.all([
        store.getCurrentDocuments('contract', contractIds),
        store.listVersions('product', params.id),
        store.getProductLinks(params.id),
      ]);
      const byId = new Map(found.map((contract) => [contract.id, contract]));
      const contracts: ContractEntry[] = [];
      const missingContractIds: string[] = [];
      for (const contractId of contractIds) {
        const contract = byId.get(contractId);
        if (contract) {
          const { id, version, createdAt, document } = contract;
          contracts.push({ id, version, createdAt, document });
        } else {
          missingContractIds.push(contractId);
        }
      }
      return c.json({
        summary,
        document: stored.document,
        version: stored.version,
        versions,
        contracts,
        missingContractIds,
        ...links,
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/data-products/{id}/odps.yaml',
      operationId: 'exportDataProduct',
      summary: 'The descriptor exactly as it was imported',
      tags: ['Data products'],
      params: idParams,
      query: versionQuery,
      responses: {
        200: { description: 'The stored text, byte for byte.', contentType: 'application/yaml' },
        404: { description: 'No such product or version.', schema: errorResponseSchema },
      },
    },
    (c, { params, query }) => handleExport(c, store, 'product', params.id, query.version),
  );
}
