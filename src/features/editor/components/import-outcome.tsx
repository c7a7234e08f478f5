import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DocumentIssueDto, ImportResult } from '@/catalog/api-schemas';
import { summarizeImpact } from '@/catalog/diff/impact-words';
import { CodeText } from '@/components/code-text';
import { ApiError } from '@/lib/api-client';

function IssueList({ issues }: { issues: DocumentIssueDto[] }) {
  return (
    <List size="sm" spacing={4}>
      {issues.map((issue, index) => (
        <List.Item key={`${issue.path}-${index}`}>
          <Text span size="sm" fw={600}>
            {issue.line ? `Line ${issue.line}` : 'Document'}
            {issue.path ? ` · ${issue.path}` : ''}:
          </Text>{' '}
          {issue.message}
        </List.Item>
      ))}
    </List>
  );
}

/** What the import did, or why not, in the API's own words, with each problem's line and path. */
export function ImportOutcome({ result, error }: { result?: ImportResult; error: unknown }) {
  if (result) {
    const link =
      result.kind === 'product' ? `/products/${encodeURIComponent(result.id)}` : undefined;
    const changesLink = `/${result.kind === 'product' ? 'products' : 'contracts'}/${encodeURIComponent(result.id)}/changes`;
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={result.created ? 'Imported' : 'Already in the catalog'}
        role="status"
      >
        <Text size="sm">
          {result.kind === 'product' ? 'Data product' : 'Data contract'} {result.id} version{' '}
          {result.version}{' '}
          {result.created
            ? 'was imported'
            : 'was already stored with exactly this text; nothing changed'}
          {result.current ? ' and is the current version.' : '.'}{' '}
          {link ? (
            <Anchor component={Link} to={link}>
              Open the product
            </Anchor>
          ) : null}
        </Text>
        {result.changes ? (
          <Text size="sm" mt="xs">
            Compared with {result.changes.from}: {summarizeImpact(result.changes.impact)}.{' '}
            <Anchor component={Link} to={changesLink}>
              See what changed
            </Anchor>
          </Text>
        ) : null}
        {result.warnings.length ? (
          <>
            <Text size="sm" fw={600} mt="xs">
              Worth a look:
            </Text>
            <IssueList issues={result.warnings} />
          </>
        ) : null}
      </Alert>
    );
  }
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const forbidden = apiError?.isForbidden;
  return (
    <Alert
      color="red"
      variant="light"
      icon={forbidden ? <IconLock aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={
        forbidden
          ? 'You cannot import this'
          : apiError?.status === 422
            ? 'Not imported: its version number is too small for its changes'
            : apiError?.needsSignIn
              ? 'Sign in to import'
              : 'Not imported'
      }
      role="alert"
    >
      <Text size="sm">
        <CodeText text={error instanceof Error ? error.message : String(error)} />
      </Text>
      {apiError?.issues.length ? <IssueList issues={apiError.issues} /> : null}
    </Alert>
  );
}
