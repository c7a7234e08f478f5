import { seedPrincipal } from '../auth/system-principal';
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/catalog/api-schemas';
import { importDocument } from '../api/import-document';
import { createMemoryStore } from '../store/memory/memory-store';
import { contractDatasetNames } from '../../src/catalog/observations/dataset-names';
import type { OdcsContract } from '../../src/catalog/standards/odcs';
import { contractIdOf } from './build-contract';
import { createRandom, generateCatalog, generateProductSpecs } from './generate-catalog';

const everything = searchQuery({ pageSize: 100 });

describe('createRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and other numbers for another seed', () => {
    const draw = (seed: number) => {
      const next = createRandom(seed);
      return Array.from({ length: 1000 }, () => next());
    };
    const numbers = draw(42);
    expect(draw(42)).toEqual(numbers);
    expect(draw(43)).not.toEqual(numbers);
    expect(numbers.every((value) => value >= 0 && value < 1)).toBe(true);
    const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generateCatalog', () => {
  it(
    'imports a 2,000-product catalog with 201 for every document and no warnings',
    { timeout: 120_000 },
    async () => {
      const store = createMemoryStore();
      const documents = generateCatalog({ products: 2000, seed: 7 });
      const failures: string[] = [];
      for (const document of documents) {
        const outcome = await importDocument(store, document.kind, document.text, seedPrincipal);
        if (outcome.status !== 201 || outcome.body.warnings.length > 0) {
          failures.push(
            `${document.text.split('\n')[0]}: ${JSON.stringify(outcome.body).slice(0, 500)}`,
          );
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect(await store.countDocuments()).toEqual({
        products: 2000,
        contracts: documents.filter((document) => document.kind === 'contract').length,
      });

      const result = await store.searchProducts(everything);
      expect(result.total).toBe(2000);
      expect(result.facets.domain).toHaveLength(7);
      expect(result.facets.status.map((entry) => entry.value).sort()).toEqual([
        'active',
        'deprecated',
        'draft',
        'proposed',
        'retired',
      ]);
      expect(result.facets.portType.map((entry) => entry.value).sort()).toEqual([
        'bigquery',
        'databricks',
        'kafka',
        'postgres',
        'redshift',
        's3',
        'snowflake',
      ]);
      expect(result.facets.classification.map((entry) => entry.value)).toContain('pii');
      expect(result.facets.owner.length).toBeGreaterThanOrEqual(10);

      const withUpstream = await Promise.all(
        result.items.map(async (item) => (await store.getProductLinks(item.id)).upstream.length),
      );
      expect(withUpstream.filter((count) => count > 0).length).toBeGreaterThan(50);
    },
  );

  it('gives every port datasets of its own, so a pipeline event updates one port', () => {
    const owners = new Map<string, string>();
    for (const { kind, text } of generateCatalog({ products: 3000, seed: 1 })) {
      if (kind !== 'contract') continue;
      const contract = JSON.parse(text) as OdcsContract;
      for (const { key } of contractDatasetNames(contract)) {
        expect(owners.get(key), key).toBeUndefined();
        owners.set(key, contract.id);
      }
    }
    expect(owners.size).toBeGreaterThan(3000);
  });

  it('is the same for the same seed and different for another', () => {
    const first = generateCatalog({ products: 300, seed: 3 });
    expect(generateCatalog({ products: 300, seed: 3 })).toEqual(first);
    expect(generateCatalog({ products: 300, seed: 4 })).not.toEqual(first);
    expect(generateCatalog({ products: 300 })).toEqual(generateCatalog({ products: 300, seed: 1 }));
  });

  it('reads as many contracts per product as asked, for denser lineage', () => {
    const inputs = (specs: { inputs: string[] }[]) =>
      specs.reduce((sum, spec) => sum + spec.inputs.length, 0);
    const dense = generateProductSpecs({
      products: 1000,
      seed: 1,
      inputsPerProduct: { min: 2, max: 5 },
    });
    expect(Math.max(...dense.map((spec) => spec.inputs.length))).toBe(5);
    expect(inputs(dense)).toBeGreaterThan(1.5 * inputs(generateProductSpecs({ products: 1000 })));
  });

  it('gives every product 1-3 output ports and a unique id, and reads only earlier products, several levels deep', () => {
    const specs = generateProductSpecs({ products: 3000, seed: 11 });
    expect(new Set(specs.map((spec) => spec.id)).size).toBe(specs.length);
    const depthByContract = new Map<string, number>();
    let deepest = 0;
    for (const spec of specs) {
      expect(spec.ports.length).toBeGreaterThanOrEqual(1);
      expect(spec.ports.length).toBeLessThanOrEqual(3);
      for (const port of spec.ports) {
        for (const table of port.tables) expect(table.columns.length).toBeGreaterThanOrEqual(5);
      }
      const depth =
        1 + Math.max(0, ...spec.inputs.map((id) => depthByContract.get(id) ?? Number.NaN));
      expect(depth, `${spec.id} reads a contract of a later product`).not.toBeNaN();
      deepest = Math.max(deepest, depth);
      for (const port of spec.ports) depthByContract.set(contractIdOf(spec, port), depth);
    }
    expect(deepest).toBeGreaterThanOrEqual(5);
    const readers = new Map<string, number>();
    for (const id of specs.flatMap((spec) => spec.inputs))
      readers.set(id, (readers.get(id) ?? 0) + 1);
    expect(Math.max(...readers.values())).toBeGreaterThanOrEqual(10);
  });
});
