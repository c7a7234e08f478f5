import { Button, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProductDetail } from '@/catalog/api-schemas';
import { productQueries } from '@/api/products';
import { ErrorState } from '@/components/error-state';
import { DownstreamConsumers, InputPorts } from './lineage-links';
import { OutputPortSection } from './output-port-section';
import { ProductDescription } from './product-description';
import { ProductHeader } from './product-header';
import { ServiceLevelsBrief } from './service-levels-brief';
import { UndeclaredInputs } from './undeclared-inputs';

/** Understand: everything an analyst needs to decide whether and how to use a product. */
interface ProductPageProps {
  id: string;
  version?: string;
  /** Access to an output port (status, requests, consumers), from the access feature. */
  renderPortAccess?: (detail: ProductDetail, portName: string) => ReactNode;
}

export function ProductPage({ id, version, renderPortAccess }: ProductPageProps) {
  const { data: detail } = useSuspenseQuery(productQueries.detail(id, version));
  const { document } = detail;
  const outputPorts = document.outputPorts ?? [];
  const contractsById = new Map(detail.contracts.map((contract) => [contract.id, contract]));

  return (
    <Stack gap="xl">
      <title>{`${document.name ?? document.id} · Meshport`}</title>
      <ProductHeader detail={detail} />
      <ProductDescription description={document.description} />
      <Stack gap="md" component="section" aria-labelledby="outputs-heading">
        <Title order={2} size="h3" id="outputs-heading">
          Output ports
        </Title>
        {outputPorts.length === 0 ? (
          <Text c="dimmed">
            This product has no output port yet, so there is nothing to read from it.
          </Text>
        ) : (
          outputPorts.map((port, index) => (
            <OutputPortSection
              key={`${port.name}-${port.version}`}
              port={port}
              index={index}
              contract={port.contractId ? contractsById.get(port.contractId) : undefined}
              ownerTeam={document.team?.name ?? null}
              access={renderPortAccess?.(detail, port.name)}
            />
          ))
        )}
      </Stack>
      <ServiceLevelsBrief productId={detail.summary.id} />
      <Divider />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <InputPorts ports={document.inputPorts ?? []} upstream={detail.upstream} />
        <DownstreamConsumers downstream={detail.downstream} />
      </SimpleGrid>
      <UndeclaredInputs
        productId={detail.summary.id}
        productName={document.name ?? document.id}
        team={detail.summary.owner}
      />
      {document.team?.members?.length ? (
        <Stack gap="xs" component="section" aria-labelledby="team-heading">
          <Title order={2} size="h3" id="team-heading">
            Team{document.team.name ? `: ${document.team.name}` : ''}
          </Title>
          {document.team.description ? <Text size="sm">{document.team.description}</Text> : null}
          <SimpleGrid
            cols={{ base: 1, sm: 2, md: 4 }}
            spacing="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {document.team.members.map((member) => (
              <li key={member.username}>
                <Text size="sm" fw={600}>
                  {member.name ?? member.username}
                </Text>
                <Text size="xs" c="dimmed">
                  {[member.role, member.name ? member.username : null].filter(Boolean).join(' · ')}
                </Text>
              </li>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}

export function ProductNotFound({ id, message }: { id: string; message: string }) {
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
