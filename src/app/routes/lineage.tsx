import { LineagePage } from '@/features/lineage/components/lineage-page';

export function Component() {
  return <LineagePage focus={null} />;
}
