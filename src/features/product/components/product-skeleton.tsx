import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton, skeletonLayout } from '@/components/loading-skeleton';

/** The product page's shape while the product loads: header, description, ports, lineage. */
export function ProductSkeleton() {
  return (
    <LoadingSkeleton label="Loading the data product">
      <Skeleton height={14} width={220} radius="sm" />
      <HeadingSkeleton />
      <div className={skeletonLayout.lines}>
        <Skeleton height={12} radius="sm" />
        <Skeleton height={12} radius="sm" />
        <Skeleton height={12} width="80%" radius="sm" />
      </div>
      <Skeleton height={26} width={160} radius="sm" />
      <Skeleton height={220} radius="md" />
      <div className={skeletonLayout.halves}>
        <Skeleton height={120} radius="md" />
        <Skeleton height={120} radius="md" />
      </div>
    </LoadingSkeleton>
  );
}
