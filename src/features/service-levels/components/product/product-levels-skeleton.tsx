import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton, skeletonLayout } from '@/components/loading-skeleton';

/** The shape of the page while the product and its service levels load. */
export function ProductLevelsSkeleton() {
  return (
    <LoadingSkeleton label="Loading the service levels">
      <HeadingSkeleton />
      <div className={skeletonLayout.halves}>
        <Skeleton height={260} radius="md" />
        <Skeleton height={260} radius="md" />
      </div>
      <Skeleton height={180} radius="md" />
    </LoadingSkeleton>
  );
}
