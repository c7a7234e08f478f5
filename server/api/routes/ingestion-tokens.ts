import * as z from 'zod/mini';
import { errorResponseSchema } from '../../../src/catalog/api-schemas';
import { canManageTeamTokens, isAdmin, tokenTeams } from '../../../src/catalog/access/permissions';
import {
  createdIngestionTokenSchema,
  ingestionTokenListSchema,
  ingestionTokenSchema,
} from '../../../src/catalog/service-level-schemas';
import type { ApiContext } from '../api-context';
import { generateSecret, hashSecret, visiblePrefix } from '../service-levels/ingestion-tokens';

/** How many live tokens one team may have: enough for every pipeline, not a store of secrets. */
export const tokensPerTeam = 50;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * Ingestion tokens: created by a team's owners for its pipelines, shown once, kept hashed,
 * scoped to the team's products, revocable, with their last use shown.
 */
export function registerIngestionTokenRoutes({ routes, store, now }: ApiContext): void {
  const errors = {
    401: { description: 'No valid identity: sign in.', schema: errorResponseSchema },
  };

  routes.add(
    {
      method: 'get',
      path: '/ingestion-tokens',
      operationId: 'listIngestionTokens',
      summary: "The ingestion tokens of the teams I own (all teams' for admins), newest first",
      tags: ['Observations'],
      responses: {
        200: { description: 'Revoked tokens too, with when.', schema: ingestionTokenListSchema },
        ...errors,
      },
    },
    async (c) => {
      const principal = c.get('principal');
      const teams = isAdmin(principal) ? 'all' : tokenTeams(principal);
      const items = teams === 'all' || teams.length ? await store.ingestionTokens.list(teams) : [];
      return c.json({ items });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/ingestion-tokens',
      operationId: 'createIngestionToken',
      summary: 'Create an ingestion token for a team I own; the secret is shown this once',
      tags: ['Observations'],
      jsonBody: z.object({
        team: text(200),
        name: z.optional(text(100)),
      }),
      responses: {
        201: { description: 'Created; keep the secret now.', schema: createdIngestionTokenSchema },
        400: {
          description: 'The body is invalid; the field is named.',
          schema: errorResponseSchema,
        },
        403: { description: 'Only owners of the team, or admins.', schema: errorResponseSchema },
        409: {
          description: `The team already has ${tokensPerTeam} live tokens; revoke some first.`,
          schema: errorResponseSchema,
        },
        ...errors,
      },
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      if (!canManageTeamTokens(principal, body.team)) {
        const yours = tokenTeams(principal);
        return c.json(
          {
            message: `Only owners of ${body.team}, or an admin, create its ingestion tokens; ${yours.length ? `you own ${yours.join(', ')}` : 'you own no team'}.`,
          },
          403,
        );
      }
      // Spelled as the principal's membership says, so listing by team finds it.
      const team =
        principal.teams.find(
          (membership) => membership.name.trim().toLowerCase() === body.team.toLowerCase(),
        )?.name ?? body.team;
      const live = (await store.ingestionTokens.list([team])).filter((token) => !token.revokedAt);
      if (live.length >= tokensPerTeam) {
        return c.json(
          {
            message: `${team} already has ${live.length} live ingestion tokens; revoke some first.`,
          },
          409,
        );
      }
      const secret = generateSecret();
      const at = now().toISOString();
      const token = await store.ingestionTokens.create(
        {
          id: crypto.randomUUID(),
          team,
          name: body.name ?? `Pipeline token ${at.slice(0, 10)}`,
          prefix: visiblePrefix(secret),
          createdAt: at,
          createdBy: { id: principal.id, name: principal.name },
        },
        await hashSecret(secret),
      );
      return c.json({ token, secret }, 201);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/ingestion-tokens/{id}',
      operationId: 'revokeIngestionToken',
      summary: 'Revoke an ingestion token: it is refused from now on',
      tags: ['Observations'],
      params: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
      responses: {
        200: {
          description: 'Revoked (revoking again changes nothing).',
          schema: ingestionTokenSchema,
        },
        404: {
          description: 'No such token of a team I own (or any team, for admins).',
          schema: errorResponseSchema,
        },
        ...errors,
      },
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const token = await store.ingestionTokens.get(params.id);
      // Someone else's team's token is not found, so ids of other teams' tokens are not confirmed.
      if (!token || !canManageTeamTokens(principal, token.team)) {
        return c.json(
          { message: `There is no ingestion token ${params.id} of a team you own` },
          404,
        );
      }
      return c.json(await store.ingestionTokens.revoke(token.id, now().toISOString()));
    },
  );
}
