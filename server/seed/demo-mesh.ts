/**
 * The demo mesh: Northwind Retail, a European fashion and home retailer, with about fifty data
 * products in seven domains, wired into a lineage graph from source systems (orders, tills,
 * profiles, web) through analytics (purchase history, forecasts) to activation (audiences).
 * It is what `npm start` and the in-browser demo load, and what the UI is tested against.
 */
import { buildDocuments } from './build-documents';
import { customerProducts } from './demo-customer';
import { customerEngagementProducts } from './demo-customer-engagement';
import { customerInsightProducts } from './demo-customer-insights';
import { financeProducts } from './demo-finance';
import { financeReportingProducts } from './demo-finance-reporting';
import { logisticsProducts } from './demo-logistics';
import { logisticsOperationsProducts } from './demo-logistics-operations';
import { marketingProducts } from './demo-marketing';
import { marketingActivationProducts } from './demo-marketing-activation';
import { productDomainProducts } from './demo-product';
import { productInsightProducts } from './demo-product-insights';
import { salesProducts } from './demo-sales';
import { salesAnalyticsProducts } from './demo-sales-analytics';
import { supplyChainProducts } from './demo-supply-chain';
import { supplyPlanningProducts } from './demo-supply-planning';
import type { ProductSpec, SeedDocument } from './seed-types';

/** The specifications of every demo product, for tests and tools that need more than the text. */
export function demoProductSpecs(): ProductSpec[] {
  return [
    ...salesProducts,
    ...salesAnalyticsProducts,
    ...customerProducts,
    ...customerEngagementProducts,
    ...customerInsightProducts,
    ...marketingProducts,
    ...marketingActivationProducts,
    ...supplyChainProducts,
    ...supplyPlanningProducts,
    ...financeProducts,
    ...financeReportingProducts,
    ...logisticsProducts,
    ...logisticsOperationsProducts,
    ...productDomainProducts,
    ...productInsightProducts,
  ];
}

/** Every demo document as YAML text: all contracts first, then all products. */
export function buildDemoMesh(): SeedDocument[] {
  return buildDocuments(demoProductSpecs(), 'Meshport demo mesh (Northwind Retail)');
}
