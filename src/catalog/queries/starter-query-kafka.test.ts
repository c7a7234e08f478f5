import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OdcsContract, OdcsServer } from '../standards/odcs';
import { buildStarterQuery } from './starter-query';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/odcs');
const readContract = (file: string) =>
  parse(readFileSync(join(fixtures, file), 'utf8'), { schema: 'core' }) as OdcsContract;

const server = (type: string, fields: Partial<OdcsServer> = {}): OdcsServer => ({
  server: 'main',
  type,
  ...fields,
});

describe('buildStarterQuery for Kafka', () => {
  it('consumes a Kafka topic with kcat', () => {
    const contract = readContract('server--kafka-server.odcs.yaml');
    const [kafka] = contract.servers ?? [];
    const [topic] = contract.schema ?? [];
    if (!kafka || !topic) throw new Error('fixture changed');
    const query = buildStarterQuery(kafka, topic);
    expect(query).toMatchObject({
      language: 'shell',
      dialect: 'kcat',
      title: 'kcat: first 100 messages of orders.avro.v1',
    });
    expect(query.code).toContain('# Messages are Avro: add -s value=avro -r <schema registry URL>');
    expect(query.code).toContain(
      "kcat -C \\\n  -b 'pkc-7xoy1.eu-central-1.aws.confluent.cloud:9092' \\\n  -t 'orders.avro.v1' \\\n  -o beginning -c 100 -e",
    );
  });

  it('decodes Avro when the server names a schema registry', () => {
    const kafka = server('kafka', {
      host: 'broker:9092',
      format: 'avro',
      customProperties: [{ property: 'schemaRegistryUrl', value: 'https://registry.acme:8081' }],
    });
    const { code } = buildStarterQuery(kafka, { name: 'orders' }, { limit: 5 });
    expect(code).toContain(
      "-s value=avro -r 'https://registry.acme:8081' \\\n  -o beginning -c 5 -e",
    );
    expect(code).not.toContain('Messages are Avro');
  });

  it('single-quotes crafted topic and host names', () => {
    const kafka = server('kafka', { host: "b:9092' ; rm -rf / ; '", format: 'json' });
    const { code } = buildStarterQuery(kafka, { name: "t'$(id)`x`" });
    expect(code).toContain(`-b 'b:9092'\\'' ; rm -rf / ; '\\'''`);
    expect(code).toContain(`-t 't'\\''$(id)\`x\`'`);
  });
});
