import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { Changes, DifferenceDto } from '@/catalog/changes-schemas';
import { sectionLabel } from '@/catalog/diff/impact-words';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { changesQueries } from '@/api/changes';
import { CodeText } from '@/components/code-text';
import { linesAround } from '@/lib/side-by-side';
import classes from './changes.module.css';

/** A few numbered lines of one side, the difference's own line marked. */
function Snippet({ text, line, label }: { text: string; line: number; label: string }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {label}, line {line}
      </Text>
      <pre className={classes.snippet} aria-label={`${label}, around line ${line}`}>
        {linesAround(text, line).map((entry) => (
          <span key={entry.number} className={entry.number === line ? classes.mark : undefined}>
            {`${String(entry.number).padStart(4)}  ${entry.text}\n`}
          </span>
        ))}
      </pre>
    </div>
  );
}

/** One difference in words, which opens to the YAML lines it is on, on both sides. */
function DifferenceItem({
  kind,
  id,
  changes,
  difference,
}: {
  kind: DocumentKind;
  id: string;
  changes: Changes;
  difference: DifferenceDto;
}) {
  const [opened, { toggle }] = useDisclosure(false);
  const from = changes.from?.version;
  const to = changes.to.version;
  const before = useQuery({
    ...changesQueries.text(kind, id, from ?? ''),
    enabled: opened && Boolean(from) && difference.line1 !== undefined,
  });
  const after = useQuery({
    ...changesQueries.text(kind, id, to),
    enabled: opened && difference.line2 !== undefined,
  });
  const hasLines = difference.line1 !== undefined || difference.line2 !== undefined;
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          <CodeText text={difference.message} />
        </Text>
        {difference.impactLevel === 'MAJOR' ? (
          <Badge size="xs" color="red" variant="outline">
            breaks consumers
          </Badge>
        ) : null}
        {difference.weakensPromise ? (
          <Badge size="xs" color="orange" variant="outline">
            promises less
          </Badge>
        ) : null}
        {hasLines ? (
          <Button variant="default" size="compact-xs" onClick={toggle} aria-expanded={opened}>
            {opened ? 'Hide the YAML' : 'Show the YAML'}
          </Button>
        ) : null}
      </Group>
      {hasLines && opened ? (
        <div>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
            {difference.line1 !== undefined && before.data ? (
              <Snippet text={before.data} line={difference.line1} label={`Version ${from}`} />
            ) : (
              <Text size="xs" c="dimmed">
                {before.isError
                  ? before.error.message
                  : difference.type === 'ADD'
                    ? 'Not in the older version.'
                    : ''}
              </Text>
            )}
            {difference.line2 !== undefined && after.data ? (
              <Snippet text={after.data} line={difference.line2} label={`Version ${to}`} />
            ) : (
              <Text size="xs" c="dimmed">
                {after.isError
                  ? after.error.message
                  : difference.type === 'REMOVE'
                    ? 'Not in this version.'
                    : ''}
              </Text>
            )}
          </SimpleGrid>
        </div>
      ) : null}
    </li>
  );
}

/** A version's differences, grouped by the section of the document they are in. */
export function VersionChanges({
  kind,
  id,
  changes,
  headingOrder = 3,
}: {
  kind: DocumentKind;
  id: string;
  changes: Changes;
  headingOrder?: 3 | 4;
}) {
  const sections = new Map<string, DifferenceDto[]>();
  for (const difference of changes.diffs) {
    const list = sections.get(difference.section) ?? [];
    list.push(difference);
    sections.set(difference.section, list);
  }
  if (!changes.from)
    return <Text size="sm">The first version: there is nothing to compare it with.</Text>;
  if (changes.diffs.length === 0)
    return (
      <Text size="sm">
        The same as version {changes.from.version}, but for its number, comments or layout.
      </Text>
    );
  return (
    <Stack gap="sm">
      {[...sections].map(([section, differences]) => (
        <div key={section}>
          <Title order={headingOrder} size="h5">
            {sectionLabel(section)}
          </Title>
          <Stack component="ul" gap={4} pl="md" my={4}>
            {differences.map((difference) => (
              <DifferenceItem
                key={difference.path + difference.type}
                kind={kind}
                id={id}
                changes={changes}
                difference={difference}
              />
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
