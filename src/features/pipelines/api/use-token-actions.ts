import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateIngestionToken } from '@/api/ingestion';
import { createIngestionToken, ingestionQueries, revokeIngestionToken } from '@/api/ingestion';

function useRefreshTokens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ingestionQueries.tokens().queryKey });
}

export function useCreateIngestionToken() {
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (input: CreateIngestionToken) => createIngestionToken(input),
    onSuccess: refresh,
  });
}

export function useRevokeIngestionToken() {
  const refresh = useRefreshTokens();
  return useMutation({
    mutationFn: (id: string) => revokeIngestionToken(id),
    onSuccess: refresh,
  });
}
