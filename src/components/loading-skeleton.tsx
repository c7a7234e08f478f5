import { Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './loading-skeleton.module.css';

/** Layouts for skeleton shapes: a column of lines, a wrapping row, filters beside results, halves. */
export const skeletonLayout = classes;

/**
 * Stands in for a page, or a part of one, while its data loads: the shape of what is coming, so
 * nothing jumps when it arrives, and a busy status that names what is loading for those who
 * cannot see the shapes.
 */
export function LoadingSkeleton({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.stack} role="status" aria-busy="true" aria-label={label}>
      {children}
    </div>
  );
}

/** Where a page's title and introduction will be. */
export function HeadingSkeleton() {
  return (
    <div className={classes.lines}>
      <Skeleton height={34} width="40%" radius="sm" />
      <Skeleton height={14} width="65%" radius="sm" />
    </div>
  );
}

/** A page whose code is still loading and whose shape is a title over a block of content. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <LoadingSkeleton label={label}>
      <HeadingSkeleton />
      <Skeleton height={240} radius="md" />
    </LoadingSkeleton>
  );
}
