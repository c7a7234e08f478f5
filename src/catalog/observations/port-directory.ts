/**
 * Which output port a dataset or a contract belongs to. Built once per catalog revision from the
 * current products and contracts, then asked for every received event, so building is linear in
 * the catalog and every lookup is a map read. When nothing matches, it says why in the words a
 * pipeline owner needs to fix the naming on either side.
 */
import type { DatasetName } from './observation';
import type { OdcsContract } from '../standards/odcs';
import {
  contractDatasetNames,
  datasetKey,
  describeDataset,
  namespaceKey,
  namespaceOfKey,
  namespaceScheme,
} from './dataset-names';

export interface DirectoryProduct {
  productId: string;
  name: string;
  team: string | null;
  outputPorts: ReadonlyArray<{ name: string; contractId?: string }>;
  inputContractIds: readonly string[];
}

/** An output port a dataset or contract belongs to. */
export interface PortMatch {
  productId: string;
  portName: string;
  contractId: string;
  team: string | null;
  /** The contract's schema object the dataset is (its `name`); absent for contract lookups. */
  schemaObject?: string;
}

export interface PortDirectory {
  findByDataset(dataset: DatasetName): PortMatch[];
  findByContract(contractId: string): PortMatch[];
  product(productId: string): DirectoryProduct | undefined;
  /** True when the product declares an input port for the contract. */
  declaresInput(productId: string, contractId: string): boolean;
  /** Why a dataset matches no port, and what it may have been meant to be. */
  explainMiss(dataset: DatasetName): string;
  /** Why a contract id matches no port. */
  explainContractMiss(contractId: string): string;
}

interface NamespaceEntry {
  /** The namespace as the first contract spells it in OpenLineage form. */
  shown: string;
  scheme: string;
  productIds: Set<string>;
  /** Name key → name as shown. */
  names: Map<string, string>;
}

const listed = (items: readonly string[], max = 3): string => {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
};

/** Edit distance, cut short once it passes `limit` (only the closest few matter). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const lastSegment = (name: string) => name.split(/[./]/).pop() ?? name;

/** The few names closest to `wanted`: same table elsewhere first, then by edit distance. */
function closestNames(names: Map<string, string>, wanted: string): string[] {
  const table = lastSegment(wanted);
  const sameTable = [...names.entries()].filter(([key]) => lastSegment(key) === table);
  if (sameTable.length > 0) return sameTable.slice(0, 3).map(([, shown]) => shown);
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  const scored: Array<[number, string]> = [];
  let compared = 0;
  for (const [key, shown] of names) {
    // A namespace with very many tables is sampled rather than searched.
    if ((compared += 1) > 5000) break;
    const score = distance(key, wanted, limit);
    if (score <= limit) scored.push([score, shown]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, 3)
    .map(([, shown]) => shown);
}

/**
 * Builds the directory. `contracts` are the current versions by id; ports naming a contract that
 * is not there are still found by contract id, but no dataset leads to them.
 */
export function buildPortDirectory(
  products: readonly DirectoryProduct[],
  contracts: ReadonlyMap<string, OdcsContract>,
): PortDirectory {
  const byDataset = new Map<string, PortMatch[]>();
  const byContract = new Map<string, PortMatch[]>();
  const byProduct = new Map<string, DirectoryProduct>();
  const inputs = new Set<string>();
  const namespaces = new Map<string, NamespaceEntry>();
  const schemes = new Map<string, Set<string>>();
  const namesOfContract = new Map<string, ReturnType<typeof contractDatasetNames>>();

  const datasetsOf = (contractId: string) => {
    let names = namesOfContract.get(contractId);
    if (names === undefined) {
      const contract = contracts.get(contractId);
      names = contract ? contractDatasetNames(contract) : [];
      namesOfContract.set(contractId, names);
    }
    return names;
  };

  for (const product of products) {
    byProduct.set(product.productId, product);
    for (const contractId of product.inputContractIds ?? []) {
      inputs.add(`${product.productId}\u0000${contractId}`);
    }
    for (const port of product.outputPorts ?? []) {
      const contractId = port.contractId;
      if (typeof contractId !== 'string' || contractId === '') continue;
      const base = {
        productId: product.productId,
        portName: port.name,
        contractId,
        team: product.team,
      };
      const portsOfContract = byContract.get(contractId) ?? [];
      portsOfContract.push(base);
      byContract.set(contractId, portsOfContract);
      for (const dataset of datasetsOf(contractId)) {
        const { key } = dataset;
        const matches = byDataset.get(key) ?? [];
        if (!matches.some((m) => m.productId === base.productId && m.portName === base.portName)) {
          matches.push({ ...base, schemaObject: dataset.schemaObject });
        }
        byDataset.set(key, matches);
        const nsKey = namespaceOfKey(key);
        let entry = namespaces.get(nsKey);
        if (!entry) {
          const scheme = namespaceScheme(dataset.namespace);
          entry = { shown: dataset.namespace, scheme, productIds: new Set(), names: new Map() };
          namespaces.set(nsKey, entry);
          const ofScheme = schemes.get(scheme) ?? new Set();
          ofScheme.add(nsKey);
          schemes.set(scheme, ofScheme);
        }
        entry.productIds.add(product.productId);
        entry.names.set(key.slice(nsKey.length + 1), dataset.name);
      }
    }
  }

  const productName = (id: string) => byProduct.get(id)?.name ?? id;

  function explainMiss(dataset: DatasetName): string {
    const nsKey = namespaceKey(dataset.namespace);
    const entry = namespaces.get(nsKey);
    if (entry) {
      const owners = listed([...entry.productIds].map(productName).sort());
      const wanted = datasetKey(dataset).slice(nsKey.length + 1);
      const closest = closestNames(entry.names, wanted);
      const hint = closest.length > 0 ? `; closest: ${closest.join(', ')}` : '';
      return `Namespace ${dataset.namespace} is known (ports of ${owners}), but no table named ${dataset.name}${hint}`;
    }
    const scheme = namespaceScheme(dataset.namespace);
    const sameKind = [...(schemes.get(scheme) ?? [])].map((key) => namespaces.get(key)?.shown);
    const known = sameKind.filter((shown): shown is string => shown !== undefined).sort();
    const opening = `No port's contract has a server in namespace ${namespaceKey(dataset.namespace)}`;
    if (known.length > 0) {
      const snowflake =
        scheme === 'snowflake'
          ? ' (an account locator such as xy12345.us-east-1.aws and orgname-accountname name one account differently; write the account in the form the producer uses)'
          : '';
      return `${opening}; known ${scheme} namespaces: ${listed(known, 5)}${snowflake}`;
    }
    return `${opening}, and none of kind ${scheme}: add a server of this kind to the contract of the port that ${describeDataset(dataset)} belongs to`;
  }

  function explainContractMiss(contractId: string): string {
    if (contracts.has(contractId)) {
      return `Contract ${contractId} exists, but no product's output port provides it`;
    }
    return `No contract ${contractId} is in the catalog, and no output port provides it`;
  }

  return {
    findByDataset: (dataset) => byDataset.get(datasetKey(dataset)) ?? [],
    findByContract: (contractId) => byContract.get(contractId) ?? [],
    product: (productId) => byProduct.get(productId),
    declaresInput: (productId, contractId) => inputs.has(`${productId}\u0000${contractId}`),
    explainMiss,
    explainContractMiss,
  };
}
