import { Alert, Text } from '@mantine/core';
import type { DocumentIssue } from '@/catalog/documents/document-issue';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { ContractForm } from '../form/contract-form';
import { useDocumentFields } from '../form/document-fields';
import { ProductForm } from '../form/product-form';

/**
 * The form view of the text being edited. It reads every value from the text and writes each
 * change back into it, so the YAML view always shows the same document.
 */
export function DocumentForm({
  kind,
  text,
  onChange,
  issues,
}: {
  kind: DocumentKind;
  text: string;
  onChange: (text: string) => void;
  issues: readonly DocumentIssue[];
}) {
  const fields = useDocumentFields(text, onChange, issues);
  const readable =
    fields.value !== null && typeof fields.value === 'object' && !Array.isArray(fields.value);
  if (!readable) {
    return (
      <Alert color="yellow" variant="light" title="The form needs a readable document">
        <Text size="sm">
          The text cannot be read as a YAML mapping just now. Fix it in the YAML view (the problems
          below say where), and the form comes back.
        </Text>
      </Alert>
    );
  }
  return kind === 'product' ? <ProductForm fields={fields} /> : <ContractForm fields={fields} />;
}
