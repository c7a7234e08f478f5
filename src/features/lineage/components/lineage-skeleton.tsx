import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton, skeletonLayout } from '@/components/loading-skeleton';

function GraphArea() {
  return (
    <>
      <Skeleton height={14} width={280} radius="sm" />
      <Skeleton height={480} radius="md" />
    </>
  );
}

/** The graph (or table) area while the lineage loads; the settings above it stay usable. */
export function LineageGraphSkeleton() {
  return (
    <LoadingSkeleton label="Loading the lineage">
      <GraphArea />
    </LoadingSkeleton>
  );
}

/** The whole lineage page while its code loads: title, settings and graph. */
export function LineagePageSkeleton() {
  return (
    <LoadingSkeleton label="Loading the lineage">
      <HeadingSkeleton />
      <div className={skeletonLayout.row}>
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} height={58} width={200} radius="sm" />
        ))}
      </div>
      <GraphArea />
    </LoadingSkeleton>
  );
}
