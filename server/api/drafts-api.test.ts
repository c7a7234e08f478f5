import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { VersionInfo } from '../../src/catalog/api-schemas';
import { documentLimits } from '../../src/catalog/documents/document-limits';
import type { Draft, DraftList, EditConflict } from '../../src/catalog/draft-schemas';
import { buildDemoMesh } from '../seed/demo-mesh';
import { loadDocuments } from '../seed/load-documents';
import { createMemoryStore } from '../store/memory/memory-store';
import { createCatalogApi } from './create-catalog-api';

let api: ReturnType<typeof createCatalogApi>;
beforeEach(async () => {
  const store = createMemoryStore();
  await loadDocuments(store, buildDemoMesh());
  api = createCatalogApi({ store });
});

/** A product of Customer 360, which the owner persona owns and the analyst only reads. */
const productId = 'customer-purchase-history';
const draftPath = `/api/drafts/product/${productId}`;
const persona = (name: string) => ({ 'X-Meshport-Persona': name });

const putDraft = (path: string, body: unknown, who = 'owner') =>
  api.request(path, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...persona(who) },
  });

const getDraft = (path: string, who = 'owner') => api.request(path, { headers: persona(who) });

const listDrafts = async (who = 'owner') =>
  (await (await api.request('/api/drafts', { headers: persona(who) })).json()) as DraftList;

async function currentText(): Promise<string> {
  const response = await api.request(`/api/data-products/${productId}/odps.yaml`, {
    headers: persona('analyst'),
  });
  return response.text();
}

/** The current descriptor with another purpose (a cosmetic change), as `version`. */
async function edited(version: string, purpose = `Purpose as of ${version}`): Promise<string> {
  const document = parseDocument(await currentText());
  document.set('version', version);
  document.setIn(['description', 'purpose'], purpose);
  return document.toString();
}

const publish = (text: string, who: string, headers: Record<string, string> = {}) =>
  api.request('/api/data-products', {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'application/yaml', ...persona(who), ...headers },
  });

async function versions(): Promise<string[]> {
  const response = await api.request(`/api/data-products/${productId}`, {
    headers: persona('analyst'),
  });
  const body = (await response.json()) as { versions: VersionInfo[] };
  return body.versions.map((entry) => entry.version);
}

