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
import { IconDownload, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { ProductDetail } from '@/catalog/api-schemas';
import { describeImpact, summarizeImpact } from '@/catalog/diff/impact-words';
import { describeVersion } from '@/catalog/documents/version-order';
import { changesQueries } from '@/api/changes';
import { identityQueries } from '@/api/identity';
import { canEditTeam } from '@/catalog/access/permissions';
import { productYamlUrl } from '@/api/products';
import { ImpactBadge } from '@/components/impact-badge';
import { formatAge } from '@/lib/format-age';
import { StatusBadge } from '@/components/status-badge';
import { safeHref } from '@/lib/safe-url';
import { ServiceLevelsHeaderBadge } from './service-levels-brief';

const catalogLink = (facet: string, value: string) =>
  `/?${new URLSearchParams({ [facet]: value }).toString()}`;

/** Who and what: the product's identity, where it sits in the mesh, and how to reach its team. */
export function ProductHeader({ detail }: { detail: ProductDetail }) {
  const navigate = useNavigate();
  const { document, summary, versions } = detail;
  const version = detail.version;
  const current = versions.find((entry) => entry.current)?.version;
  const owner = document.team?.name;
  const me = useQuery(identityQueries.me());
  // Offered to those who may change it; the API checks every publish regardless.
  const mayEdit = Boolean(me.data && canEditTeam(me.data, summary.owner));
  // Not needed for the first paint: the impact of each version arrives when it does.
  const history = useQuery({
    ...changesQueries.history('product', document.id),
    enabled: versions.length > 1,
  });
  const levels = new Map(history.data?.versions.map((entry) => [entry.to.version, entry]) ?? []);
  const latest = history.data?.versions[0];
  const changesLink = `/products/${encodeURIComponent(document.id)}/changes`;

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
        <ServiceLevelsHeaderBadge productId={document.id} />
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
            data={versions.map((entry) => {
              const changes = levels.get(entry.version);
              const impact = changes?.from
                ? ` · ${describeImpact(changes.level).label.toLowerCase()}`
                : '';
              return {
                value: entry.version,
                label: `${describeVersion(entry.version)}${entry.current ? ' (current)' : ''}${impact}`,
              };
            })}
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
            <Text size="sm">{describeVersion(version)}</Text>
          </div>
        )}
        {mayEdit ? (
          <Button
            component={Link}
            to={`/products/${encodeURIComponent(document.id)}/edit`}
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
          >
            Edit
          </Button>
        ) : null}
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
        {versions.length > 1 ? (
          <Button component={Link} to={changesLink} variant="default" size="xs">
            Changes
          </Button>
        ) : null}
      </Group>
      {latest?.from && latest.to.createdAt ? (
        <Group gap="xs">
          <ImpactBadge level={latest.level} size="xs" />
          <Anchor component={Link} to={changesLink} size="sm">
            Changed {formatAge(latest.to.createdAt)}: {summarizeImpact(latest.impact)}
          </Anchor>
        </Group>
      ) : null}
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
