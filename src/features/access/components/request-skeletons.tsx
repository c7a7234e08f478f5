import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton, skeletonLayout } from '@/components/loading-skeleton';

function RequestCards() {
  return (
    <div className={skeletonLayout.lines}>
      {Array.from({ length: 3 }, (_, index) => (
        <Skeleton key={index} height={120} radius="md" />
      ))}
    </div>
  );
}

/** A list of requests while it loads (my requests, approvals). */
export function RequestListSkeleton({ label }: { label: string }) {
  return (
    <LoadingSkeleton label={label}>
      <RequestCards />
    </LoadingSkeleton>
  );
}

/** A whole page of requests while its code loads. */
export function RequestListPageSkeleton({ label }: { label: string }) {
  return (
    <LoadingSkeleton label={label}>
      <HeadingSkeleton />
      <RequestCards />
    </LoadingSkeleton>
  );
}

/** One request while it loads: breadcrumb, title, the request, its history. */
export function RequestDetailSkeleton() {
  return (
    <LoadingSkeleton label="Loading the request">
      <Skeleton height={14} width={260} radius="sm" />
      <Skeleton height={34} width="35%" radius="sm" />
      <Skeleton height={160} radius="md" />
      <Skeleton height={22} width={120} radius="sm" />
      <Skeleton height={140} radius="md" />
    </LoadingSkeleton>
  );
}
