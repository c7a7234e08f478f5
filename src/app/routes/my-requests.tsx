import { MyRequestsPage } from '@/features/access/components/my-requests-page';

export function Component() {
  return <MyRequestsPage />;
}
