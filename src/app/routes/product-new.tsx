import { NewProductPage } from '@/features/editor/components/new-product-page';

export function Component() {
  return <NewProductPage />;
}
