import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ContractEntry } from '@/catalog/api-schemas';
import type { OdpsOutputPort } from '@/catalog/standards/odps';
import { contractYamlUrl } from '@/api/products';
import { AccessRoles } from './access-roles';
import { QualityChecks } from './quality-checks';
import { SampleQueries } from './sample-queries';
import { SchemaTable } from './schema-table';
import { ServersList } from './servers-list';
import { SlaTermsList } from './sla-terms-list';

interface OutputPortSectionProps {
  port: OdpsOutputPort;
  contract: ContractEntry | undefined;
  ownerTeam: string | null;
  index: number;
  /** What the viewer may do about access to this port, supplied by the page that composes it. */
  access?: ReactNode;
}

/** One output port: its contract's schema, sample queries, quality, service levels, servers and roles. */
export function OutputPortSection({
  port,
  contract,
  ownerTeam,
  index,
  access,
}: OutputPortSectionProps) {
  const headingId = `port-${index}-heading`;
  const document = contract?.document;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="xs">
              <Title order={3} size="h4" id={headingId}>
                {port.name}
              </Title>
              {port.type ? <Badge variant="default">{port.type}</Badge> : null}
              <Text size="sm" c="dimmed">
                v{port.version}
              </Text>
            </Group>
            {port.description ? <Text size="sm">{port.description}</Text> : null}
            {contract ? (
              <Text size="xs" c="dimmed">
                Contract {contract.id} · version {contract.version} ·{' '}
                <Anchor
                  component={Link}
                  to={`/contracts/${encodeURIComponent(contract.id)}/changes`}
                  inherit
                  underline="always"
                  aria-label={`Changes to the contract ${contract.id}`}
                >
                  changes
                </Anchor>
              </Text>
            ) : null}
          </div>
          {contract ? (
            <Button
              component="a"
              href={contractYamlUrl(contract.id, contract.version)}
              download={`${contract.id}-${contract.version}.odcs.yaml`}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              Download ODCS YAML
            </Button>
          ) : null}
        </Group>
        {access}
        {!document ? (
          <Alert color="indigo" variant="light" title="No contract in the catalog">
            {port.contractId
              ? `This port names contract ${port.contractId}, which has not been imported yet, so its schema and terms are unknown.`
              : 'This port names no contract, so its schema and terms are unknown.'}
          </Alert>
        ) : (
          <Tabs defaultValue="schema" keepMounted={false}>
            <Tabs.List aria-label={`Details of output port ${port.name}`}>
              <Tabs.Tab value="schema">Schema</Tabs.Tab>
              <Tabs.Tab value="queries">Sample queries</Tabs.Tab>
              <Tabs.Tab value="quality">Quality</Tabs.Tab>
              <Tabs.Tab value="sla">Service levels</Tabs.Tab>
              <Tabs.Tab value="servers">Servers</Tabs.Tab>
              <Tabs.Tab value="access">Access roles</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="schema" pt="md">
              <Stack gap="lg">
                {(document.schema ?? []).length === 0 ? (
                  <Text c="dimmed">The contract has no schema.</Text>
                ) : (
                  document.schema?.map((object) => (
                    <SchemaTable key={object.name} object={object} />
                  ))
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="queries" pt="md">
              <SampleQueries contract={document} />
            </Tabs.Panel>
            <Tabs.Panel value="quality" pt="md">
              <QualityChecks contract={document} />
            </Tabs.Panel>
            <Tabs.Panel value="sla" pt="md">
              <SlaTermsList contract={document} />
            </Tabs.Panel>
            <Tabs.Panel value="servers" pt="md">
              <ServersList servers={document.servers ?? []} />
            </Tabs.Panel>
            <Tabs.Panel value="access" pt="md">
              <AccessRoles roles={document.roles ?? []} ownerTeam={ownerTeam} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Paper>
  );
}
