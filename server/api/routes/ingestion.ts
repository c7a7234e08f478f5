import type { Context } from 'hono';
import * as z from 'zod/mini';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import { isAdmin } from '../../../src/catalog/access/permissions';
import { findUnstorableText } from '../../../src/catalog/documents/unstorable-text';
import {
  ingestionResultSchema,
  unmatchedListSchema,
} from '../../../src/catalog/service-level-schemas';
import type { ApiContext } from '../api-context';
import type { ApiEnv } from '../api-env';
import type { IngestFormat } from '../service-levels/ingest';
import { ingest, retentionDays } from '../service-levels/ingest';
import { createPortDirectoryCache } from '../service-levels/port-directory-cache';

const day = 86_400_000;

/** How long raw observations and unmatched ones are kept. */
export const observationRetention = { observationDays: retentionDays, unmatchedDays: 14 } as const;

const tokenHeaders = {
  Authorization:
    '`Bearer mpi_…`: an ingestion token of the team whose products the events are about.',
  'x-api-key': 'The same token, for tools that send an API key header.',
};

const tokenDescription =
  "Pipelines authenticate with an ingestion token (`POST /api/ingestion-tokens`) as `Authorization: Bearer`, `x-api-key` or the `token` query parameter; signed-in owners, editors and admins may send too. Every product the payload names must belong to the sender's team, or nothing is stored (403). Sending the same payload again counts once.";

/** Reads a JSON body, refusing text that cannot be stored (NUL, lone surrogates), naming where. */
async function readJson(
  c: Context<ApiEnv>,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch (error) {
    return {
      ok: false,
      message: `The body is not JSON: ${(error as Error).message}. Nothing was stored.`,
    };
  }
  const unstorable = findUnstorableText(value);
  if (unstorable) {
    const path = unstorable.path.map(String).join('.') || 'body';
    return { ok: false, message: `${path}: ${unstorable.message}. Nothing was stored.` };
  }
  return { ok: true, value };
}

/**
 * The endpoints pipelines send to, in the formats their tools already speak: OpenLineage run
 * events at Marquez's path, datacontract-cli's `test --publish` runs, and OORS messages. What
 * matches no port is kept a while and listed to admins.
 */
export function registerIngestionRoutes({ routes, store, now, evaluations }: ApiContext): void {
  const directories = createPortDirectoryCache(store);
  let lastPruned = 0;

  async function pruneNowAndThen(at: Date) {
    if (at.getTime() - lastPruned < 3_600_000) return;
    lastPruned = at.getTime();
    await store.observations.prune(
      new Date(at.getTime() - observationRetention.observationDays * day).toISOString(),
    );
    await store.observations.pruneUnmatched(
      new Date(at.getTime() - observationRetention.unmatchedDays * day).toISOString(),
    );
  }

  const answers = {
    200: { description: 'Stored (what was new) and evaluated.', schema: ingestionResultSchema },
    400: {
      description: 'The payload is not valid; each problem names its field. Nothing was stored.',
      schema: errorResponseSchema,
    },
    401: {
      description: 'No valid token or identity; or the token was revoked.',
      schema: errorResponseSchema,
    },
    403: {
      description: 'The payload names a product of another team. Nothing was stored.',
      schema: errorResponseSchema,
    },
    413: { description: 'The body is larger than 2 MB.', schema: errorResponseSchema },
  };

  const endpoints: {
    path: string;
    operationId: string;
    summary: string;
    format: IngestFormat;
    example: string;
  }[] = [
    {
      path: '/v1/lineage',
      operationId: 'postOpenLineageEvent',
      summary: "Receive an OpenLineage run event (Marquez's path)",
      format: 'openlineage',
      example:
        'A RunEvent: eventType COMPLETE, FAIL, ABORT…, eventTime, run.runId, job, inputs, outputs.',
    },
    {
      path: '/v1/lineage/batch',
      operationId: 'postOpenLineageBatch',
      summary: 'Receive OpenLineage run events, an array of up to 1,000',
      format: 'openlineage-batch',
      example: 'An array of RunEvents.',
    },
    {
      path: '/test-results',
      operationId: 'postDatacontractTestRun',
      summary: 'Receive a datacontract-cli test run (`datacontract test --publish`)',
      format: 'datacontract-cli',
      example:
        'dataContractId, dataContractVersion, server, timestampStart, timestampEnd, result, checks[].',
    },
    {
      path: '/observations',
      operationId: 'postObservabilityResults',
      summary: 'Receive an OORS message (kind: ObservabilityResults)',
      format: 'oors',
      example: 'apiVersion, kind, id, observedAt, source, contract, results[].',
    },
  ];

  for (const endpoint of endpoints) {
    routes.add(
      {
        method: 'post',
        path: endpoint.path,
        operationId: endpoint.operationId,
        summary: endpoint.summary,
        description: tokenDescription,
        tags: ['Observations'],
        headers: tokenHeaders,
        body: { description: endpoint.example, contentTypes: ['application/json'] },
        responses: answers,
      },
      async (c) => {
        const body = await readJson(c);
        if (!body.ok) return c.json({ message: body.message }, 400);
        const at = now();
        const token = c.get('ingestionToken');
        if (token) await store.ingestionTokens.touch(token.id, at.toISOString());
        const outcome = await ingest(
          store,
          await directories.get(),
          c.get('principal'),
          endpoint.format,
          body.value,
          at,
          evaluations,
        );
        if (outcome.status === 200 && !evaluations.deferred) await evaluations.flush();
        await pruneNowAndThen(at);
        return c.json(outcome.body, outcome.status);
      },
    );
  }

  routes.add(
    {
      method: 'get',
      path: '/observations/unmatched',
      operationId: 'listUnmatchedObservations',
      summary: 'What pipelines sent that matches no port, with why (admins)',
      description: `Kept for ${observationRetention.unmatchedDays} days, grouped by dataset or contract and reason, the most recent first: a naming mismatch between a producer and a contract's servers shows here.`,
      tags: ['Observations'],
      query: z.object({
        limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
      }),
      responses: {
        200: { description: 'The groups.', schema: unmatchedListSchema },
        403: { description: 'Only admins see them.', schema: errorResponseSchema },
      },
    },
    async (c, { query }) => {
      if (!isAdmin(c.get('principal'))) {
        return c.json({ message: 'Only admins see unmatched observations.' }, 403);
      }
      return c.json({ items: await store.observations.listUnmatched(query.limit) });
    },
  );
}
