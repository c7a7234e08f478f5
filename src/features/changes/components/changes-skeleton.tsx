import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton } from '@/components/loading-skeleton';

/** The changes page while its history loads: a title, the comparison, and a few versions. */
export function ChangesSkeleton() {
  return (
    <LoadingSkeleton label="Loading the versions and their changes">
      <HeadingSkeleton />
      <Skeleton height={180} radius="md" />
      <Skeleton height={120} radius="md" />
      <Skeleton height={120} radius="md" />
    </LoadingSkeleton>
  );
}
