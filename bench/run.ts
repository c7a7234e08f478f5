/**
 * `npm run bench`: prints Meshport's speed and size figures. Budgets that can be checked
 * deterministically (the landing route's bundle) fail the build instead; these figures depend on
 * the machine, so they are printed, not asserted.
 */
import { benchEditorTyping } from './editor-typing';
import { benchHostileDocuments } from './hostile-documents';
import { benchIngestion } from './ingestion';
import { benchLineageLayout } from './lineage-layout';
import { benchPostgresLoad } from './load-postgres';
import { benchSearchLatency } from './search-latency';
import { benchServiceLevelStore } from './service-level-store';

// `npm run bench -- lineage` runs only the benches named; without names, all of them.
const products = Number(process.env.BENCH_PRODUCTS ?? 50_000);
const benches: Record<string, () => Promise<void>> = {
  search: () => benchSearchLatency(products),
  postgres: () => benchPostgresLoad(products),
  lineage: () => benchLineageLayout(),
  hostile: () => benchHostileDocuments(),
  editor: () => benchEditorTyping(),
  'service-levels': () => benchServiceLevelStore(products),
  ingestion: () => benchIngestion(products),
};
const chosen = process.argv.slice(2);
for (const name of chosen) if (!benches[name]) throw new Error(`No bench named ${name}`);
for (const [name, bench] of Object.entries(benches))
  if (!chosen.length || chosen.includes(name)) await bench();
