import { Text } from '@mantine/core';
import type { AccessRequest } from '@/catalog/api-schemas';
import { formatDay } from '../lib/port-access';

/** The steps a request went through, on one line: what the list shows of each request's timeline. */
export function requestSteps(request: AccessRequest): string[] {
  const steps = [`Submitted ${formatDay(request.createdAt)}`];
  const twoLevels = request.approvers.level2.length > 0;
  for (const approval of request.approvals) {
    steps.push(
      `${twoLevels && approval.level === 1 ? 'first approval' : 'approved'} by ${approval.by.name} ${formatDay(approval.at)}`,
    );
  }
  switch (request.status) {
    case 'submitted':
      steps.push(`waiting for ${request.approvers.level1.join(' or ')}`);
      break;
    case 'approved-level-1':
      steps.push(`waiting for ${request.approvers.level2.join(' or ')}`);
      break;
    case 'granted':
      steps.push(`granted until ${formatDay(request.expiresAt ?? request.requestedUntil)}`);
      break;
    default:
      steps.push(`${request.status} ${formatDay(request.updatedAt)}`);
  }
  return steps;
}

export function RequestProgress({ request }: { request: AccessRequest }) {
  return <Text size="sm">{requestSteps(request).join(' → ')}</Text>;
}
