import { ApprovalsPage } from '@/features/access/components/approvals-page';

export function Component() {
  return <ApprovalsPage />;
}
