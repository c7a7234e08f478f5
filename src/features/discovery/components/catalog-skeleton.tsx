import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton, skeletonLayout } from '@/components/loading-skeleton';

function Blocks({ count, height }: { count: number; height: number }) {
  return (
    <div className={skeletonLayout.lines}>
      {Array.from({ length: count }, (_, index) => (
        <Skeleton key={index} height={height} radius="md" />
      ))}
    </div>
  );
}

/** The result list while a search runs for the first time. */
export function ResultsSkeleton() {
  return (
    <LoadingSkeleton label="Loading data products">
      <Blocks count={5} height={110} />
    </LoadingSkeleton>
  );
}

/** The whole catalog page while its code loads: title, search box, filters and results. */
export function CatalogSkeleton() {
  return (
    <LoadingSkeleton label="Loading the catalog">
      <HeadingSkeleton />
      <Skeleton height={42} radius="md" />
      <div className={skeletonLayout.sidebar}>
        <Blocks count={4} height={120} />
        <Blocks count={5} height={110} />
      </div>
    </LoadingSkeleton>
  );
}
