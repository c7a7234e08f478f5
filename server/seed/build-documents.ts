/**
 * Turns product specifications into ODPS descriptors and, through `build-contract.ts`, ODCS
 * contracts. Both the demo mesh and the generated catalogs go through here, so what the tests
 * prove for one holds for the other.
 */
import type { OdcsContract } from '../../src/catalog/odcs';
import type { OdpsProduct } from '../../src/catalog/odps';
import { buildContract, buildSupport, buildTeam, contractIdOf } from './build-contract';
import type { ProductSpec, SeedDocument } from './seed-types';
import { tenant } from './teams';
import { stringifyYaml } from './yaml-text';

/** Writes a document object as YAML text. */
export type YamlWriter = (value: Record<string, unknown>) => string;

/** `contractVersions` gives the current version of every contract an input port may name. */
export function buildProduct(
  product: ProductSpec,
  contractVersions: ReadonlyMap<string, string>,
): OdpsProduct {
  const inputPorts = product.inputs.map((contractId) => {
    const version = contractVersions.get(contractId);
    if (!version) throw new Error(`${product.id} reads ${contractId}, which no product provides`);
    return { name: contractId, version, contractId };
  });
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: product.id,
    name: product.name,
    version: product.version,
    status: product.status,
    domain: product.domain,
    tenant,
    description: {
      purpose: product.purpose,
      limitations: product.limitations,
      usage: product.usage,
    },
    tags: product.tags,
    ...(inputPorts.length ? { inputPorts } : {}),
    outputPorts: product.ports.map((port) => ({
      name: port.name,
      description: port.description,
      type: port.server,
      version: port.version,
      contractId: contractIdOf(product, port),
    })),
    support: buildSupport(product.team),
    team: buildTeam(product.team),
  };
}

/**
 * Every contract, then every product, so a product's input and output ports find their contracts
 * when imported in order. `label` names the data set in each document's leading comment.
 */
export function buildDocuments(
  products: readonly ProductSpec[],
  label: string,
  write: YamlWriter = stringifyYaml,
): SeedDocument[] {
  const versions = new Map<string, string>();
  for (const product of products) {
    for (const port of product.ports) {
      const id = contractIdOf(product, port);
      if (versions.has(id)) throw new Error(`Two output ports declare contract ${id}`);
      versions.set(id, port.version);
    }
  }
  const asText = (value: OdcsContract | OdpsProduct) =>
    write(value as unknown as Record<string, unknown>);
  const contracts = products.flatMap((product) =>
    product.ports.map((port) => ({
      kind: 'contract' as const,
      text: `# ${label}: data contract of the "${port.name}" port of ${product.name}\n${asText(buildContract(product, port))}`,
    })),
  );
  const descriptors = products.map((product) => ({
    kind: 'product' as const,
    text: `# ${label}: data product ${product.name}\n${asText(buildProduct(product, versions))}`,
  }));
  return [...contracts, ...descriptors];
}
