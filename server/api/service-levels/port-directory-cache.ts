import type { PortDirectory } from '../../../src/catalog/observations/port-directory';
import { buildPortDirectory } from '../../../src/catalog/observations/port-directory';
import type { OdcsContract } from '../../../src/catalog/standards/odcs';
import type { CatalogStore } from '../../store/catalog-store';
import { readAllCurrent } from '../../store/read-all-current';
import { owningTeam } from '../import-document';

export interface DirectoryWithContracts {
  directory: PortDirectory;
  contracts: ReadonlyMap<string, OdcsContract>;
}

/**
 * Which port a dataset or contract belongs to, built from every current product and contract
 * and kept until the catalog changes (its revision moves on every write). Building it reads the
 * whole catalog, once per revision; ingestion between imports only looks it up.
 */
export function createPortDirectoryCache(store: CatalogStore) {
  let cached: { revision: string; value: Promise<DirectoryWithContracts> } | undefined;

  async function build(): Promise<DirectoryWithContracts> {
    const [products, contractDocuments] = await Promise.all([
      readAllCurrent(store, 'product'),
      readAllCurrent(store, 'contract'),
    ]);
    const contracts = new Map(contractDocuments.map((doc) => [doc.id, doc.document]));
    const directory = buildPortDirectory(
      products.map(({ id, document }) => ({
        productId: id,
        name: document.name ?? id,
        team: owningTeam(document) ?? null,
        outputPorts: (document.outputPorts ?? []).map((port) => ({
          name: port.name,
          contractId: port.contractId,
        })),
        inputContractIds: (document.inputPorts ?? []).map((port) => port.contractId),
      })),
      contracts,
    );
    return { directory, contracts };
  }

  return {
    async get(): Promise<DirectoryWithContracts> {
      const revision = await store.catalogRevision();
      if (cached?.revision !== revision) {
        const value = build();
        cached = { revision, value };
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return cached.value;
    },
  };
}
