import { afterEach, describe, expect, it } from 'vitest';
import { validateDocumentText } from '../../src/catalog/documents/validate-document';
import { createValidationPool } from './validation-pool';

const header =
  'apiVersion: v1.0.0\nkind: DataProduct\nid: big\nname: Big\nversion: 1.0.0\nstatus: active\n';
/** About 1 MB of unknown keys: a second or so of parsing and checking. */
const large = header + Array.from({ length: 60_000 }, (_, index) => `extra${index}: x\n`).join('');

let pool: ReturnType<typeof createValidationPool> | undefined;
afterEach(() => pool?.close());

// A worker starts by loading the validator's modules, which takes seconds on a loaded machine.
describe('the validation pool', { timeout: 30_000 }, () => {
  it('gives the same answer as checking in place', async () => {
    pool = createValidationPool({ threshold: 0 });
    const text = `${header}outputPorts:\n  - name: p\n    version: 1.0.0\n    contractId: c\n`;
    expect(await pool.validate('product', text)).toEqual(validateDocumentText('product', text));
    const refused = await pool.validate('product', large);
    expect(refused).toMatchObject({ ok: false, total: 60_001 });
  });

  it('keeps the main thread free while a large document is checked', async () => {
    pool = createValidationPool({ threshold: 0 });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const ticksWhenDone = await pool.validate('product', large).then(() => ticks);
    clearInterval(timer);
    // Checked in place, no timer could fire before the answer.
    expect(ticksWhenDone).toBeGreaterThan(5);
  });

  it('gives up on a document that takes too long, and keeps working', async () => {
    pool = createValidationPool({ threshold: 1_000, timeoutMs: 50 });
    const tooSlow = {
      ok: false,
      issues: [{ message: expect.stringMatching(/could not be checked within 0.05 s/) }],
    };
    const [first, second] = await Promise.all([
      pool.validate('product', large),
      pool.validate('product', large),
    ]);
    expect(first).toMatchObject(tooSlow);
    expect(second).toMatchObject(tooSlow);
    expect((await pool.validate('product', header)).ok).toBe(true);
  });
});
