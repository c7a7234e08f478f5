import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeIdProblem } from '@/catalog/documents/identifiers';
import { validateDocumentText } from '@/catalog/documents/validate-document';
import type { OdcsContract } from '@/catalog/standards/odcs';
import type { OdpsProduct } from '@/catalog/standards/odps';
import type { NewProductFields } from './product-templates';
import { newProductTexts, productTemplates, suggestProductId } from './product-templates';

const inputs: Record<string, NewProductFields> = {
  ordinary: {
    id: 'store-visits',
    name: 'Store Visits',
    domain: 'retail',
    team: 'Store Operations',
  },
  'quotes, colons and # everywhere': {
    id: `o'neil: "visits" #1`,
    name: `Store "Visits": it's #1 # not a comment`,
    domain: `retail: "emea" # west`,
    team: `Ops, Inc. 'north' #2: the team`,
  },
  'a line break and YAML look-alikes': {
    id: '---',
    name: 'Store Visits\n- second line: {not: a map}\n...',
    domain: 'null',
    team: '123',
  },
  unicode: {
    id: '店舗-来店',
    name: 'Crème Brûlée — 店舗の来店 🚀',
    domain: 'Ventes & Marketing',
    team: 'Équipe Données',
  },
  'leading and trailing spaces': {
    id: 'visits',
    name: '  Store Visits  ',
    domain: ' retail',
    team: 'Store Operations ',
  },
};

const firstTables = {
  'source-aligned': 'events',
  aggregate: 'entities',
  'consumer-aligned': 'report',
} as const;

describe('productTemplates', () => {
  it('offers the three kinds of product, each explained in one sentence', () => {
    expect(productTemplates.map((template) => template.id)).toEqual([
      'source-aligned',
      'aggregate',
      'consumer-aligned',
    ]);
    for (const template of productTemplates) {
      expect(template.label).not.toBe('');
      expect(template.description).toMatch(/^[A-Z][^.]*\.$/);
    }
  });
});

