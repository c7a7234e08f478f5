/**
 * Turns product specifications into ODPS descriptors and, through `build-contract.ts`, ODCS
 * contracts. Both the demo mesh and the generated catalogs go through here, so what the tests
 * prove for one holds for the other.
 */
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import type { OdpsProduct } from '../../src/catalog/standards/odps';
import { buildContract, buildSupport, buildTeam, contractIdOf } from './build-contract';
import type { ProductSpec, SeedDocument } from './seed-types';
import { tenant } from './teams';
import { stringify } from 'yaml';

/** Writes a document object as YAML text. */

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
 * when imported in order. As `yaml`, each document starts with a comment naming the data set
 * (`label`); as `json` (the large generated catalogs, which JSON writes many times faster) it is
 * plain JSON, which the API accepts as well since YAML 1.2 contains JSON.
 */
export function buildDocuments(
  products: readonly ProductSpec[],
  label: string,
  format: 'yaml' | 'json' = 'yaml',
): SeedDocument[] {
  const versions = new Map<string, string>();
  for (const product of products) {
    for (const port of product.ports) {
      const id = contractIdOf(product, port);
      if (versions.has(id)) throw new Error(`Two output ports declare contract ${id}`);
      versions.set(id, port.version);
    }
  }
  const asText = (value: OdcsContract | OdpsProduct, comment: string) =>
    format === 'json'
      ? `${JSON.stringify(value)}\n`
      : // No line folding, so descriptions and queries keep their lines; no anchors, so values
        // shared by columns built from one template are written out where each column is.
        `# ${label}: ${comment}\n${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  const contracts = products.flatMap((product) =>
    product.ports.map((port) => ({
      kind: 'contract' as const,
      text: asText(
        buildContract(product, port),
        `data contract of the "${port.name}" port of ${product.name}`,
      ),
    })),
  );
  const descriptors = products.map((product) => ({
    kind: 'product' as const,
    text: asText(buildProduct(product, versions), `data product ${product.name}`),
  }));
  return [...contracts, ...descriptors];
}
