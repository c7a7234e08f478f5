import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { ProductDetail } from '@/catalog/api-schemas';
import { productYamlUrl } from '@/api/products';
import { StatusBadge } from '@/components/status-badge';
import { safeHref } from '@/lib/safe-url';

const catalogLink = (facet: string, value: string) =>
  `/?${new URLSearchParams({ [facet]: value }).toString()}`;

/** Who and what: the product's identity, where it sits in the mesh, and how to reach its team. */
export function ProductHeader({ detail }: { detail: ProductDetail }) {
  const navigate = useNavigate();
  const { document, summary, versions } = detail;
  const version = document.version ?? summary.version;
  const current = versions.find((entry) => entry.current)?.version;
  const owner = document.team?.name;

  return (
    <Stack gap="sm" component="header">
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to="/">
          Catalog
        </Anchor>
        {document.domain ? (
          <Anchor component={Link} to={catalogLink('domain', document.domain)}>
            {document.domain}
          </Anchor>
        ) : null}
        <Text span aria-current="page">
          {document.name ?? document.id}
        </Text>
      </Breadcrumbs>
      <Group gap="sm" align="center">
        <Title order={1}>{document.name ?? document.id}</Title>
        <StatusBadge status={document.status} size="md" />
        {summary.hasPersonalData ? (
          <Badge color="red" variant="outline">
            Contains PII
          </Badge>
        ) : null}
      </Group>
      {current && current !== version ? (
        <Alert color="indigo" variant="light" title={`You are reading version ${version}`}>
          The current version is {current}.{' '}
          <Anchor component={Link} to={`/products/${encodeURIComponent(document.id)}`}>
            Read the current version
          </Anchor>
        </Alert>
      ) : null}
      <Group gap="xl" align="flex-end">
        <dl
          style={{ margin: 0, display: 'flex', gap: 'var(--mantine-spacing-xl)', flexWrap: 'wrap' }}
        >
          {[
            [
              'Domain',
              document.domain ? (
                <Anchor component={Link} to={catalogLink('domain', document.domain)}>
                  {document.domain}
                </Anchor>
              ) : (
                '—'
              ),
            ],
            [
              'Owner team',
              owner ? (
                <Anchor component={Link} to={catalogLink('owner', owner)}>
                  {owner}
                </Anchor>
              ) : (
                'Not declared'
              ),
            ],
            ['Tenant', document.tenant ?? '—'],
            [
              'Id',
              <Text key="id" span ff="monospace" size="sm">
                {document.id}
              </Text>,
            ],
          ].map(([label, value]) => (
            <div key={String(label)}>
              <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
                {label}
              </Text>
              <Text component="dd" m={0} size="sm">
                {value}
              </Text>
            </div>
          ))}
        </dl>
        {versions.length > 1 ? (
          <NativeSelect
            size="xs"
            label="Version"
            value={version}
            data={versions.map((entry) => ({
              value: entry.version,
              label: entry.current ? `${entry.version} (current)` : entry.version,
            }))}
            onChange={(event) => {
              const next = event.currentTarget.value;
              void navigate(
                next === current
                  ? `/products/${encodeURIComponent(document.id)}`
                  : `?version=${encodeURIComponent(next)}`,
              );
            }}
          />
        ) : (
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Version
            </Text>
            <Text size="sm">{version}</Text>
          </div>
        )}
        <Button
          component="a"
          href={productYamlUrl(document.id, version)}
          download={`${document.id}-${version}.odps.yaml`}
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
        >
          Download ODPS YAML
        </Button>
        <Button
          component={Link}
          to={`/products/${encodeURIComponent(document.id)}/lineage`}
          variant="default"
          size="xs"
        >
          Lineage
        </Button>
      </Group>
      {document.tags?.length ? (
        <Group gap={6} aria-label="Tags" role="list">
          {document.tags.map((tag) => (
            <Badge
              key={tag}
              role="listitem"
              component={Link}
              to={catalogLink('tag', tag)}
              variant="light"
              color="gray"
              radius="sm"
              tt="none"
              style={{ cursor: 'pointer' }}
            >
              #{tag}
            </Badge>
          ))}
        </Group>
      ) : null}
      {document.support?.length ? (
        <Group gap="md">
          <Text size="sm" fw={600}>
            Support:
          </Text>
          {document.support.map((channel) => {
            const href = safeHref(channel.url);
            const label = channel.tool ? `${channel.channel} (${channel.tool})` : channel.channel;
            return href ? (
              <Anchor
                key={`${channel.channel}-${channel.url}`}
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
              >
                {label}
              </Anchor>
            ) : (
              <Text key={`${channel.channel}-${channel.url}`} size="sm">
                {label}
              </Text>
            );
          })}
        </Group>
      ) : null}
    </Stack>
  );
}
