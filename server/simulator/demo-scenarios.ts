import type { Scenario } from './plan-pipelines';

/**
 * The demo mesh's story: most products keep their promises; these do not, each in a way
 * stakeholders meet in real meshes.
 * - Daily Store Sales, Customer Segments and Carrier Performance finish late every Monday.
 * - Loyalty Memberships has a quality rule that fails about one day in five.
 * - Customer Purchase History has failed every run for the last 26 hours: it is late, an
 *   incident is open, and the products that read it are late because of it.
 * - Customer Lifetime Value's job also reads Web Sessions, which it does not declare.
 */
export const demoScenarios: Record<string, Scenario> = {
  'daily-store-sales': { lateOnMondaysMinutes: 150 },
  'customer-segments': { lateOnMondaysMinutes: 95 },
  'carrier-performance': { lateOnMondaysMinutes: 120 },
  'loyalty-memberships': { flakyCheck: { match: 'memberships', every: 5 } },
  'customer-purchase-history': { brokenForHours: 26 },
  'customer-lifetime-value': {
    undeclaredRead: { productId: 'web-sessions', portName: 'sessions' },
  },
};
