import type { ReactNode } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ProductLink } from '@/catalog/api-schemas';
import type { Changes } from '@/catalog/changes-schemas';
import { summarizeImpact } from '@/catalog/diff/impact-words';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { setValue } from '@/catalog/editing/edit-yaml';
import { ImpactBadge } from '@/components/impact-badge';
import { SideBySideView } from '@/components/side-by-side-view';

interface DraftPreviewProps {
  kind: DocumentKind;
  id: string;
  /** The current version's text, to show the draft beside it. */
  storedText: string;
  storedVersion: string;
  text: string;
  /** The text as of the last pause in typing, for the side-by-side view. */
  settledText: string;
  changes: Changes | undefined;
  error: Error | null;
  loading: boolean;
  /** Those who read this document, named when a change would break them. */
  consumers: readonly ProductLink[];
  onText: (text: string) => void;
  /** The differences in words, grouped by section, as the Changes pages show them. */
  renderChanges: RenderChanges;
}

export type RenderChanges = (kind: DocumentKind, id: string, changes: Changes) => ReactNode;

/**
 * What publishing the draft would change against the current version: the list in words, the
 * impact, the version to give it, and the two texts side by side.
 */
export function DraftPreview({
  kind,
  id,
  storedText,
  storedVersion,
  text,
  settledText,
  changes,
  error,
  loading,
  consumers,
  onText,
  renderChanges,
}: DraftPreviewProps) {
  const suggested = changes?.suggestedVersion;
  const declared = changes?.to.version;
  const needsVersion =
    changes !== undefined &&
    changes.diffs.length > 0 &&
    (declared === storedVersion || changes.versionFollowsChanges === false);
  const breaking = (changes?.impact.major ?? 0) > 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`changes-${kind}-${id}`}>
      <Group gap="sm">
        <Title order={2} size="h4" id={`changes-${kind}-${id}`}>
          Changes against version {storedVersion}
        </Title>
        {loading ? <Loader size="xs" role="status" aria-label="Comparing" /> : null}
        {changes?.level ? <ImpactBadge level={changes.level} size="sm" /> : null}
      </Group>
      {error ? (
        <Text size="sm" c="red">
          The changes could not be compared just now: {error.message}
        </Text>
      ) : null}
      {changes ? (
        <>
          {changes.diffs.length > 0 ? (
            <Text size="sm">{summarizeImpact(changes.impact)}</Text>
          ) : null}
          {breaking && consumers.length > 0 ? (
            <Alert color="red" variant="light" title="Breaking for those who read it">
              <Text size="sm">
                {consumers.length === 1 ? 'This product reads' : 'These products read'} the data:{' '}
                {consumers.map((consumer) => consumer.name).join(', ')}. They are told when you
                publish.
              </Text>
            </Alert>
          ) : null}
          {needsVersion && suggested ? (
            <Group gap="sm">
              <Text size="sm">
                {declared === storedVersion
                  ? `The version is still ${storedVersion}: a new version needs a new number.`
                  : `Version ${declared ?? ''} is too small a step for these changes.`}{' '}
                Suggested: <strong>{suggested}</strong>.
              </Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  const result = setValue(text, ['version'], suggested);
                  if (result.ok) onText(result.text);
                }}
              >
                Use version {suggested}
              </Button>
            </Group>
          ) : null}
          {renderChanges(kind, id, changes)}
        </>
      ) : null}
      <SideBySideView
        before={storedText}
        after={settledText}
        labels={[`Version ${storedVersion}`, 'Your draft']}
      />
    </Stack>
  );
}
