import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OdcsContract, OdcsSlaProperty } from '../standards/odcs';
import { describeSlaTerms } from './sla-terms';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/odcs');
const readContract = (file: string) =>
  parse(readFileSync(join(fixtures, file), 'utf8'), { schema: 'core' }) as OdcsContract;

describe('describeSlaTerms on the official full example', () => {
  it('reads every SLA property as a sentence with its heading and qualifiers', () => {
    const terms = describeSlaTerms(readContract('all--full-example.odcs.yaml'));
    expect(terms).toEqual([
      {
        property: 'latency',
        label: 'Latency',
        text: 'Latency ≤ 4 days',
        detail: 'applies to tab1.txn_ref_dt',
      },
      {
        property: 'generalAvailability',
        label: 'Available since',
        text: 'Generally available since 12 May 2022',
      },
      { property: 'endOfSupport', label: 'End of support', text: 'Supported until 12 May 2032' },
      { property: 'endOfLife', label: 'End of life', text: 'End of life on 12 May 2042' },
      {
        property: 'retention',
        label: 'Retention',
        text: 'Kept for 3 years',
        detail: 'applies to tab1.txn_ref_dt',
      },
      {
        property: 'frequency',
        label: 'Freshness',
        text: 'Refreshed daily',
        detail: 'applies to tab1.txn_ref_dt',
      },
      {
        property: 'timeOfAvailability',
        label: 'Available by',
        text: 'Available by 09:00 (UTC−08:00)',
        detail: 'regulatory · applies to tab1.txn_ref_dt',
      },
      {
        property: 'timeOfAvailability',
        label: 'Available by',
        text: 'Available by 08:00 (UTC−08:00)',
        detail: 'analytics · applies to tab1.txn_ref_dt',
      },
    ]);
  });

  it('adds the description to the detail', () => {
    const terms = describeSlaTerms(readContract('sla--database-table-sla.odcs.yaml'));
    expect(terms[1]).toMatchObject({ detail: 'Initial GA date 15.5.22' });
  });
});

describe('describeSlaTerms', () => {
  it('falls back to the default element and lists several elements readably', () => {
    const terms = describeSlaTerms({
      slaDefaultElement: 'orders.updated_at',
      slaProperties: [
        { property: 'latency', value: 1, unit: 'h' },
        { property: 'retention', value: 1, unit: 'y', element: 'orders.id,customers.id' },
      ],
    });
    expect(terms.map((term) => term.detail)).toEqual([
      'applies to orders.updated_at',
      'applies to orders.id, customers.id',
    ]);
  });

  it('returns nothing for a contract without SLA and skips malformed entries', () => {
    expect(describeSlaTerms({})).toEqual([]);
    const messy = [null, 'latency', { value: 4 }, { property: '  ', value: 1 }, 42];
    expect(describeSlaTerms({ slaProperties: messy as unknown as OdcsSlaProperty[] })).toEqual([]);
    expect(describeSlaTerms({ slaProperties: 'latency' as unknown as OdcsSlaProperty[] })).toEqual(
      [],
    );
  });
});
