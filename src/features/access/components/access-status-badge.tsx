import { Badge } from '@mantine/core';
import type { AccessStatus } from '@/catalog/access/access-requests';

const labels: Record<AccessStatus, string> = {
  submitted: 'waiting for approval',
  'approved-level-1': 'waiting for second approval',
  granted: 'granted',
  rejected: 'rejected',
  cancelled: 'cancelled',
  expired: 'expired',
  revoked: 'revoked',
};

const colors: Record<AccessStatus, string> = {
  submitted: 'blue',
  'approved-level-1': 'violet',
  granted: 'teal',
  rejected: 'red',
  cancelled: 'gray',
  expired: 'gray',
  revoked: 'red',
};

export function AccessStatusBadge({ status }: { status: AccessStatus }) {
  return (
    <Badge color={colors[status]} variant="light" tt="none">
      {labels[status]}
    </Badge>
  );
}