describe('drafts', () => {
  it("keeps the owner's text byte for byte and lists it without the text", async () => {
    const text = 'id: customer-purchase-history\r\nname: "Käufe 📦"\r\n\tpurpose: draft\r\n';
    const saved = await putDraft(draftPath, {
      text,
      baseVersion: '2.3.0',
      savedAt: '2026-12-01T09:30:00+01:00',
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({
      kind: 'product',
      id: productId,
      baseVersion: '2.3.0',
      savedAt: '2026-12-01T08:30:00.000Z',
      updatedAt: expect.any(String),
    });

    const read = await getDraft(draftPath);
    expect(read.status).toBe(200);
    const draft = (await read.json()) as Draft;
    expect(draft.text).toBe(text);
    expect(draft.baseVersion).toBe('2.3.0');

    const list = await listDrafts();
    expect(list.items).toEqual([
      {
        kind: 'product',
        id: productId,
        baseVersion: '2.3.0',
        savedAt: '2026-12-01T08:30:00.000Z',
        updatedAt: draft.updatedAt,
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('Käufe');
  });

  it('replaces the earlier draft, and is gone for good once deleted', async () => {
    await putDraft(draftPath, { text: 'first', baseVersion: '2.3.0' });
    await putDraft(draftPath, { text: 'second', baseVersion: '2.4.0' });
    expect(await (await getDraft(draftPath)).json()).toMatchObject({
      text: 'second',
      baseVersion: '2.4.0',
    });
    expect((await listDrafts()).items).toHaveLength(1);

    const deleted = await api.request(draftPath, { method: 'DELETE', headers: persona('owner') });
    expect(deleted.status).toBe(204);
    expect((await getDraft(draftPath)).status).toBe(404);
    expect((await listDrafts()).items).toEqual([]);
    // Deleting again (a second tab, a retry) is not an error.
    expect(
      (await api.request(draftPath, { method: 'DELETE', headers: persona('owner') })).status,
    ).toBe(204);
  });

  it("shows nobody else's draft: for them it does not exist", async () => {
    await putDraft(draftPath, { text: 'mine', baseVersion: '2.3.0' });
    for (const other of ['analyst', 'admin']) {
      const response = await getDraft(draftPath, other);
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain('mine');
      expect((await listDrafts(other)).items).toEqual([]);
    }
    // The admin's own draft of the same product is theirs alone; the owner's stays.
    expect(
      (await putDraft(draftPath, { text: 'admin', baseVersion: '2.3.0' }, 'admin')).status,
    ).toBe(200);
    await api.request(draftPath, { method: 'DELETE', headers: persona('admin') });
    expect(await (await getDraft(draftPath)).json()).toMatchObject({ text: 'mine' });
  });

  it('refuses an analyst a draft of a Customer 360 product, saying who can', async () => {
    const refused = await putDraft(draftPath, { text: 'x', baseVersion: '2.3.0' }, 'analyst');
    expect(refused.status).toBe(403);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toContain('"Customer 360"');
    expect(message).toContain('only its owners or editors, or an admin');
    expect(message).toContain('you can edit no team');
    expect((await getDraft(draftPath, 'analyst')).status).toBe(404);
  });

  it('lets anyone who may import draft a new document, and nobody else', async () => {
    const newPath = '/api/drafts/contract/customer-returns.returns';
    expect((await putDraft(newPath, { text: 'new', baseVersion: null })).status).toBe(200);
    expect(await (await getDraft(newPath)).json()).toMatchObject({ baseVersion: null });
    const refused = await putDraft(newPath, { text: 'new', baseVersion: null }, 'analyst');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /Alex Analyst \(alex\.analyst\) cannot draft new data contracts/,
    );
  });

  it('takes texts up to the document limit in UTF-8 bytes, and refuses more with 413', async () => {
    const limit = documentLimits.documentBytes;
    // Every character is escaped in JSON, doubling the body: the text still fits.
    expect(
      (await putDraft(draftPath, { text: '\n'.repeat(limit), baseVersion: '2.3.0' })).status,
    ).toBe(200);
    // Half as many characters, but one byte too many in UTF-8.
    const tooLarge = await putDraft(draftPath, {
      text: `${'é'.repeat(limit / 2)}x`,
      baseVersion: '2.3.0',
    });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { message: string }).message).toContain('2 MB');
    expect(((await (await getDraft(draftPath)).json()) as Draft).text).toHaveLength(limit);
  });

  it('names what is wrong with a request', async () => {
    expect((await putDraft('/api/drafts/dataset/x', { text: 'x', baseVersion: null })).status).toBe(
      400,
    );
    const missing = await putDraft(draftPath, { text: 'x' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { path: string }[] }).errors).toContainEqual(
      expect.objectContaining({ path: 'baseVersion' }),
    );
    const nul = await putDraft(draftPath, { text: 'a\u0000b', baseVersion: null });
    expect(nul.status).toBe(400);
    const longAgo = await putDraft(draftPath, {
      text: 'x',
      baseVersion: null,
      savedAt: '0000-01-01T00:00:00Z',
    });
    expect(longAgo.status).toBe(400);
    expect(((await longAgo.json()) as { message: string }).message).toMatch(/savedAt/);
  });

  it('keeps at most 200 documents in drafts per person, and still saves those', async () => {
    for (let index = 0; index < 200; index += 1) {
      const saved = await putDraft(`/api/drafts/product/new-product-${index}`, {
        text: `id: new-product-${index}\n`,
        baseVersion: null,
      });
      expect(saved.status).toBe(200);
    }
    const more = await putDraft('/api/drafts/product/one-too-many', {
      text: 'x',
      baseVersion: null,
    });
    expect(more.status).toBe(409);
    const again = await putDraft('/api/drafts/product/new-product-7', {
      text: 'y',
      baseVersion: null,
    });
    expect(again.status).toBe(200);
  });
});

describe('publishing an edit that started from an older version', () => {
  it('refuses with 412 when someone published meanwhile, naming them, and stores nothing', async () => {
    // Olivia starts from 2.3.0; meanwhile Ada publishes 2.4.0.
    const theirs = await edited('2.4.0', 'Purpose by Ada');
    expect((await publish(theirs, 'admin')).status).toBe(201);

    const mine = await edited('2.5.0');
    const refused = await publish(mine, 'owner', { 'If-Match': '"2.3.0"' });
    expect(refused.status).toBe(412);
    const body = (await refused.json()) as EditConflict;
    expect(body.current).toEqual({
      version: '2.4.0',
      createdAt: expect.any(String),
      createdBy: 'ada.admin',
      text: theirs,
    });
    expect(body.message).toContain('ada.admin published version 2.4.0');
    expect(body.message).toContain('2.3.0');
    expect(await versions()).not.toContain('2.5.0');

    // From the version now current, it goes through (quotes are optional).
    const published = await publish(mine, 'owner', { 'If-Match': '2.4.0' });
    expect(published.status).toBe(201);
    expect(await versions()).toContain('2.5.0');
  });

  it('publishes when the version is still the one the edit started from, keeping the draft', async () => {
    await putDraft(draftPath, { text: await edited('2.4.0'), baseVersion: '2.3.0' });
    const published = await publish(await edited('2.4.0'), 'owner', { 'If-Match': '"2.3.0"' });
    expect(published.status).toBe(201);
    expect((await getDraft(draftPath)).status).toBe(200);
  });

  it('lets only one of two people publishing from the same version at once succeed', async () => {
    const [olivias, adas] = [await edited('2.4.0', 'First'), await edited('2.5.0', 'Second')];
    const answers = await Promise.all([
      publish(olivias, 'owner', { 'If-Match': '2.3.0' }),
      publish(adas, 'admin', { 'If-Match': '2.3.0' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 412]);
    expect((await versions()).filter((version) => version > '2.3.0')).toHaveLength(1);
  });

  it('answers a retried publish as already stored, not as a conflict', async () => {
    const mine = await edited('2.4.0');
    expect((await publish(mine, 'owner', { 'If-Match': '2.3.0' })).status).toBe(201);
    expect((await publish(mine, 'owner', { 'If-Match': '2.3.0' })).status).toBe(200);
  });

  it('checks the version before semantic versioning: a stale base is 412, not 422', async () => {
    expect((await publish(await edited('2.4.0'), 'admin')).status).toBe(201);
    const document = parseDocument(await edited('2.5.0'));
    document.deleteIn(['outputPorts', 0]); // breaking, with a minor bump
    const refused = await publish(document.toString(), 'owner', { 'If-Match': '2.3.0' });
    expect(refused.status).toBe(412);
    const current = await publish(document.toString(), 'owner', { 'If-Match': '2.4.0' });
    expect(current.status).toBe(422);
  });

  it('refuses a new document with If-None-Match: * once the id exists', async () => {
    const refused = await publish(await edited('2.4.0'), 'owner', { 'If-None-Match': '*' });
    expect(refused.status).toBe(412);
    expect(await refused.json()).toMatchObject({
      current: { version: '2.3.0', text: await currentText() },
      message: expect.stringContaining('was created while you wrote yours'),
    });
    expect(await versions()).not.toContain('2.4.0');

    const document = parseDocument(await edited('1.0.0'));
    document.set('id', 'customer-purchase-forecast');
    const created = await publish(document.toString(), 'owner', { 'If-None-Match': '*' });
    expect(created.status).toBe(201);
  });

  it('says what If-Match takes, and checks rights first', async () => {
    const text = await edited('2.4.0');
    for (const headers of [
      { 'If-Match': '*' } as Record<string, string>,
      { 'If-Match': '""' },
      { 'If-None-Match': '"2.3.0"' },
      { 'If-Match': '2.3.0', 'If-None-Match': '*' },
    ]) {
      const response = await publish(text, 'owner', headers);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/If-(None-)?Match/);
    }
    expect((await publish(text, 'analyst', { 'If-Match': '1.0.0' })).status).toBe(403);
    expect(await versions()).not.toContain('2.4.0');
  });
});
