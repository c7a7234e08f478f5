/**
 * Fails the build when the landing route ships more than its budget of JavaScript: the entry
 * chunk, everything it imports statically, and the catalog route's lazy chunk with its imports,
 * gzip-compressed as a browser would download them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 170 * 1000;
const landingRoute = 'src/app/routes/catalog.tsx';
const distDir = process.argv[2] ?? 'dist';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

function collect(key: string, seen: Set<string>) {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build manifest has no chunk for ${key}`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) collect(imported, seen);
}

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry) throw new Error('The build manifest has no entry chunk');
const keys = new Set<string>();
collect(entry, keys);
collect(landingRoute, keys);

let total = 0;
const rows: [string, number][] = [];
for (const key of keys) {
  const file = manifest[key]?.file ?? key;
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  total += size;
  rows.push([file, size]);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
rows.sort((a, b) => b[1] - a[1]);
console.log('Landing route JavaScript (gzip):');
for (const [file, size] of rows) console.log(`  ${kb(size).padStart(9)}  ${file}`);
console.log(`  ${kb(total).padStart(9)}  total, budget ${kb(budgetBytes)}`);
if (total > budgetBytes) {
  console.error(`The landing route is ${kb(total - budgetBytes)} over its JavaScript budget.`);
  process.exit(1);
}
