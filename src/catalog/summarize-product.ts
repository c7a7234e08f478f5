import { flattenProperties, isPersonalData } from './classification';
import type { OdcsContract } from './standards/odcs';
import type { OdpsProduct } from './standards/odps';

/** What a catalog listing shows of a product, derived from its descriptor and contracts. */
export interface ProductSummaryFields {
  id: string;
  name: string;
  version: string;
  status: string;
  domain: string | null;
  tenant: string | null;
  owner: string | null;
  purpose: string | null;
  tags: string[];
  portTypes: string[];
  classifications: string[];
  hasPersonalData: boolean;
  outputPortCount: number;
}

/** The text a search runs over, by field, so stores can weigh name and tag hits first. */
export interface ProductSearchText {
  name: string;
  tags: string[];
  domain: string;
  owner: string;
  description: string;
  columns: string;
}

export interface SummarizedProduct {
  summary: ProductSummaryFields;
  searchText: ProductSearchText;
  /** Contract ids this product reads (input ports) and provides (output ports), for lineage. */
  inputContractIds: string[];
  outputContractIds: string[];
}

/**
 * Derives the listing fields of a product. `contracts` maps contract id to the current version
 * of each contract the product's output ports name; ports whose contract is not in the catalog
 * fall back to the port's own `type`.
 */
export function summarizeProduct(
  product: OdpsProduct,
  contracts: ReadonlyMap<string, OdcsContract>,
): SummarizedProduct {
  const portTypes = new Set<string>();
  const classifications = new Set<string>();
  const columnText: string[] = [];
  let hasPersonalData = false;

  const outputPorts = product.outputPorts ?? [];
  for (const port of outputPorts) {
    const contract = port.contractId ? contracts.get(port.contractId) : undefined;
    const serverTypes = contract?.servers?.map((server) => server.type.toLowerCase()) ?? [];
    if (serverTypes.length) serverTypes.forEach((type) => portTypes.add(type));
    else if (port.type) portTypes.add(port.type.toLowerCase());

    for (const object of contract?.schema ?? []) {
      columnText.push(object.name, object.businessName ?? '', object.description ?? '');
      for (const column of flattenProperties(object.properties)) {
        columnText.push(column.name ?? '', column.businessName ?? '', column.description ?? '');
        const classification = column.classification?.trim().toLowerCase();
        if (classification) classifications.add(classification);
        if (isPersonalData(column)) hasPersonalData = true;
      }
    }
  }

  const owner = product.team?.name?.trim() || null;
  const description = product.description ?? {};
  const summary: ProductSummaryFields = {
    id: product.id,
    name: product.name?.trim() || product.id,
    version: product.version ?? '',
    status: product.status,
    domain: product.domain?.trim() || null,
    tenant: product.tenant?.trim() || null,
    owner,
    purpose: description.purpose?.trim() || null,
    tags: [...new Set(product.tags ?? [])],
    portTypes: [...portTypes].sort(),
    classifications: [...classifications].sort(),
    hasPersonalData,
    outputPortCount: outputPorts.length,
  };

  return {
    summary,
    searchText: {
      name: summary.name,
      tags: summary.tags,
      domain: summary.domain ?? '',
      owner: owner ?? '',
      description: [description.purpose, description.usage, description.limitations]
        .filter(Boolean)
        .join(' '),
      columns: columnText.filter(Boolean).join(' '),
    },
    inputContractIds: unique((product.inputPorts ?? []).map((port) => port.contractId)),
    outputContractIds: unique(
      outputPorts.map((port) => port.contractId).filter((id): id is string => Boolean(id)),
    ),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
