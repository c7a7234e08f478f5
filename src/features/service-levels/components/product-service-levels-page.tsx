import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { identityQueries } from '@/api/identity';
import { productQueries } from '@/api/products';
import { serviceLevelQueries } from '@/api/service-levels';
import { canEditTeam } from '@/catalog/access/permissions';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api-client';
import { hasObservations } from '../lib/product-slo-view';
import { IncidentsSection } from './product/incidents-section';
import { PortLevelsSection } from './product/port-levels-section';
import { ProductLevelsHeader } from './product/product-levels-header';
import { ProductLevelsSkeleton } from './product/product-levels-skeleton';
import { QualityChecksSection } from './product/quality-checks-section';
import { UpstreamHealth } from './product/upstream-health';

/**
 * One product's service levels, for its stakeholders and owners: how each promise of each
 * output port is kept over its window, its quality checks, and its incidents. Owners and
 * editors of the product's team (and admins) also act on the incidents here.
 */
export function ProductServiceLevelsPage({ productId }: { productId: string }) {
  const levels = useQuery(serviceLevelQueries.product(productId));
  const product = useQuery(productQueries.detail(productId));
  const me = useQuery(identityQueries.me());

  const failure = levels.error ?? product.error;
  if (failure instanceof ApiError && failure.isNotFound)
    return <ServiceLevelsNotFound id={productId} message={failure.message} />;
  if (failure)
    return (
      <>
        <title>Service levels · Meshport</title>
        <ErrorState
          title="The service levels could not be loaded"
          message={failure.message}
          onRetry={() => {
            if (levels.isError) void levels.refetch();
            if (product.isError) void product.refetch();
          }}
        />
      </>
    );
  if (!levels.data || !product.data) return <ProductLevelsSkeleton />;

  const name = product.data.document.name ?? productId;
  // The API decides on every change; this only hides what it would refuse.
  const mayChange = Boolean(me.data && canEditTeam(me.data, product.data.summary.owner));
  const evaluatedAt = new Date(levels.data.evaluatedAt);

  return (
    <Stack gap="xl" maw={1200}>
      <title>{`Service levels of ${name} · Meshport`}</title>
      <ProductLevelsHeader productId={productId} productName={name} levels={levels.data} />
      {hasObservations(levels.data) ? null : (
        <Alert color="indigo" variant="light" title="Not measured yet">
          <Text size="sm">
            No observations yet:{' '}
            <Anchor component={Link} to="/pipelines" size="sm">
              point a pipeline at Meshport
            </Anchor>
            . Each promise below is measured from the first run or check a pipeline reports for its
            port.
          </Text>
        </Alert>
      )}
      {levels.data.ports.length === 0 ? (
        <Text>This product has no output port, so it promises no service level.</Text>
      ) : (
        levels.data.ports.map((port) => (
          <PortLevelsSection key={port.portName} port={port} evaluatedAt={evaluatedAt} />
        ))
      )}
      <UpstreamHealth
        productName={name}
        upstream={product.data.upstream}
        ownStatus={levels.data.status}
      />
      <QualityChecksSection levels={levels.data} productName={name} />
      <IncidentsSection levels={levels.data} productId={productId} mayChange={mayChange} />
    </Stack>
  );
}

function ServiceLevelsNotFound({ id, message }: { id: string; message: string }) {
  return (
    <>
      <title>Data product not found · Meshport</title>
      <ErrorState
        title="Data product not found"
        message={`${message}. It may have been renamed, or the link may be incomplete.`}
        actions={
          <Button component={Link} to={`/?q=${encodeURIComponent(id)}`}>
            Search the catalog for “{id}”
          </Button>
        }
      />
    </>
  );
}
