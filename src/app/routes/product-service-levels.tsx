import { useParams } from 'react-router';
import { ProductServiceLevelsPage } from '@/features/service-levels/components/product-service-levels-page';

export function Component() {
  const { productId = '' } = useParams();
  return <ProductServiceLevelsPage key={productId} productId={productId} />;
}
