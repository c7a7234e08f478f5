/**
 * The parts of an Open Data Product Standard (ODPS v1.0.0) descriptor that Meshport reads.
 * Documents are validated against the official JSON Schema before they are typed with these,
 * so the types only describe what the schema already guarantees.
 */
import type { CustomProperty } from './custom-properties';

export const productStatuses = ['proposed', 'draft', 'active', 'deprecated', 'retired'] as const;
export type ProductStatus = (typeof productStatuses)[number];

export interface OdpsAuthoritativeDefinition {
  type: string;
  url: string;
  description?: string;
}

export interface OdpsInputPort {
  name: string;
  version: string;
  contractId: string;
  tags?: string[];
  customProperties?: CustomProperty[];
}

export interface OdpsOutputPort {
  name: string;
  version: string;
  description?: string;
  type?: string;
  contractId?: string;
  tags?: string[];
  customProperties?: CustomProperty[];
  inputContracts?: { id: string; version: string }[];
}

export interface OdpsManagementPort {
  name: string;
  content: string;
  type?: string;
  url?: string;
  channel?: string;
  description?: string;
}

export interface OdpsSupport {
  channel: string;
  url: string;
  description?: string;
  tool?: string;
  scope?: string;
  invitationUrl?: string;
}

export interface OdpsTeamMember {
  username: string;
  name?: string;
  description?: string;
  role?: string;
  dateIn?: string;
  dateOut?: string;
}

export interface OdpsTeam {
  name?: string;
  description?: string;
  members?: OdpsTeamMember[];
}

export interface OdpsProduct {
  apiVersion: string;
  kind: 'DataProduct';
  id: string;
  name?: string;
  version?: string;
  status: string;
  domain?: string;
  tenant?: string;
  authoritativeDefinitions?: OdpsAuthoritativeDefinition[];
  description?: {
    purpose?: string;
    limitations?: string;
    usage?: string;
    authoritativeDefinitions?: OdpsAuthoritativeDefinition[];
  };
  customProperties?: CustomProperty[];
  tags?: string[];
  inputPorts?: OdpsInputPort[];
  outputPorts?: OdpsOutputPort[];
  managementPorts?: OdpsManagementPort[];
  support?: OdpsSupport[];
  team?: OdpsTeam;
  productCreatedTs?: string;
}
