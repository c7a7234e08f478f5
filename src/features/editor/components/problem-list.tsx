import { Alert, Anchor, List, Text } from '@mantine/core';
import { CodeText } from '@/components/code-text';
import type { Validation } from '../validation/use-validation';

/**
 * Every problem of the text at once, errors first, each a link to its line. The messages are
 * the validator's, the same as the API would answer with.
 */
export function ProblemList({
  validation,
  onGoTo,
}: {
  validation: Validation;
  onGoTo: (line: number) => void;
}) {
  const { issues, total, unavailable } = validation;
  if (unavailable) {
    return (
      <Alert color="yellow" variant="light" title="Not checked as you type">
        <Text size="sm">
          This browser could not check the document ({unavailable}). The catalog checks it when you
          publish, and names any problem then.
        </Text>
      </Alert>
    );
  }
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const title =
    errors > 0
      ? `${total} problem${total === 1 ? '' : 's'} to fix before publishing`
      : `${issues.length} warning${issues.length === 1 ? '' : 's'}: publishing is still possible`;
  return (
    <Alert
      color={errors > 0 ? 'red' : 'yellow'}
      variant="light"
      title={title}
      // A region, not an alert: it changes as people type, and must not interrupt each time.
      role="region"
      aria-label="Problems in the document"
    >
      <List size="sm" spacing={4} listStyleType="none" m={0} p={0}>
        {issues.map((issue, index) => (
          <List.Item key={`${issue.path}-${issue.line ?? 0}-${index}`}>
            <Text size="sm" span fw={600}>
              {issue.severity === 'error' ? 'Error' : 'Warning'}
            </Text>{' '}
            {issue.line ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => onGoTo(issue.line ?? 1)}
              >
                line {issue.line}
              </Anchor>
            ) : null}
            {issue.path ? (
              <Text size="sm" span>
                {' '}
                at <code>{issue.path}</code>
              </Text>
            ) : null}
            <Text size="sm" span>
              : <CodeText text={issue.message} />
            </Text>
          </List.Item>
        ))}
      </List>
      {total > issues.length ? (
        <Text size="sm" mt="xs">
          The first {issues.length} of {total} are shown.
        </Text>
      ) : null}
    </Alert>
  );
}
