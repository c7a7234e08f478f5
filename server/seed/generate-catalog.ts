/**
 * A large synthetic catalog for load tests and benchmarks: any number of products that look like
 * the demo mesh (same builders, same column templates), random but fully determined by `seed`.
 */
import type { ProductStatus } from '../../src/catalog/standards/odps';
import { contractIdOf } from './build-contract';
import { buildDocuments } from './build-documents';
import type { Subject } from './generated-subjects';
import { serverWeightsByDomain, subjectsByDomain } from './generated-subjects';
import type {
  Domain,
  PortSpec,
  ProductSpec,
  SeedDocument,
  ServerType,
  SlaSpec,
  TableSpec,
} from './seed-types';
import {
  dailySla,
  deprecation,
  hourlySla,
  operationalSla,
  retirement,
  streamingSla,
  weeklySla,
} from './sla-presets';
import { teamsByDomain } from './teams';

export interface GenerateCatalogOptions {
  products: number;
  seed?: number;
  /** How many contracts a product reads (most products; the first few are sources). */
  inputsPerProduct?: { min: number; max: number };
}

/** A small, fast PRNG (mulberry32): 32 bits of state, uniform numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return this.pick(entries)[0];
  }
}

const domains: [Domain, number][] = [
  ['sales', 3],
  ['customer', 3],
  ['marketing', 3],
  ['supply-chain', 3],
  ['finance', 2],
  ['logistics', 2],
  ['product', 2],
];
const statuses: [ProductStatus, number][] = [
  ['active', 75],
  ['draft', 8],
  ['proposed', 5],
  ['deprecated', 8],
  ['retired', 4],
];
const markets = [
  'Germany',
  'Netherlands',
  'France',
  'Nordics',
  'Poland',
  'Belgium',
  'Austria',
  'Group',
];
const channels = ['Online', 'Store', 'Marketplace', 'App', 'B2B'];
const flavours = [
  '',
  'Daily',
  'Weekly',
  'History',
  'Snapshot',
  'Forecast',
  'Metrics',
  'Quality Report',
];
/** Extra ports a product may have besides its main one. */
const extraPorts = [
  { name: 'daily-aggregates', suffix: 'daily', label: 'daily aggregates' },
  { name: 'history', suffix: 'history', label: 'full history' },
  { name: 'changes', suffix: 'changes', label: 'change events' },
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function randomDate(dice: Dice, fromYear: number, toYear: number): string {
  const month = String(dice.int(1, 12)).padStart(2, '0');
  const day = String(dice.int(1, 28)).padStart(2, '0');
  return `${dice.int(fromYear, toYear)}-${month}-${day}T06:00:00Z`;
}

function slaFor(dice: Dice, server: ServerType, status: ProductStatus): SlaSpec {
  const generalAvailability =
    status === 'proposed' || status === 'draft'
      ? randomDate(dice, 2026, 2027)
      : randomDate(dice, 2019, 2025);
  const ending = status === 'deprecated' ? deprecation : status === 'retired' ? retirement : {};
  if (server === 'kafka')
    return streamingSla(dice.pick([2, 5, 10, 30, 60]), generalAvailability, ending);
  if (server === 'postgres') return operationalSla(generalAvailability, ending);
  const hour = String(dice.int(2, 9)).padStart(2, '0');
  return dice.weighted<SlaSpec>([
    [dailySla(`${hour}:00Z`, generalAvailability, ending), 6],
    [hourlySla(generalAvailability, ending), 2],
    [weeklySla(`${hour}:30+01:00`, generalAvailability, ending), 1],
  ]);
}

function variantTable(
  base: TableSpec,
  suffix: string | undefined,
  label: string | undefined,
): TableSpec {
  if (!suffix || !label) return base;
  return {
    ...base,
    name: `${base.name}_${suffix}`,
    businessName: `${base.businessName} (${label})`,
  };
}

function buildPorts(
  dice: Dice,
  domain: Domain,
  subject: Subject,
  status: ProductStatus,
): PortSpec[] {
  const count = dice.weighted([
    [1, 55],
    [2, 35],
    [3, 10],
  ] as const);
  const ports: PortSpec[] = [];
  for (let index = 0; index < count; index += 1) {
    const extra = index === 0 ? undefined : extraPorts[index - 1];
    const server =
      extra?.name === 'changes' ? 'kafka' : dice.weighted(serverWeightsByDomain[domain]);
    const version = `${dice.int(1, 4)}.${dice.int(0, 9)}.${dice.int(0, 5)}`;
    const main = variantTable(subject.table, extra?.suffix, extra?.label);
    ports.push({
      name: extra?.name ?? slug(subject.noun),
      description: `${subject.noun}${extra ? `, ${extra.label}` : ''}, served from ${server}.`,
      version,
      server,
      ...(server === 'kafka' ? { format: dice.pick(['avro', 'json'] as const) } : {}),
      tables: [main],
      sla: slaFor(dice, server, status),
      ...(status === 'proposed' || status === 'retired' ? { sampleQueries: false as const } : {}),
    });
  }
  return ports;
}

/**
 * The specifications of a generated catalog. Products read from earlier products only, so the
 * lineage is a graph without cycles: mostly from recent ones (giving long chains) and sometimes
 * from the first, "core" products (giving hubs with a wide fan-out).
 */
export function generateProductSpecs(options: GenerateCatalogOptions): ProductSpec[] {
  const dice = new Dice(createRandom(options.seed ?? 1));
  const products: ProductSpec[] = [];
  const contractIds: string[] = [];
  const takenNames = new Map<string, number>();
  const sources = Math.max(1, Math.min(50, Math.ceil(options.products * 0.05)));

  for (let index = 0; index < options.products; index += 1) {
    const domain = dice.weighted(domains);
    const subject = dice.pick(subjectsByDomain[domain]);
    const status = dice.weighted(statuses);
    const flavour = dice.pick(flavours);
    const baseName = [dice.pick(markets), dice.pick(channels), subject.noun, flavour]
      .filter(Boolean)
      .join(' ');
    const uses = (takenNames.get(baseName) ?? 0) + 1;
    takenNames.set(baseName, uses);
    const name = uses === 1 ? baseName : `${baseName} ${uses}`;

    const inputs = new Set<string>();
    if (index >= sources && dice.chance(0.9)) {
      const wanted = dice.int(
        options.inputsPerProduct?.min ?? 1,
        options.inputsPerProduct?.max ?? 3,
      );
      for (let attempt = 0; attempt < wanted * 2 && inputs.size < wanted; attempt += 1) {
        const recent = Math.max(0, contractIds.length - 300);
        const from = dice.chance(0.2)
          ? dice.int(0, Math.min(contractIds.length, 60) - 1)
          : dice.int(recent, contractIds.length - 1);
        const contractId = contractIds[from];
        if (contractId) inputs.add(contractId);
      }
    }

    const product: ProductSpec = {
      id: slug(name),
      name,
      version: `${dice.int(1, 5)}.${dice.int(0, 12)}.${dice.int(0, 9)}`,
      status,
      domain,
      team: dice.pick(teamsByDomain[domain]),
      purpose: `${name} provides ${subject.provides} for the ${domain.replace('-', ' ')} domain.`,
      limitations: 'Synthetic data product generated for load testing; the figures are not real.',
      usage: `Join on the key columns of \`${subject.table.name}\`.`,
      tags: [...subject.tags, 'generated'],
      inputs: [...inputs],
      ports: buildPorts(dice, domain, subject, status),
    };
    products.push(product);
    for (const port of product.ports) contractIds.push(contractIdOf(product, port));
  }
  return products;
}

/** Every contract, then every product, as JSON text: ready for `loadDocuments` or an NDJSON file. */
export function generateCatalog(options: GenerateCatalogOptions): SeedDocument[] {
  const seed = options.seed ?? 1;
  return buildDocuments(
    generateProductSpecs({ ...options, seed }),
    `Meshport generated catalog (seed ${seed})`,
    'json',
  );
}
