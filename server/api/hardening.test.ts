import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessRequest } from '../../src/catalog/api-schemas';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import type { CatalogStore } from '../store/catalog-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

/** What a hostile or careless client may send, and what it must get back. */
let api: ReturnType<typeof createCatalogApi>;
let store: CatalogStore;

beforeEach(async () => {
  store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store });
});

const send = (
  path: string,
  body: BodyInit,
  headers: Record<string, string> = {},
  persona = 'admin',
) =>
  api.request(`/api${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': persona, ...headers },
  });
const json = async <T = { message: string; errors?: { path: string; message: string }[] }>(
  response: Response,
) => (await response.json()) as T;

const product = (id: string, extra = '') => `apiVersion: v1.0.0
kind: DataProduct
id: ${id}
name: Hardening
version: 1.0.0
status: draft
team:
  name: Customer 360
outputPorts:
  - name: out
    version: 1.0.0
${extra}`;

const accessForm = {
  productId: 'customer-purchase-history',
  ports: [{ portName: 'purchases', role: 'customer_purchase_history_purchases_analytics' }],
  grantee: { kind: 'user' },
  purpose: 'Monthly churn analysis for the retention team',
  until: '2027-02-01',
  acknowledged: true,
};

describe('bodies and their types', () => {
  it('takes JSON only as application/json, and documents only as the listed types', async () => {
    const asText = await send('/access-requests', JSON.stringify(accessForm), {
      'Content-Type': 'text/plain',
    });
    expect(asText.status).toBe(415);
    expect((await json(asText)).message).toMatch(
      /text\/plain is not accepted here: send application\/json/,
    );
    const asForm = await send('/data-products', product('form-post'), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(asForm.status).toBe(415);
    expect(await store.getDocument('product', 'form-post')).toBeNull();
  });

  it('refuses changes sent by a page of another site, and accepts the portal’s own', async () => {
    const foreign = await send('/data-products', product('from-elsewhere'), {
      Origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).message).toMatch(/must come from Meshport itself/);
    const fetched = await send('/data-products', product('fetched-cross-site'), {
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(fetched.status).toBe(403);
    expect(await store.getDocument('product', 'from-elsewhere')).toBeNull();

    const own = await send('/data-products', product('from-the-portal'), {
      Origin: 'http://localhost',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(own.status).toBe(201);
    // Reading from anywhere is fine: it changes nothing.
    const read = await api.request('/api/data-products/from-the-portal', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(read.status).toBe(200);
  });

  it('keeps answers about people and access out of every cache', async () => {
    const me = await api.request('/api/me');
    expect(me.headers.get('Cache-Control')).toBe('no-store');
    const requests = await api.request('/api/access-requests');
    expect(requests.headers.get('Cache-Control')).toBe('no-store');
    const openApi = await api.request('/api/openapi.json');
    expect(openApi.headers.get('Cache-Control')).toBe('no-cache');
  });
});

describe('text the database cannot store', () => {
  it('is refused where it comes in, naming the field', async () => {
    const query = await api.request('/api/data-products?q=a%00b');
    expect(query.status).toBe(400);
    expect((await json(query)).errors?.[0]?.path).toBe('query.q');
    const path = await api.request('/api/data-products/a%00b');
    expect(path.status).toBe(400);
    expect((await json(path)).errors?.[0]?.path).toBe('path.id');
    const lineage = await api.request('/api/lineage?focus=sales%00orders');
    expect(lineage.status).toBe(400);
    expect((await json(lineage)).errors?.[0]?.path).toBe('query.focus');

    const purpose = await send(
      '/access-requests',
      JSON.stringify({ ...accessForm, purpose: 'Churn analysis \ud800 for retention' }),
      { 'Content-Type': 'application/json' },
      'analyst',
    );
    expect(purpose.status).toBe(400);
    expect((await json(purpose)).errors?.[0]).toMatchObject({
      path: 'purpose',
      message: expect.stringMatching(/half of a surrogate pair/),
    });
    const document = await send('/data-products', product('nul', '    description: "a\\0b"\n'));
    expect(document.status).toBe(400);
    expect((await json(document)).errors?.[0]).toMatchObject({
      path: 'outputPorts[0].description',
      message: expect.stringMatching(/NUL character/),
    });
  });
});

describe('bytes stay bytes', () => {
  it('gives back a byte order mark and CRLF line ends exactly as sent', async () => {
    const text = `\uFEFF${product('with-bom')}`.replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode(text);
    expect((await send('/data-products', bytes)).status).toBe(201);
    const exported = await api.request('/api/data-products/with-bom/odps.yaml');
    const back = new Uint8Array(await exported.arrayBuffer());
    expect([...back.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(back).toEqual(bytes);
    // The same bytes again are the same version, not a conflict.
    expect((await send('/data-products', bytes)).status).toBe(200);
  });

  it('refuses text that is not UTF-8, giving the byte offset, and stores nothing', async () => {
    const good = new TextEncoder().encode(product('latin-1', '    description: "caf'));
    const bad = new Uint8Array([...good, 0xe9, ...new TextEncoder().encode('"\n')]);
    const response = await send('/data-products', bad);
    expect(response.status).toBe(400);
    expect((await json(response)).message).toBe(
      `The document is not valid UTF-8: byte ${good.length} (0xE9) starts no valid character. Save the file as UTF-8 and import it again.`,
    );
    expect(await store.getDocument('product', 'latin-1')).toBeNull();
  });
});

describe('documents that cost much more than their size', () => {
  it('refuses alias amplification with 400 naming the anchor, and too many aliases', async () => {
    let text = product('laughs', '    tags: *l5\n').replace(
      'outputPorts:',
      [
        'customProperties:',
        '  - property: a',
        '    value: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...[1, 2, 3, 4, 5].map(
          (level) =>
            `  - property: a${level}\n    value: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`,
        ),
        'outputPorts:',
      ].join('\n'),
    );
    const amplified = await send('/data-products', text);
    expect(amplified.status).toBe(400);
    expect((await json(amplified)).errors?.[0]?.message).toMatch(/^The aliases of &l/);
    expect(await store.getDocument('product', 'laughs')).toBeNull();

    text = product(
      'many-aliases',
      `    tags: [${Array.from({ length: 101 }, () => '*t').join(', ')}]\n`,
    ).replace('status: draft', 'status: &t draft');
    const many = await send('/data-products', text);
    expect(many.status).toBe(400);
    expect((await json(many)).errors?.[0]?.message).toMatch(/More than 100 aliases/);
  });

  it('lists the first 100 of many problems and says how many there are', async () => {
    const extra = Array.from({ length: 5_000 }, (_, index) => `unknown${index}: x\n`).join('');
    const response = await send('/data-products', `${product('many-problems')}${extra}`);
    expect(response.status).toBe(400);
    const body = await json<{ message: string; errors: unknown[]; total: number }>(response);
    expect(body.errors).toHaveLength(100);
    expect(body.total).toBe(5_000);
    expect(body.message).toBe(
      'The data product was not imported: 5,000 problems to fix (the first 100 are listed)',
    );
  });

  it('refuses a product with more ports than allowed', async () => {
    const ports = Array.from(
      { length: 20_000 },
      (_, index) => `  - name: port-${index}\n    version: 1.0.0\n    contractId: c-${index}\n`,
    ).join('');
    const response = await send('/data-products', `${product('many-ports')}${ports}`);
    expect(response.status).toBe(400);
    expect((await json(response)).errors).toEqual([
      expect.objectContaining({
        path: 'outputPorts',
        message: 'has 20,001 items; at most 1,000 are allowed here',
      }),
    ]);
  });
});

describe('ids and who provides a contract', () => {
  it('refuses ids that can never be opened or that look like another', async () => {
    const long = await send('/data-products', product('p'.repeat(501)));
    expect(long.status).toBe(400);
    expect((await json(long)).errors?.[0]?.message).toBe(
      'id is 501 characters long; at most 500 are allowed',
    );
    const lookalike = await send('/data-products', product('sаles-orders'));
    expect(lookalike.status).toBe(400);
    expect((await json(lookalike)).errors?.[0]?.message).toMatch(
      /mixes letters of several scripts/,
    );
  });

  it('lets a team provide only its own contracts, unless an admin says so', async () => {
    const claim = product('sales-orders-copy').replace(
      '    version: 1.0.0\n',
      '    version: 1.0.0\n    contractId: sales-orders.orders\n',
    );
    const byOwner = await send('/data-products', claim, {}, 'owner');
    expect(byOwner.status).toBe(403);
    expect((await json(byOwner)).message).toMatch(
      /outputPorts\[0\] \(out\) names the contract sales-orders\.orders, which belongs to the team "Order Management"/,
    );
    expect(await store.getDocument('product', 'sales-orders-copy')).toBeNull();
    // Reading another team's contract is what input ports are for.
    const reader = product(
      'orders-reader',
      'inputPorts:\n  - name: orders\n    version: 1.0.0\n    contractId: sales-orders.orders\n',
    );
    expect((await send('/data-products', reader, {}, 'owner')).status).toBe(201);
    expect((await send('/data-products', claim, {}, 'admin')).status).toBe(201);
  });

  it('tells a contract’s owners when another team named it as an output before it existed', async () => {
    const early = product('early-claim').replace(
      '    version: 1.0.0\n',
      '    version: 1.0.0\n    contractId: loyalty.points\n',
    );
    expect((await send('/data-products', early, {}, 'owner')).status).toBe(201);
    const contract = `apiVersion: v3.1.0
kind: DataContract
id: loyalty.points
version: 1.0.0
status: active
team:
  name: Order Management
`;
    const response = await send('/data-contracts', contract, {}, 'admin');
    expect(response.status).toBe(201);
    expect((await json<{ warnings: { message: string }[] }>(response)).warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Hardening \(Customer 360\) already names this contract as one of its output ports/,
        ),
      }),
    );
  });
});

describe('access requests', () => {
  it('answers a simultaneous double submit with the request already open', async () => {
    const submit = () =>
      send(
        '/access-requests',
        JSON.stringify(accessForm),
        { 'Content-Type': 'application/json' },
        'analyst',
      );
    const first = await submit();
    expect(first.status).toBe(201);
    const again = await submit();
    expect(again.status).toBe(400);
    expect((await json(again)).errors?.[0]?.message).toMatch(/already requested and waits/);
    const requests = await json<{ items: AccessRequest[] }>(
      await api.request('/api/access-requests', { headers: { 'X-Meshport-Persona': 'analyst' } }),
    );
    expect(requests.items).toHaveLength(1);
  });
});
