import { ImportPage } from '@/features/editor/components/import-page';

export function Component() {
  return <ImportPage />;
}
