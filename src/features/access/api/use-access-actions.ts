import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAccessRequest } from '@/catalog/api-schemas';
import {
  accessQueries,
  createAccessRequests,
  decideAccessRequest,
  markNotificationsRead,
} from '@/api/access-requests';

/** Every access query is refreshed after any change: statuses, inboxes and counts move together. */
function useRefreshAccess() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accessQueries.all() });
}

export function useRequestAccess() {
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: (input: CreateAccessRequest) => createAccessRequests(input),
    onSuccess: refresh,
  });
}

export function useDecideAccess() {
  const refresh = useRefreshAccess();
  return useMutation({
    mutationFn: ({
      id,
      action,
      reason,
    }: {
      id: string;
      action: 'approve' | 'reject' | 'cancel' | 'revoke';
      reason?: string;
    }) => decideAccessRequest(id, action, reason),
    onSuccess: refresh,
  });
}

export function useMarkNotificationsRead() {
  const refresh = useRefreshAccess();
  return useMutation({ mutationFn: markNotificationsRead, onSuccess: refresh });
}
