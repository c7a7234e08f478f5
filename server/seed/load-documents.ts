import { importDocument } from '../api/import-document';
import type { CatalogStore } from '../store/catalog-store';
import type { SeedDocument } from './seed-types';

/**
 * Imports seed documents one by one through the same path as a user's import, so they are
 * validated and stored exactly like user input. A document that is refused, or that comes back
 * with an error, is listed in `problems` and loading goes on with the next one.
 */
export async function loadDocuments(
  store: CatalogStore,
  documents: Iterable<SeedDocument>,
): Promise<{ imported: number; problems: string[] }> {
  let imported = 0;
  const problems: string[] = [];
  let index = 0;
  for (const document of documents) {
    index += 1;
    const outcome = await importDocument(store, document.kind, document.text);
    const label = `${document.kind} #${index} (${describe(document.text)})`;
    if (outcome.status === 400) {
      const errors = outcome.body.errors.map(
        (issue) => `${issue.path || '(document)'}: ${issue.message}`,
      );
      problems.push(`${label}: ${outcome.body.message} (${errors.join('; ')})`);
    } else if (outcome.status === 409) {
      problems.push(`${label}: ${outcome.body.message}`);
    } else {
      const errors = outcome.body.warnings.filter((issue) => issue.severity === 'error');
      if (errors.length === 0) imported += 1;
      else
        problems.push(
          `${label}: ${errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
        );
    }
  }
  return { imported, problems };
}

/** The document's id and version as written, to name it in a problem even when it does not parse. */
function describe(text: string): string {
  const id = /^id:\s*["']?([^"'\n#]+?)["']?\s*$/m.exec(text)?.[1];
  const version = /^version:\s*["']?([^"'\n#]+?)["']?\s*$/m.exec(text)?.[1];
  if (!id) return 'no id';
  return version ? `${id} ${version}` : id;
}
