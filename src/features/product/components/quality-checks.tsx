import { Badge, Group, List, Text } from '@mantine/core';
import type { OdcsContract } from '@/catalog/standards/odcs';
import { collectQualityRules, describeQualityRule } from '@/catalog/quality/quality-rules';
import { CodeBlock } from '@/components/code-block';

const severityColors: Record<string, string> = { error: 'red', warning: 'yellow', info: 'blue' };

/** The contract's quality promises in words, with where each applies. */
export function QualityChecks({ contract }: { contract: OdcsContract }) {
  const rules = collectQualityRules(contract);
  if (rules.length === 0) {
    return <Text c="dimmed">The contract declares no quality checks.</Text>;
  }
  return (
    <List spacing="md" listStyleType="none" p={0} aria-label="Quality checks">
      {rules.map(({ rule, object, column }, index) => {
        const description = describeQualityRule(rule, column);
        return (
          <List.Item key={`${object}-${column ?? ''}-${index}`}>
            <Text size="sm" fw={500}>
              {description.text}
            </Text>
            <Group gap={6} mt={4}>
              <Text size="xs" c="dimmed">
                {column ? `${object}.${column}` : object}
              </Text>
              {description.dimension ? (
                <Badge size="xs" variant="light" color="gray">
                  {description.dimension}
                </Badge>
              ) : null}
              {description.severity ? (
                <Badge
                  size="xs"
                  variant="light"
                  color={severityColors[description.severity] ?? 'gray'}
                >
                  {description.severity}
                </Badge>
              ) : null}
              {rule.schedule ? (
                <Text size="xs" c="dimmed">
                  runs {rule.scheduler ? `by ${rule.scheduler} ` : ''}on {rule.schedule}
                </Text>
              ) : null}
            </Group>
            {description.query ? (
              <div style={{ marginTop: 8 }}>
                <CodeBlock
                  code={description.query}
                  language="sql"
                  title={`query of the check "${description.text}"`}
                />
              </div>
            ) : null}
          </List.Item>
        );
      })}
    </List>
  );
}
