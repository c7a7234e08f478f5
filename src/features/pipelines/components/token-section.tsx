import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ingestionQueries } from '@/api/ingestion';
import { productQueries } from '@/api/products';
import type { Principal } from '@/catalog/api-schemas';
import { canManageTeamTokens, isAdmin, tokenTeams } from '@/catalog/access/permissions';
import type { IngestionTokenPayload } from '@/catalog/service-level-schemas';
import { InlineError } from '@/components/inline-error';
import { NewTokenDialog } from './new-token-dialog';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokenTable } from './token-table';

/** The tokens of the teams the viewer owns (all of them for admins), to create and revoke. */
export function TokenSection({ me }: { me: Principal }) {
  const tokens = useQuery(ingestionQueries.tokens());
  const admin = isAdmin(me);
  const owned = tokenTeams(me);
  // Admins may name any team: the teams owning products in the catalog are the suggestions.
  const catalog = useQuery({ ...productQueries.list({ pageSize: 1 }), enabled: admin });
  const teams = [
    ...new Set([
      ...owned,
      ...me.teams.map((team) => team.name),
      ...(admin ? (catalog.data?.facets.owner ?? []).map((facet) => facet.value) : []),
    ]),
  ].sort((a, b) => a.localeCompare(b, 'en'));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<IngestionTokenPayload | null>(null);
  const mayCreate = admin || owned.length > 0;
  const items = tokens.data?.items ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="tokens-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="tokens-heading">
            Ingestion tokens
          </Title>
          <Text size="sm" c="dimmed">
            A pipeline presents a token of its team when it sends run events or test results.
          </Text>
        </div>
        {mayCreate ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            New token
          </Button>
        ) : null}
      </Group>
      {!mayCreate ? (
        <Text size="sm">
          Owners of a team and admins create tokens. Ask an owner of your team for one.
        </Text>
      ) : null}
      {tokens.isError ? (
        <InlineError
          message={`The tokens could not be loaded: ${tokens.error.message}`}
          onRetry={() => void tokens.refetch()}
        />
      ) : !tokens.data ? (
        <Skeleton height={120} radius="md" aria-label="Loading the tokens" role="status" />
      ) : items.length === 0 ? (
        <Text>
          {mayCreate
            ? 'No token yet. Create one for each pipeline or tool that reports to Meshport.'
            : 'There are no tokens you may see.'}
        </Text>
      ) : (
        <TokenTable
          tokens={items}
          mayRevoke={(token) => canManageTeamTokens(me, token.team)}
          onRevoke={setRevoking}
        />
      )}
      {mayCreate ? (
        <NewTokenDialog
          opened={creating}
          onClose={() => setCreating(false)}
          teams={admin ? teams : owned}
          freeTeam={admin}
        />
      ) : null}
      {revoking ? <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </Stack>
  );
}
