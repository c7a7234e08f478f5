import { seedPrincipal } from '../auth/system-principal';
import { importDocument } from '../api/import-document';
import type { CatalogStore } from '../store/catalog-store';
import type { SeedDocument } from './seed-types';

/**
 * Imports seed documents one by one through the same path as a user's import, so they are
 * validated and stored exactly like user input. A document that is refused is listed in
 * `problems` and loading goes on with the next one.
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
    const outcome = await importDocument(store, document.kind, document.text, seedPrincipal);
    if (!('message' in outcome.body)) {
      imported += 1;
      continue;
    }
    const errors =
      outcome.status === 400
        ? ` (${outcome.body.errors.map((issue) => `${issue.path || '(document)'}: ${issue.message}`).join('; ')})`
        : '';
    problems.push(
      `${document.kind} #${index} (${describe(document.text)}): ${outcome.body.message}${errors}`,
    );
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
