import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { importResultSchema } from '@/catalog/api-schemas';
import { productQueries } from '@/api/products';
import { request } from '@/lib/api-client';

export const importDocumentInputSchema = z.object({
  kind: z.enum(['product', 'contract']),
  text: z.string().check(z.minLength(1, 'Paste a document or choose a file first')),
});
export type ImportDocumentInput = z.infer<typeof importDocumentInputSchema>;

const paths = { product: '/data-products', contract: '/data-contracts' } as const;

export function importDocument({ kind, text }: ImportDocumentInput) {
  return request(paths[kind], importResultSchema, {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'application/yaml' },
  });
}

/** Imports a descriptor or contract; the catalog's lists and pages refresh afterwards. */
export function useImportDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportDocumentInput) =>
      importDocument(importDocumentInputSchema.parse(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productQueries.all() }),
  });
}
