import type { Context } from 'hono';
import * as z from 'zod/mini';
import {
  conflictResponseSchema,
  errorResponseSchema,
  importResultSchema,
} from '../../../src/catalog/api-schemas';
import { semverRefusalSchema } from '../../../src/catalog/changes-schemas';
import { editConflictSchema } from '../../../src/catalog/draft-schemas';
import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import { documentLimits } from '../../../src/catalog/documents/document-limits';
import type { CatalogStore } from '../../store/catalog-store';
import type { ApiContext } from '../api-context';
import type { ApiEnv } from '../api-env';
import { readEditPrecondition } from '../edit-precondition';
import { importDocument } from '../import-document';
import { notifyBreakingChange } from '../notify-breaking-change';
import { readTextBody } from '../read-text-body';

/** Both standards' documents are imported and exported the same way; these routes share that. */

export const idParams = z.object({
  id: z
    .string()
    .check(z.minLength(1), z.maxLength(documentLimits.idLength))
    .register(z.globalRegistry, { description: 'The document id.' }),
});

export const versionQuery = z.object({
  version: z
    .optional(z.string().check(z.minLength(1), z.maxLength(documentLimits.versionLength)))
    .register(z.globalRegistry, {
      description: 'A specific version; the current (highest) one when omitted.',
    }),
});

export const importQuery = z.object({
  semver: z.optional(z.enum(['enforce', 'warn'])).register(z.globalRegistry, {
    description:
      '`warn` (admins only) imports a version whose number is too small for its changes, with a warning instead of 422: for histories that never followed semantic versioning.',
  }),
});

/** Conditions that keep a publish from overwriting what someone else published meanwhile. */
export const importHeaders = {
  'If-Match':
    'The version the edit started from, e.g. `"1.2.0"` (quotes optional): the document is imported only while that version is still current, else 412.',
  'If-None-Match':
    'Only `*`: the document is imported only if it does not exist yet (a new document), else 412.',
};

export const importContentTypes = [
  'application/yaml',
  'text/yaml',
  'application/json',
  'text/plain',
];

export const importResponses = {
  201: { description: 'Imported as a new version.', schema: importResultSchema },
  200: {
    description: 'This exact text was already stored: nothing changed.',
    schema: importResultSchema,
  },
  400: {
    description:
      'The document has errors, each named with its path and line, or If-Match or If-None-Match is not of the accepted form; nothing was stored.',
    schema: errorResponseSchema,
  },
  409: {
    description: 'This id and version already exist with other content; versions never change.',
    schema: conflictResponseSchema,
  },
  401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  403: {
    description: "The principal may not change this team's documents; the message says who can.",
    schema: errorResponseSchema,
  },
  412: {
    description:
      'Sent with `If-Match: "<version>"` (the version the edit started from) or `If-None-Match: *` (a new document), and the document is no longer so: someone published meanwhile. The message says who published which version and when, `current` holds that version and its text; nothing was stored.',
    schema: editConflictSchema,
  },
  413: { description: 'The document is larger than 2 MB.', schema: errorResponseSchema },
  422: {
    description:
      'The version is to become current but bumps its number less than its changes need (a breaking change with a minor bump); the message names the changes and the version to publish.',
    schema: semverRefusalSchema,
  },
  415: {
    description: 'The body is not YAML, JSON or plain text.',
    schema: errorResponseSchema,
  },
};

export async function handleImport(
  c: Context<ApiEnv>,
  {
    store,
    validate,
    now,
    evaluations,
  }: Pick<ApiContext, 'store' | 'validate' | 'now' | 'evaluations'>,
  kind: DocumentKind,
) {
  const body = await readTextBody(c.req.raw);
  if (!body.ok) return c.json({ message: body.message }, 400);
  const semver = c.req.query('semver') === 'warn' ? 'warn' : 'enforce';
  const precondition = readEditPrecondition(c.req.raw.headers);
  if (!precondition.ok) return c.json({ message: precondition.message }, 400);
  const outcome = await importDocument(store, kind, body.text, c.get('principal'), {
    validate,
    semver,
    expectedVersion: precondition.expected,
  });
  if (outcome.status === 201) {
    await notifyBreakingChange(store, outcome.body, c.get('principal'), now());
    // A new version may promise other service levels: its products are evaluated again.
    const { id } = outcome.body;
    evaluations.enqueue(
      kind === 'product'
        ? [id]
        : (await store.getContractLinks(id)).providers.map((link) => link.productId),
    );
  }
  if (outcome.status === 201 || outcome.status === 200) {
    const { id, version } = outcome.body;
    const base = kind === 'product' ? 'data-products' : 'data-contracts';
    c.header(
      'Location',
      `/api/${base}/${encodeURIComponent(id)}?version=${encodeURIComponent(version)}`,
    );
  }
  return c.json(outcome.body, outcome.status);
}

const extensions: Record<DocumentKind, string> = { product: 'odps', contract: 'odcs' };

export async function handleExport(
  c: Context,
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  version: string | undefined,
) {
  const stored = await store.getDocument(kind, id, version);
  if (!stored) return c.json(notFound(kind, id, version), 404);
  const fileName = `${stored.id}-${stored.version}.${extensions[kind]}.yaml`.replace(
    /[^\w.-]+/g,
    '_',
  );
  c.header('Content-Type', 'application/yaml; charset=utf-8');
  c.header('Content-Disposition', `inline; filename="${fileName}"`);
  return c.body(stored.text);
}

export function notFound(kind: DocumentKind, id: string, version?: string) {
  const label = kind === 'product' ? 'data product' : 'data contract';
  return {
    message: version
      ? `There is no version ${version} of the ${label} ${id}`
      : `There is no ${label} with id ${id}`,
  };
}
