import { Skeleton } from '@mantine/core';
import { HeadingSkeleton, LoadingSkeleton } from '@/components/loading-skeleton';

/** The pipelines page while its code or tokens load: a title, the token table, the commands. */
export function PipelinesSkeleton({ label = 'Loading the pipelines page' }: { label?: string }) {
  return (
    <LoadingSkeleton label={label}>
      <HeadingSkeleton />
      <Skeleton height={26} width={200} radius="sm" />
      <Skeleton height={180} radius="md" />
      <Skeleton height={26} width={160} radius="sm" />
      <Skeleton height={120} radius="md" />
    </LoadingSkeleton>
  );
}
