import * as z from 'zod/mini';
import type { Principal } from '../../../src/catalog/api-schemas';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import {
  canEditTeam,
  canImportDocuments,
  editableTeams,
} from '../../../src/catalog/access/permissions';
import { documentLimits } from '../../../src/catalog/documents/document-limits';
import type { DocumentKind } from '../../../src/catalog/documents/validate-document';
import {
  draftInfoSchema,
  draftInputSchema,
  draftKinds,
  draftListSchema,
  draftSchema,
} from '../../../src/catalog/draft-schemas';
import type { DraftInfo } from '../../../src/catalog/draft-schemas';
import type { CatalogStore } from '../../store/catalog-store';
import type { Draft } from '../../store/draft-store';
import type { ApiContext } from '../api-context';
import { owningTeam } from '../import-document';
import { idParams } from './documents';

/**
 * The body of a draft is JSON around a text of up to `documentLimits.documentBytes`; its escapes
 * (`\n`, `\"`, `\\`, `\t`) can double the text, so the body may be larger than a document. The
 * text itself is measured by the route.
 */
/** How many documents one person may keep drafts of at once. */
export const draftsPerPerson = 200;

export const draftBodyBytes = 2 * documentLimits.documentBytes + 64 * 1024;

const draftParams = z.object({
  kind: z.enum(draftKinds).register(z.globalRegistry, {
    description: '`product` (an ODPS descriptor) or `contract` (an ODCS contract).',
  }),
  id: idParams.shape.id,
});

const labels: Record<DocumentKind, string> = { product: 'data product', contract: 'data contract' };

const toInfo = ({ kind, id, baseVersion, savedAt, updatedAt }: Omit<Draft, 'text'>): DraftInfo => ({
  kind,
  id,
  baseVersion,
  savedAt,
  updatedAt,
});

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The same rule as importing: a draft of an existing document needs edit rights on the team
 * that owns it now; one of a new document, the right to import anything. Returns why not.
 */
async function checkDraftRights(
  store: CatalogStore,
  kind: DocumentKind,
  id: string,
  principal: Principal,
): Promise<string | undefined> {
  const label = labels[kind];
  const current = await store.getDocument(kind, id);
  if (!current) {
    if (canImportDocuments(principal)) return undefined;
    return `${principal.name} (${principal.id}) cannot draft new ${label}s: that needs owner or editor rights on a team, or the admin role.`;
  }
  const team = owningTeam(current.document);
  if (canEditTeam(principal, team)) return undefined;
  const yours = editableTeams(principal);
  const youCan = yours.length ? `you can edit: ${yours.join(', ')}` : 'you can edit no team';
  const who = team
    ? `the team "${team}": only its owners or editors, or an admin, can edit it`
    : 'no team: only an admin can edit it';
  return `The ${label} ${id} belongs to ${who}; ${youCan}.`;
}

/**
 * Drafts: each person's unpublished edits, one per document, kept by the server so they survive
 * a closed tab or another device. Every route reads only the caller's own drafts, so someone
 * else's draft is simply not there (404), never forbidden.
 */
export function registerDraftRoutes({ routes, store, now }: ApiContext): void {
  const errors = {
    401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  };

  routes.add(
    {
      method: 'get',
      path: '/drafts',
      operationId: 'listDrafts',
      summary: 'My drafts, without their texts',
      tags: ['Drafts'],
      responses: {
        200: { description: 'The most recently saved first.', schema: draftListSchema },
        ...errors,
      },
    },
    async (c) => {
      const drafts = await store.drafts.list(c.get('principal').id);
      return c.json({ items: drafts.map(toInfo) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/drafts/{kind}/{id}',
      operationId: 'getDraft',
      summary: 'My draft of a document, with its text exactly as saved',
      tags: ['Drafts'],
      params: draftParams,
      responses: {
        200: { description: 'The draft.', schema: draftSchema },
        400: { description: 'The kind or id is invalid.', schema: errorResponseSchema },
        404: { description: 'I have no draft of this document.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { params }) => {
      const draft = await store.drafts.get(c.get('principal').id, params.kind, params.id);
      if (!draft) {
        return c.json(
          { message: `You have no draft of the ${labels[params.kind]} ${params.id}` },
          404,
        );
      }
      return c.json({ ...toInfo(draft), text: draft.text });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/drafts/{kind}/{id}',
      operationId: 'saveDraft',
      summary: 'Keep my draft of a document, replacing my earlier one',
      description:
        'For an existing document this needs owner or editor rights on its team (or admin), as importing does; for a new id, the right to import anything. Publishing does not delete the draft: DELETE it once published.',
      tags: ['Drafts'],
      params: draftParams,
      jsonBody: draftInputSchema,
      responses: {
        200: { description: 'Kept.', schema: draftInfoSchema },
        400: {
          description: 'The kind, id or body is invalid; each problem is named.',
          schema: errorResponseSchema,
        },
        403: {
          description:
            "The principal may not edit this team's documents; the message says who can.",
          schema: errorResponseSchema,
        },
        409: {
          description: `The person already keeps drafts of ${draftsPerPerson} documents; publish or delete some first.`,
          schema: errorResponseSchema,
        },
        413: { description: 'The text is larger than 2 MB.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const refusal = await checkDraftRights(store, params.kind, params.id, principal);
      if (refusal) return c.json({ message: refusal }, 403);
      const bytes = utf8Bytes(body.text);
      if (bytes > documentLimits.documentBytes) {
        return c.json(
          {
            message: `The draft is ${bytes.toLocaleString('en')} bytes; a document may have at most ${documentLimits.documentBytes.toLocaleString('en')} (2 MB).`,
          },
          413,
        );
      }
      const savedAt = body.savedAt ? new Date(body.savedAt) : undefined;
      const year = savedAt?.getUTCFullYear();
      if (year !== undefined && (year < 1970 || year > 9999)) {
        return c.json(
          { message: `savedAt must be a time between 1970 and 9999; ${body.savedAt} is not.` },
          400,
        );
      }
      // One draft per document, and a bound on documents: drafts are a workspace, not a store.
      if (!(await store.drafts.get(principal.id, params.kind, params.id))) {
        const kept = await store.drafts.list(principal.id);
        if (kept.length >= draftsPerPerson) {
          return c.json(
            {
              message: `You keep ${kept.length} drafts, the most one person may; publish or delete some first (DELETE /api/drafts/{kind}/{id}).`,
            },
            409,
          );
        }
      }
      const at = now().toISOString();
      const saved = await store.drafts.save({
        ownerId: principal.id,
        kind: params.kind,
        id: params.id,
        text: body.text,
        baseVersion: body.baseVersion,
        savedAt: savedAt ? savedAt.toISOString() : at,
        updatedAt: at,
      });
      return c.json(toInfo(saved));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/drafts/{kind}/{id}',
      operationId: 'deleteDraft',
      summary: 'Drop my draft of a document (after publishing it, or to abandon it)',
      tags: ['Drafts'],
      params: draftParams,
      responses: {
        204: { description: 'I have no draft of this document now (also when I had none).' },
        400: { description: 'The kind or id is invalid.', schema: errorResponseSchema },
        ...errors,
      },
    },
    async (c, { params }) => {
      await store.drafts.delete(c.get('principal').id, params.kind, params.id);
      return c.body(null, 204);
    },
  );
}
