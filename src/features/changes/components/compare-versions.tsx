import { Alert, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { VersionHistory } from '@/catalog/changes-schemas';
import { summarizeImpact } from '@/catalog/diff/impact-words';
import { describeVersion } from '@/catalog/documents/version-order';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { changesQueries } from '@/api/changes';
import { ImpactBadge } from '@/components/impact-badge';
import { SideBySideView } from '@/components/side-by-side-view';
import { VersionChanges } from './version-changes';

interface CompareVersionsProps {
  kind: DocumentKind;
  id: string;
  history: VersionHistory;
  from: string;
  to: string;
  onChange: (pair: { from: string; to: string }) => void;
}

/**
 * Any two versions: what changed in words, beside the two texts with changed lines
 * highlighted. The pair is in the page's address, so a link shows the same comparison.
 */
export function CompareVersions({ kind, id, history, from, to, onChange }: CompareVersionsProps) {
  const options = history.versions.map((entry) => ({
    value: entry.to.version,
    label: describeVersion(entry.to.version),
  }));
  const comparison = useQuery(changesQueries.compare(kind, id, from, to));
  const before = useQuery(changesQueries.text(kind, id, from));
  const after = useQuery(changesQueries.text(kind, id, to));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="compare-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="compare-heading">
          Compare two versions
        </Title>
        <Group gap="md" align="flex-end">
          <NativeSelect
            label="Older version"
            value={from}
            data={options}
            onChange={(event) => onChange({ from: event.currentTarget.value, to })}
          />
          <NativeSelect
            label="Newer version"
            value={to}
            data={options}
            onChange={(event) => onChange({ from, to: event.currentTarget.value })}
          />
          {comparison.data ? (
            <Group gap="xs">
              <ImpactBadge level={comparison.data.level} />
              <Text size="sm">{summarizeImpact(comparison.data.impact)}</Text>
            </Group>
          ) : null}
        </Group>
        {comparison.isError ? (
          <Alert color="red" role="alert">
            {comparison.error.message}
          </Alert>
        ) : null}
        {comparison.data?.suggestedVersion && comparison.data.versionFollowsChanges === false ? (
          <Alert color="orange" variant="light">
            Its changes call for version {comparison.data.suggestedVersion} after {from}.
          </Alert>
        ) : null}
        <Stack gap="lg">
          <div>
            <Title order={3} size="h4" mb="xs">
              What changed
            </Title>
            {comparison.data ? (
              <VersionChanges kind={kind} id={id} changes={comparison.data} headingOrder={4} />
            ) : (
              <Text size="sm" c="dimmed" role="status">
                Comparing…
              </Text>
            )}
          </div>
          <div>
            <Title order={3} size="h4" mb="xs">
              The two texts
            </Title>
            {before.data !== undefined && after.data !== undefined ? (
              <SideBySideView
                before={before.data}
                after={after.data}
                labels={[`Version ${from}`, `Version ${to}`]}
              />
            ) : before.isError || after.isError ? (
              <Text size="sm" role="alert">
                {(before.error ?? after.error)?.message}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" role="status">
                Reading both versions…
              </Text>
            )}
          </div>
        </Stack>
      </Stack>
    </Paper>
  );
}
