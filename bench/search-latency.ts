import { createCatalogApi } from '../server/api/create-catalog-api';
import { generateCatalog } from '../server/seed/generate-catalog';
import { loadMemoryStore } from './memory-catalog';
import { formatTable, percentile } from './stats';

/** Searches a user runs, from the cheapest listing to text, filters and sort combined. */
const scenarios: [string, string][] = [
  ['list, first page', ''],
  ['text: customer', '?q=customer'],
  ['text: two words', '?q=order%20revenue'],
  ['text: column name', '?q=email'],
  ['filters: domain + status', '?domain=sales&status=active'],
  ['text + 3 filters + sort', '?q=orders&domain=sales&portType=postgres&sort=updated'],
  ['deep page (page 500 of 50)', '?page=500&pageSize=50'],
  ['no match', '?q=zzzzqqq'],
];

/**
 * Search latency of the catalog API (the same fetch handler Node serves) over a generated catalog,
 * measured in process so it shows the API and store, not the network.
 */
export async function benchSearchLatency(products: number, iterations = 40) {
  console.log(
    `\nSearch API latency, in-memory store, ${products.toLocaleString('en-US')} generated products`,
  );
  let started = performance.now();
  const documents = generateCatalog({ products, seed: 1 });
  console.log(
    `  generated ${documents.length.toLocaleString('en-US')} documents in ${seconds(started)}`,
  );

  started = performance.now();
  const store = await loadMemoryStore(documents);
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`  loaded into the store in ${seconds(started)}; heap in use ${heap.toFixed(0)} MB`);

  const api = createCatalogApi({ store });
  const rows: string[][] = [];
  const all: number[] = [];
  for (const [name, query] of scenarios) {
    const timings: number[] = [];
    let total = 0;
    for (let run = 0; run < iterations + 5; run += 1) {
      const begin = performance.now();
      const response = await api.request(`/api/data-products${query}`);
      const body = (await response.json()) as { total: number };
      const elapsed = performance.now() - begin;
      if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
      total = body.total;
      if (run >= 5) timings.push(elapsed); // the first runs warm up the JIT
    }
    all.push(...timings);
    rows.push([
      name,
      total.toLocaleString('en-US'),
      ms(percentile(timings, 50)),
      ms(percentile(timings, 95)),
      ms(Math.max(...timings)),
    ]);
  }
  rows.push([
    'all searches',
    '',
    ms(percentile(all, 50)),
    ms(percentile(all, 95)),
    ms(Math.max(...all)),
  ]);
  console.log(formatTable(['search', 'matches', 'p50', 'p95', 'max'], rows));
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