describe.each(productTemplates.map((template) => template.id))('the %s template', (templateId) => {
  describe.each(Object.entries(inputs))('with %s', (_label, fields) => {
    const texts = newProductTexts(templateId, fields);

    it('makes a descriptor the validator accepts without any problem', () => {
      const result = validateDocumentText<OdpsProduct>('product', texts.descriptor);
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it('makes a contract the validator accepts without any problem', () => {
      const result = validateDocumentText<OdcsContract>('contract', texts.contract.text);
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it('keeps the id, name, domain and team exactly as given', () => {
      const product = parse(texts.descriptor) as OdpsProduct;
      expect(product.id).toBe(fields.id);
      expect(product.name).toBe(fields.name);
      expect(product.domain).toBe(fields.domain);
      expect(product.team?.name).toBe(fields.team);

      const contract = parse(texts.contract.text) as OdcsContract;
      expect(contract.id).toBe(texts.contract.id);
      expect(contract.name).toBe(`${fields.name} (${firstTables[templateId]})`);
      expect(contract.domain).toBe(fields.domain);
      expect(contract.team).toEqual({ name: fields.team });
    });

    it("names the contract in the first output port, by the product's id and the port", () => {
      const product = parse(texts.descriptor) as OdpsProduct;
      const contract = parse(texts.contract.text) as OdcsContract;
      // An id in another script than the port's name gets a number instead (see below).
      const port = /\p{Script=Han}/u.test(fields.id) ? '1' : firstTables[templateId];
      expect(texts.contract.id).toBe(`${fields.id}.${port}`);
      expect(product.outputPorts?.[0]?.contractId).toBe(texts.contract.id);
      expect(product.outputPorts?.[0]?.version).toBe(contract.version);
    });

    it('starts both documents at 0.1.0, proposed', () => {
      const product = parse(texts.descriptor) as OdpsProduct;
      const contract = parse(texts.contract.text) as OdcsContract;
      expect([product.version, product.status]).toEqual(['0.1.0', 'proposed']);
      expect([contract.version, contract.status]).toEqual(['0.1.0', 'proposed']);
    });
  });

  const texts = newProductTexts(templateId, inputs.ordinary as NewProductFields);
  const contract = parse(texts.contract.text) as OdcsContract;

  it('promises a first table with a key, quality checks and service levels', () => {
    const [table] = contract.schema ?? [];
    expect(table?.name).toBe(firstTables[templateId]);
    expect(table?.properties?.some((property) => property.primaryKey)).toBe(true);
    const checks = [
      ...(table?.quality ?? []),
      ...(table?.properties ?? []).flatMap((property) => property.quality ?? []),
    ];
    expect(checks.length).toBeGreaterThan(0);
    expect(contract.slaProperties?.length).toBeGreaterThanOrEqual(2);
    expect(contract.roles?.[0]?.access).toBe('read');
  });

  it('names only columns of its table in the service levels', () => {
    const [table] = contract.schema ?? [];
    const columns = new Set(table?.properties?.map((property) => `${table.name}.${property.name}`));
    for (const sla of contract.slaProperties ?? [])
      if (sla.element) expect(columns).toContain(sla.element);
  });

  it('guides the owner in comments', () => {
    for (const text of [texts.descriptor, texts.contract.text]) {
      expect(text.startsWith('# ')).toBe(true);
      expect(
        text.split('\n').filter((line) => line.trimStart().startsWith('#')).length,
      ).toBeGreaterThan(3);
    }
  });

  it('gives the same texts for the same fields', () => {
    expect(newProductTexts(templateId, inputs.ordinary as NewProductFields)).toEqual(texts);
  });
});

describe('the contract id', () => {
  const fields = inputs.ordinary as NewProductFields;

  it("is the product's id and the port's name", () => {
    expect(newProductTexts('source-aligned', fields).contract.id).toBe('store-visits.events');
  });

  it('is numbered when the port name would mix scripts into it', () => {
    for (const id of ['店舗-来店', 'продажи']) {
      const texts = newProductTexts('source-aligned', { ...fields, id });
      expect(texts.contract.id).toBe(`${id}.1`);
      expect(validateDocumentText('contract', texts.contract.text).issues).toEqual([]);
    }
  });

  it('is left for the validator to refuse when the product id itself cannot be an id', () => {
    const texts = newProductTexts('source-aligned', { ...fields, id: 'zero\u200Bwidth' });
    expect(texts.contract.id).toBe('zero\u200Bwidth.events');
    expect(validateDocumentText('product', texts.descriptor).ok).toBe(false);
  });
});

describe('suggestProductId', () => {
  it.each([
    ['Sales Orders', 'sales-orders'],
    ['Customer 360', 'customer-360'],
    [`Store "Visits": it's #1`, 'store-visits-it-s-1'],
    ['  --Store__Visits--  ', 'store-visits'],
    ['Store Visits\nsecond line', 'store-visits-second-line'],
    ['Crème Brûlée à la Façon', 'creme-brulee-a-la-facon'],
    ['Straße Øl Łódź Æble', 'strasse-ol-lodz-aeble'],
    ['Ｆｕｌｌｗｉｄｔｈ １２３', 'fullwidth-123'],
    ['Sales 🚀 Rocket', 'sales-rocket'],
  ])('makes %j into %j', (name, id) => {
    expect(suggestProductId(name)).toBe(id);
  });

  it('suggests nothing when the name has no letters or digits it can write in ASCII', () => {
    expect(suggestProductId('店舗の来店')).toBe('');
    expect(suggestProductId('')).toBe('');
    expect(suggestProductId('#:"\'')).toBe('');
  });

  it('keeps ids short, without a hyphen at the end', () => {
    const id = suggestProductId('Very Long Name '.repeat(20));
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('only suggests ids the identifier rules accept', () => {
    for (const name of [
      'Sаles (with a Cyrillic а)',
      'zero\u200Bwidth',
      'right\u202Eto left',
      'tab\tand\u0000nul',
      ...Object.values(inputs).map((fields) => fields.name),
    ]) {
      const id = suggestProductId(name);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(describeIdProblem(id)).toBeUndefined();
    }
  });

  it('suggests ids the templates turn into valid documents', () => {
    const id = suggestProductId(`Store "Visits": it's #1`);
    const texts = newProductTexts('aggregate', { ...inputs.ordinary, id } as NewProductFields);
    expect(validateDocumentText('product', texts.descriptor).issues).toEqual([]);
    expect(validateDocumentText('contract', texts.contract.text).issues).toEqual([]);
  });
});
