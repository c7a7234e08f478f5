/**
 * `npm run seed:generate -- --products 50000 [--seed 1] [--out path]`: writes a synthetic catalog
 * as NDJSON, one `{ "kind", "text" }` document per line, contracts first, for load tests and
 * benchmarks. The same products and seed always give the same file.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalog } from '../server/seed/generate-catalog';

const usage =
  'Usage: npm run seed:generate -- --products <count> [--seed <number>] [--out <file.ndjson>]';

function readWholeNumber(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < 0) {
    throw new Error(
      `--${name} must be a whole number, got ${text === undefined ? 'nothing' : `"${text}"`}.\n${usage}`,
    );
  }
  return value;
}

async function main() {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const products = readWholeNumber('products', values.products);
  if (products < 1) throw new Error(`--products must be at least 1.\n${usage}`);
  const seed = readWholeNumber('seed', values.seed, 1);
  const out = values.out ?? `.data/generated/catalog-${products}.ndjson`;

  const started = performance.now();
  const documents = generateCatalog({ products, seed });
  const generated = performance.now();

  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  // Lines go out in batches of about a megabyte, waiting whenever the file falls behind.
  let batch: string[] = [];
  let batchSize = 0;
  for (const document of documents) {
    const line = `${JSON.stringify(document)}\n`;
    batch.push(line);
    batchSize += line.length;
    if (batchSize >= 1_000_000) {
      if (!stream.write(batch.join(''))) await once(stream, 'drain');
      batch = [];
      batchSize = 0;
    }
  }
  stream.end(batch.join(''));
  await once(stream, 'finish');
  const finished = performance.now();

  const contracts = documents.filter((document) => document.kind === 'contract').length;
  const megabytes = statSync(out).size / 1_000_000;
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
  console.log(
    `Wrote ${documents.length.toLocaleString('en-US')} documents (${products.toLocaleString('en-US')} products, ` +
      `${contracts.toLocaleString('en-US')} contracts, seed ${seed}) to ${out}: ${megabytes.toFixed(1)} MB ` +
      `in ${seconds(finished - started)} (generating ${seconds(generated - started)}, writing ${seconds(finished - generated)}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
