import { Divider, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { identityQueries } from '@/api/identity';
import { isAdmin } from '@/catalog/access/permissions';
import { ErrorState } from '@/components/error-state';
import { ConnectInstructions } from './connect-instructions';
import { PipelinesSkeleton } from './pipelines-skeleton';
import { TokenSection } from './token-section';
import { UnmatchedSection } from './unmatched-section';

/**
 * Where owners connect their pipelines: tokens to present, what was sent but matched nothing
 * (admins), and the commands for each tool.
 */
export function PipelinesPage() {
  const me = useQuery(identityQueries.me());
  if (me.isError)
    return (
      <ErrorState
        title="The pipelines page could not be loaded"
        message={me.error.message}
        onRetry={() => void me.refetch()}
      />
    );
  if (!me.data) return <PipelinesSkeleton label="Loading who you are" />;
  return (
    <Stack gap="xl" maw={1100}>
      <title>Pipelines · Meshport</title>
      <div>
        <Title order={1}>Pipelines</Title>
        <Text c="dimmed">
          Pipelines and test tools report what they read, write and check. Meshport matches each
          report to an output port and measures the port’s service levels from it.
        </Text>
      </div>
      <TokenSection me={me.data} />
      {isAdmin(me.data) ? <UnmatchedSection /> : null}
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby="connect-heading">
        <div>
          <Title order={2} size="h3" id="connect-heading">
            How to connect
          </Title>
          <Text size="sm" c="dimmed">
            Replace the placeholder token with the secret of your team’s token.
          </Text>
        </div>
        <ConnectInstructions secret={null} headingOrder={3} />
      </Stack>
    </Stack>
  );
}
