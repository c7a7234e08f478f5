import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { changesQueries } from '@/api/changes';
import { ChangesPage } from '@/features/changes/components/changes-page';
import { ChangesSkeleton } from '@/features/changes/components/changes-skeleton';

/** Starts reading the history at navigation; the page shows its skeleton until it arrives. */
export const loader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(changesQueries.history('contract', params.contractId ?? ''));
    return null;
  };

export function Component() {
  const { contractId = '' } = useParams();
  return (
    <Suspense fallback={<ChangesSkeleton />}>
      <ChangesPage key={contractId} kind="contract" id={contractId} />
    </Suspense>
  );
}
