import type { Context } from 'hono';
import { stringify } from 'yaml';
import * as z from 'zod/mini';
import type { Changes } from '../../../src/catalog/changes-schemas';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import { changesSchema, versionHistorySchema } from '../../../src/catalog/changes-schemas';
import { compareDocuments } from '../../../src/catalog/diff/compare-documents';
import { toOmdsDocument } from '../../../src/catalog/diff/omds';
import { documentLimits } from '../../../src/catalog/documents/document-limits';
import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import type { ApiContext } from '../api-context';
import type { ApiEnv } from '../api-env';
import { changesBody, compareStoredVersions, versionHistory } from '../changes';
import { readTextBody } from '../read-text-body';
import { idParams, importContentTypes } from './documents';

const version = () =>
  z.optional(z.string().check(z.minLength(1), z.maxLength(documentLimits.versionLength)));

const changesQuery = z.object({
  from: version().register(z.globalRegistry, {
    description: 'The older version; by default the one before `to`.',
  }),
  to: version().register(z.globalRegistry, {
    description: 'The newer version; by default the current one.',
  }),
});

const historyQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});

const bases: Record<DocumentKind, { path: string; tag: string; label: string }> = {
  product: { path: '/data-products', tag: 'Data products', label: 'data product' },
  contract: { path: '/data-contracts', tag: 'Data contracts', label: 'data contract' },
};

const wantsYaml = (c: Context) =>
  /\b(application|text)\/(x-)?yaml\b/.test(c.req.header('Accept') ?? '');

/** The answer as JSON, or as an OMDS document when the client asks for YAML. */
function answer(c: Context<ApiEnv>, changes: Changes, version: string) {
  if (!wantsYaml(c)) return c.json(changes);
  const document = toOmdsDocument({
    kind: changes.kind,
    id: changes.id,
    from: changes.from?.version ?? changes.to.version,
    to: changes.to.version,
    comparison: changes,
    generatedBy: `Meshport ${version}`,
    comparedAt: new Date().toISOString(),
  });
  c.header('Content-Type', 'application/yaml; charset=utf-8');
  return c.body(stringify(document));
}

const responses = {
  200: {
    description:
      'The differences, each with its impact, and the version the newer one should have. With `Accept: application/yaml`, the same as an OMDS document (`kind: MetadataDifference`).',
    schema: changesSchema,
  },
  404: { description: 'No such document or version.', schema: errorResponseSchema },
};

export function registerChangesRoutes(context: ApiContext): void {
  const { routes, store, validate } = context;
  for (const kind of ['product', 'contract'] as const) {
    const base = bases[kind];

    routes.add(
      {
        method: 'get',
        path: `${base.path}/{id}/changes`,
        operationId:
          kind === 'product' ? 'compareDataProductVersions' : 'compareDataContractVersions',
        summary: `What changed between two versions of a ${base.label}`,
        description:
          'List items are matched by identity (columns by name, servers by `server`, …), so reordering is no change; each difference has its impact by the OMDS rules.',
        tags: [base.tag],
        params: idParams,
        query: changesQuery,
        responses,
      },
      async (c, { params, query }) => {
        const outcome = await compareStoredVersions(store, kind, params.id, query);
        if (!outcome.ok) return c.json({ message: outcome.message }, outcome.status);
        return answer(c, outcome.body, context.version);
      },
    );

    routes.add(
      {
        method: 'post',
        path: `${base.path}/{id}/changes`,
        operationId: kind === 'product' ? 'compareDataProductDraft' : 'compareDataContractDraft',
        summary: `What an unsaved text would change in a ${base.label}`,
        description: 'Compares the text with the current version; nothing is stored.',
        tags: [base.tag],
        params: idParams,
        body: { description: 'The new text, as YAML or JSON.', contentTypes: importContentTypes },
        responses: {
          ...responses,
          400: {
            description: 'The text has errors, each named with its path and line.',
            schema: errorResponseSchema,
          },
        },
      },
      async (c, { params }) => {
        const body = await readTextBody(c.req.raw);
        if (!body.ok) return c.json({ message: body.message }, 400);
        const validation = await validate(kind, body.text);
        if (!validation.ok) {
          return c.json(
            {
              message: `The text cannot be compared: ${validation.total.toLocaleString('en')} ${validation.total === 1 ? 'problem' : 'problems'} to fix`,
              errors: validation.issues,
              ...(validation.issues.length < validation.total ? { total: validation.total } : {}),
            },
            400,
          );
        }
        const draft = validation.document;
        if (draft.id !== params.id) {
          return c.json(
            {
              message: `The text is for ${draft.id}, not ${params.id}: compare it on its own page.`,
            },
            400,
          );
        }
        const current = await store.getDocument(kind, params.id);
        if (!current)
          return c.json({ message: `There is no ${base.label} with id ${params.id}` }, 404);
        const comparison = compareDocuments(
          kind,
          current.document as unknown as Record<string, unknown>,
          draft as unknown as Record<string, unknown>,
          { before: current.text, after: body.text },
        );
        const { version: currentVersion, createdAt, createdBy } = current;
        return answer(
          c,
          changesBody(
            kind,
            params.id,
            { version: currentVersion, createdAt, createdBy, current: true },
            { version: String(draft.version ?? '') },
            comparison,
          ),
          context.version,
        );
      },
    );

    routes.add(
      {
        method: 'get',
        path: `${base.path}/{id}/history`,
        operationId: kind === 'product' ? 'getDataProductHistory' : 'getDataContractHistory',
        summary: `Every version of a ${base.label}, each with what changed since the one before`,
        tags: [base.tag],
        params: idParams,
        query: historyQuery,
        responses: {
          200: { description: 'Newest first.', schema: versionHistorySchema },
          404: { description: 'No such document.', schema: errorResponseSchema },
        },
      },
      async (c, { params, query }) => {
        const outcome = await versionHistory(store, kind, params.id, query.limit);
        if (!outcome.ok) return c.json({ message: outcome.message }, outcome.status);
        return c.json(outcome.body);
      },
    );
  }
}
