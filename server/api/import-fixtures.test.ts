import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

/** The official examples, read from the shared fixtures beside the checkout. */
const fixtures = join(import.meta.dirname, '../../../shared/fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const odcsExamples = readdirSync(join(fixtures, 'odcs'))
  .filter((name) => name.endsWith('.odcs.yaml'))
  .sort();

function setup() {
  const api = createCatalogApi({ store: createMemoryStore() });
  const call = (path: string, init?: RequestInit) => api.request(`/api${path}`, init);
  const post = (path: string, body: string, type = 'application/yaml') =>
    call(path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': type, 'X-Meshport-Persona': 'admin' },
    });
  return { call, post };
}

describe('importing the official ODCS examples', () => {
  it('imports the first file of each id and version, keeps its text byte for byte and refuses a different text under a taken version', async () => {
    const { call, post } = setup();
    const taken = new Map<string, string>();
    let imported = 0;
    let conflicts = 0;
    for (const name of odcsExamples) {
      const text = read(`odcs/${name}`);
      const response = await post('/data-contracts', text);
      const body = (await response.json()) as { id: string; version: string; message?: string };
      const [id, version] = [
        /^id: "?([^"\n]+)"?/m.exec(text)?.[1],
        /^version: "?([^"\s#]+)"?/m.exec(text)?.[1],
      ];
      const key = `${id}@${version}`;
      if (!taken.has(key)) {
        expect(response.status, `${name}: ${JSON.stringify(body)}`).toBe(201);
        taken.set(key, text);
        imported += 1;

        const again = await post('/data-contracts', text);
        expect(again.status, `${name} re-posted`).toBe(200);

        const exported = await call(
          `/data-contracts/${encodeURIComponent(body.id)}/odcs.yaml?version=${encodeURIComponent(body.version)}`,
        );
        expect(exported.status).toBe(200);
        expect(await exported.text()).toBe(text);
      } else {
        expect(response.status, name).toBe(409);
        expect(body.message).toContain(`already has a version ${version}`);
        conflicts += 1;
      }
    }
    // Seven distinct id+version pairs among the 18 examples; the other files reuse a taken one.
    expect(imported).toBe(7);
    expect(conflicts).toBe(odcsExamples.length - 7);
  });
});

describe('importing the official ODPS examples', () => {
  it('imports the simple example, warns about its old apiVersion and unknown contracts, and gives it back unchanged', async () => {
    const { call, post } = setup();
    const text = read('odps/simple-data-product.odps.yaml');
    const response = await post('/data-products', text);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { warnings: { path: string; message: string }[] };
    expect(body.warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining([
        'apiVersion',
        'inputPorts[0].contractId',
        'outputPorts[0].contractId',
      ]),
    );
    expect((await post('/data-products', text)).status).toBe(200);
    const exported = await call('/data-products/064c4630-8aad-4dc0-ba95-0f69940e6b18/odps.yaml');
    expect(await exported.text()).toBe(text);
  });

  it('keeps the customer example, which declares no version, as numbered revisions', async () => {
    const { call, post } = setup();
    const text = read('odps/customer-data-product.odps.yaml');
    const first = await post('/data-products', text);
    expect(first.status).toBe(201);
    const body = (await first.json()) as {
      version: string;
      warnings: { path: string; message: string }[];
    };
    expect(body.version).toBe('r1');
    expect(body.warnings).toContainEqual(
      expect.objectContaining({
        path: 'version',
        message: expect.stringContaining('No version declared'),
      }),
    );
    // The same text again is the same revision; another text is the next one.
    expect((await post('/data-products', text)).status).toBe(200);
    const second = await post('/data-products', text.replace('Customer Data Product', 'Customers'));
    expect(await second.json()).toMatchObject({ version: 'r2', current: true });
    const id = 'fbe8d147-28db-4f1d-bedf-a3fe9f458427';
    const exported = await call(`/data-products/${id}/odps.yaml?version=r1`);
    expect(await exported.text()).toBe(text);
    const changes = (await (await call(`/data-products/${id}/changes`)).json()) as {
      from: { version: string };
      diffs: { path: string; impactLevel: string }[];
    };
    expect(changes.from.version).toBe('r1');
    expect(changes.diffs).toEqual([
      expect.objectContaining({ path: 'name', impactLevel: 'MINOR' }),
    ]);
  });
});

describe('importing the unreleased ODCS v3.2.0 examples', () => {
  const drafts = readdirSync(join(fixtures, 'odcs-v3.2.0-draft')).filter((file) =>
    file.endsWith('.odcs.yaml'),
  );

  it('imports every one, checked against the draft schema, with one warning that it is a draft', async () => {
    const { post } = setup();
    expect(drafts).toHaveLength(15);
    for (const file of drafts) {
      const response = await post('/data-contracts', read(`odcs-v3.2.0-draft/${file}`));
      // Several examples share an id and version: a later one is a conflict, not a refusal.
      expect([201, 200, 409], file).toContain(response.status);
      if (response.status !== 201) continue;
      const body = (await response.json()) as { warnings: { path: string; message: string }[] };
      expect(body.warnings, file).toContainEqual(
        expect.objectContaining({
          path: 'apiVersion',
          message: expect.stringMatching(/^ODCS v3\.2\.0 is not released yet/),
        }),
      );
      expect(body.warnings.some((warning) => /consider updating/.test(warning.message))).toBe(
        false,
      );
    }
  });
});
