import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { identityQueries } from '@/api/identity';
import { ingestionQueries } from '@/api/ingestion';
import { canEditTeam } from '@/catalog/access/permissions';
import type { UndeclaredInputs as UndeclaredInputsPayload } from '@/catalog/service-level-schemas';
import { InlineError } from '@/components/inline-error';
import { formatAge } from '@/lib/format-age';

type UndeclaredInput = UndeclaredInputsPayload['items'][number];

interface UndeclaredInputsProps {
  productId: string;
  productName: string;
  team: string | null;
}

/**
 * Reads that OpenLineage saw and no input port declares: the declared lineage is missing a
 * link, so consumers of the upstream port cannot know this product depends on it. Says nothing
 * while loading or when there is nothing to say; the rest of the page never waits for it.
 */
export function UndeclaredInputs({ productId, productName, team }: UndeclaredInputsProps) {
  const undeclared = useQuery(ingestionQueries.undeclaredInputs(productId));
  const me = useQuery(identityQueries.me());
  if (undeclared.isError)
    return (
      <InlineError
        message={`What OpenLineage saw this product read could not be loaded: ${undeclared.error.message}`}
        onRetry={() => void undeclared.refetch()}
      />
    );
  const items = undeclared.data?.items ?? [];
  if (items.length === 0) return null;
  const mayEdit = Boolean(me.data && canEditTeam(me.data, team));
  return (
    <Stack gap="sm" component="section" aria-labelledby="undeclared-heading">
      <Title order={2} size="h3" id="undeclared-heading">
        Undeclared inputs
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {items.map((item) => (
          <List.Item key={`${item.productId}|${item.portName}|${item.jobName}`}>
            <UndeclaredRead item={item} productName={productName} />
          </List.Item>
        ))}
      </List>
      {mayEdit ? (
        <Text size="sm">
          Add an input port for each of them, naming the contract it reads, so the lineage and the
          upstream owners see this dependency.{' '}
          <Button
            component={Link}
            to={`/products/${encodeURIComponent(productId)}/edit`}
            size="compact-sm"
            variant="default"
          >
            Edit
          </Button>
        </Text>
      ) : null}
    </Stack>
  );
}

function UndeclaredRead({ item, productName }: { item: UndeclaredInput; productName: string }) {
  return (
    <Text size="sm">
      OpenLineage shows <strong>{item.jobName}</strong> reading{' '}
      <Anchor component={Link} to={`/products/${encodeURIComponent(item.productId)}`}>
        {item.productName}
      </Anchor>{' '}
      · {item.portName} (
      <Text span ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
        {item.dataset.namespace}/{item.dataset.name}
      </Text>
      ), last seen{' '}
      <time dateTime={item.lastSeenAt} title={new Date(item.lastSeenAt).toLocaleString('en')}>
        {formatAge(item.lastSeenAt)}
      </time>
      , but {productName} declares no input port for it.
    </Text>
  );
}
