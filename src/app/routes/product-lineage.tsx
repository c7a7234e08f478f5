import { useParams } from 'react-router';
import { LineagePage } from '@/features/lineage/components/lineage-page';

export function Component() {
  const { productId = '' } = useParams();
  return <LineagePage key={productId} focus={productId} />;
}
