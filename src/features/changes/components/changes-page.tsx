import { Alert, Anchor, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { ProductLink } from '@/catalog/api-schemas';
import type { Changes } from '@/catalog/changes-schemas';
import { canEditTeam } from '@/catalog/access/permissions';
import { summarizeImpact } from '@/catalog/diff/impact-words';
import { describeVersion } from '@/catalog/documents/version-order';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { accessQueries } from '@/api/access-requests';
import { changesQueries } from '@/api/changes';
import { contractQueries } from '@/api/contracts';
import { identityQueries } from '@/api/identity';
import { productQueries } from '@/api/products';
import { ImpactBadge } from '@/components/impact-badge';
import { CompareVersions } from './compare-versions';
import { VersionChanges } from './version-changes';

const formatDay = (iso: string | undefined) =>
  iso
    ? new Date(iso).toLocaleDateString('en', { day: 'numeric', month: 'short', year: 'numeric' })
    : '';

/** What a breaking version reaches: the products that read it and, for its owners, the grants on it. */
function WhoReadsIt({
  kind,
  id,
  readers,
}: {
  kind: DocumentKind;
  id: string;
  readers: ProductLink[];
}) {
  const me = useQuery(identityQueries.me());
  const product = useQuery({ ...productQueries.detail(id), enabled: kind === 'product' });
  const owns = Boolean(
    me.data && product.data && canEditTeam(me.data, product.data.document.team?.name),
  );
  const grants = useQuery({ ...accessQueries.consumers(id), enabled: kind === 'product' && owns });
  const unique = [...new Map(readers.map((reader) => [reader.productId, reader])).values()];
  return (
    <Alert color="red" variant="light" title="Who this breaking change reaches">
      <Stack gap={4}>
        {unique.length ? (
          <Text size="sm">
            {unique.length === 1 ? 'One product reads it: ' : `${unique.length} products read it: `}
            {unique.map((reader, index) => (
              <span key={reader.productId}>
                {index ? ', ' : ''}
                <Anchor
                  component={Link}
                  to={`/products/${encodeURIComponent(reader.productId)}`}
                  inherit
                >
                  {reader.name}
                </Anchor>
              </span>
            ))}
            . Their owners were notified.
          </Text>
        ) : (
          <Text size="sm">No product reads it through its contracts.</Text>
        )}
        {grants.data ? (
          <Text size="sm">
            {grants.data.grants.length === 0
              ? 'Nobody holds a grant on its ports.'
              : `${grants.data.grants.length} ${grants.data.grants.length === 1 ? 'grant is' : 'grants are'} in force on its ports: ${[...new Set(grants.data.grants.map((grant) => grant.grantee.name))].join(', ')}, who were notified.`}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

function VersionEntry({
  kind,
  id,
  changes,
  readers,
}: {
  kind: DocumentKind;
  id: string;
  changes: Changes;
  readers: ProductLink[];
}) {
  const version = changes.to.version;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={`version-${version}`}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={2} size="h4" id={`version-${version}`}>
            Version {describeVersion(version)}
            {changes.to.current ? ' (current)' : ''}
          </Title>
          {changes.from ? <ImpactBadge level={changes.level} /> : null}
        </Group>
        <Text size="sm" c="dimmed">
          Imported by {changes.to.createdBy} on {formatDay(changes.to.createdAt)}
          {changes.from
            ? ` · compared with ${describeVersion(changes.from.version)}: ${summarizeImpact(changes.impact)}`
            : ''}
        </Text>
        {changes.versionFollowsChanges === false && changes.suggestedVersion ? (
          <Text size="sm">
            Its number is a smaller step than its changes need: they call for{' '}
            {changes.suggestedVersion}. It was imported without the check.
          </Text>
        ) : null}
        {changes.level === 'MAJOR' && changes.to.current ? (
          <WhoReadsIt kind={kind} id={id} readers={readers} />
        ) : null}
        <VersionChanges kind={kind} id={id} changes={changes} />
      </Stack>
    </Paper>
  );
}

/**
 * The history of a data product or contract: every version, newest first, each with what
 * changed since the one before and whether it breaks consumers; and any two compared.
 */
export function ChangesPage({ kind, id }: { kind: DocumentKind; id: string }) {
  const { data: history } = useSuspenseQuery(changesQueries.history(kind, id));
  const product = useQuery({ ...productQueries.detail(id), enabled: kind === 'product' });
  const contract = useQuery({ ...contractQueries.detail(id), enabled: kind === 'contract' });
  const [params, setParams] = useSearchParams();
  const name = kind === 'product' ? (product.data?.document.name ?? id) : id;
  const readers =
    kind === 'product' ? (product.data?.downstream ?? []) : (contract.data?.consumers ?? []);
  const newest = history.versions[0]?.to.version;
  const second = history.versions[1]?.to.version;
  const from = params.get('from') ?? second;
  const to = params.get('to') ?? newest;

  return (
    <Stack gap="lg">
      <title>{`Changes to ${name} · Meshport`}</title>
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to="/">
          Catalog
        </Anchor>
        {kind === 'product' ? (
          <Anchor component={Link} to={`/products/${encodeURIComponent(id)}`}>
            {name}
          </Anchor>
        ) : (
          contract.data?.providers.map((provider) => (
            <Anchor
              key={provider.productId}
              component={Link}
              to={`/products/${encodeURIComponent(provider.productId)}`}
            >
              {provider.name}
            </Anchor>
          ))
        )}
        <Text span aria-current="page">
          Changes
        </Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>
          {kind === 'product' ? `Changes to ${name}` : `Changes to the contract ${id}`}
        </Title>
        <Text c="dimmed" mt={4}>
          Every version, newest first, compared with the one before. A breaking change needs a new
          major version; Meshport refuses one published with a smaller step.
        </Text>
      </div>
      {from && to ? (
        <CompareVersions
          kind={kind}
          id={id}
          history={history}
          from={from}
          to={to}
          onChange={(pair) => setParams(pair, { replace: true, preventScrollReset: true })}
        />
      ) : null}
      <Stack
        component="ol"
        gap="md"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="Versions"
      >
        {history.versions.map((changes) => (
          <VersionEntry
            key={changes.to.version}
            kind={kind}
            id={id}
            changes={changes}
            readers={readers}
          />
        ))}
      </Stack>
      {history.total > history.versions.length ? (
        <Text size="sm" c="dimmed">
          The newest {history.versions.length} of {history.total} versions are shown.
        </Text>
      ) : null}
    </Stack>
  );
}
