import { useParams } from 'react-router';
import { RequestDetailPage } from '@/features/access/components/request-detail-page';

export function Component() {
  const { requestId = '' } = useParams();
  return <RequestDetailPage id={requestId} />;
}
