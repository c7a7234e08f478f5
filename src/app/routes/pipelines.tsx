import { PipelinesPage } from '@/features/pipelines/components/pipelines-page';

export function Component() {
  return <PipelinesPage />;
}
