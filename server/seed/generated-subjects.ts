/**
 * What generated products are about, per domain: a subject names the product and gives its main
 * table, built from the same column templates as the demo mesh.
 */
import { customerSubjects, salesSubjects } from './generated-subjects-commerce';
import { marketingSubjects, productSubjects } from './generated-subjects-engagement';
import {
  financeSubjects,
  logisticsSubjects,
  supplyChainSubjects,
} from './generated-subjects-operations';
import type { Domain, ServerType, TableSpec } from './seed-types';

export interface Subject {
  /** Title-case noun used in product names, e.g. "Stock Levels". */
  noun: string;
  tags: string[];
  /** Completes "This product provides …". */
  provides: string;
  table: TableSpec;
}

export const subjectsByDomain: Record<Domain, Subject[]> = {
  sales: salesSubjects,
  customer: customerSubjects,
  marketing: marketingSubjects,
  'supply-chain': supplyChainSubjects,
  finance: financeSubjects,
  logistics: logisticsSubjects,
  product: productSubjects,
};

/** Which servers a domain's products use, and how often (weights). */
export const serverWeightsByDomain: Record<Domain, [ServerType, number][]> = {
  sales: [
    ['postgres', 3],
    ['snowflake', 3],
    ['s3', 2],
    ['kafka', 1],
    ['redshift', 1],
    ['databricks', 1],
  ],
  customer: [
    ['postgres', 3],
    ['snowflake', 3],
    ['bigquery', 2],
    ['databricks', 2],
    ['kafka', 1],
  ],
  marketing: [
    ['bigquery', 5],
    ['s3', 2],
    ['databricks', 1],
    ['postgres', 1],
  ],
  'supply-chain': [
    ['snowflake', 3],
    ['postgres', 2],
    ['kafka', 2],
    ['databricks', 2],
    ['s3', 1],
  ],
  finance: [
    ['redshift', 4],
    ['snowflake', 2],
    ['postgres', 2],
    ['s3', 1],
  ],
  logistics: [
    ['postgres', 2],
    ['redshift', 2],
    ['s3', 2],
    ['kafka', 2],
    ['bigquery', 1],
  ],
  product: [
    ['postgres', 3],
    ['snowflake', 2],
    ['bigquery', 2],
    ['kafka', 1],
  ],
};
