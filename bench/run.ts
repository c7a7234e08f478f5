/**
 * `npm run bench`: prints Meshport's speed and size figures. Budgets that can be checked
 * deterministically (the landing route's bundle) fail the build instead; these figures depend on
 * the machine, so they are printed, not asserted.
 */
import { benchPostgresLoad } from './load-postgres';
import { benchSearchLatency } from './search-latency';

const products = Number(process.env.BENCH_PRODUCTS ?? 50_000);
await benchSearchLatency(products);
await benchPostgresLoad(products);
