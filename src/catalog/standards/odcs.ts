/**
 * The parts of an Open Data Contract Standard (ODCS v3.1.0) contract that Meshport reads.
 * Like `odps.ts`, these describe documents that already passed the official JSON Schema.
 */
import type { CustomProperty } from './custom-properties';

export interface OdcsServer {
  server: string;
  type: string;
  description?: string;
  environment?: string;
  host?: string;
  port?: number;
  database?: string;
  schema?: string;
  account?: string;
  warehouse?: string;
  project?: string;
  dataset?: string;
  catalog?: string;
  location?: string;
  format?: string;
  region?: string;
  topic?: string;
  [key: string]: unknown;
}

export interface OdcsQualityRule {
  id?: string;
  name?: string;
  description?: string;
  type?: 'text' | 'library' | 'sql' | 'custom';
  dimension?: string;
  metric?: string;
  rule?: string;
  query?: string;
  engine?: string;
  implementation?: unknown;
  unit?: string;
  severity?: string;
  businessImpact?: string;
  schedule?: string;
  scheduler?: string;
  mustBe?: unknown;
  mustNotBe?: unknown;
  mustBeGreaterThan?: number;
  mustBeGreaterOrEqualTo?: number;
  mustBeLessThan?: number;
  mustBeLessOrEqualTo?: number;
  mustBeBetween?: [number, number];
  mustNotBeBetween?: [number, number];
  arguments?: Record<string, unknown>;
}

export interface OdcsProperty {
  id?: string;
  name?: string;
  businessName?: string;
  description?: string;
  logicalType?: string;
  physicalType?: string;
  physicalName?: string;
  required?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  partitioned?: boolean;
  classification?: string;
  criticalDataElement?: boolean;
  examples?: unknown[];
  tags?: string[];
  transformSourceObjects?: string[];
  transformLogic?: string;
  transformDescription?: string;
  quality?: OdcsQualityRule[];
  properties?: OdcsProperty[];
  items?: OdcsProperty;
  customProperties?: CustomProperty[];
}

export interface OdcsSchemaObject {
  id?: string;
  name: string;
  businessName?: string;
  description?: string;
  logicalType?: string;
  physicalName?: string;
  physicalType?: string;
  dataGranularityDescription?: string;
  tags?: string[];
  properties?: OdcsProperty[];
  quality?: OdcsQualityRule[];
  customProperties?: CustomProperty[];
}

export interface OdcsSlaProperty {
  id?: string;
  property: string;
  value: unknown;
  valueExt?: unknown;
  unit?: string;
  element?: string;
  driver?: string;
  description?: string;
  scheduler?: string;
  schedule?: string;
}

export interface OdcsRole {
  role: string;
  description?: string;
  access?: string;
  firstLevelApprovers?: string;
  secondLevelApprovers?: string;
}

export interface OdcsSupportItem {
  channel: string;
  url?: string;
  description?: string;
  tool?: string;
  scope?: string;
}

export interface OdcsTeamMember {
  username: string;
  name?: string;
  role?: string;
  description?: string;
  dateIn?: string;
  dateOut?: string;
}

export interface OdcsContract {
  apiVersion: string;
  kind: 'DataContract';
  id: string;
  version: string;
  status: string;
  name?: string;
  tenant?: string;
  domain?: string;
  dataProduct?: string;
  tags?: string[];
  description?: { purpose?: string; limitations?: string; usage?: string };
  servers?: OdcsServer[];
  schema?: OdcsSchemaObject[];
  support?: OdcsSupportItem[];
  price?: { priceAmount?: number; priceCurrency?: string; priceUnit?: string };
  team?: { name?: string; description?: string; members?: OdcsTeamMember[] } | OdcsTeamMember[];
  roles?: OdcsRole[];
  slaDefaultElement?: string;
  slaProperties?: OdcsSlaProperty[];
  customProperties?: CustomProperty[];
  contractCreatedTs?: string;
}
