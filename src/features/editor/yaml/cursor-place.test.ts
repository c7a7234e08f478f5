import { describe, expect, it } from 'vitest';
import odcsSchema from '@/catalog/standards/odcs-json-schema-v3.1.0.json';
import { fieldAt, fieldsAt } from '@/catalog/documents/schema-fields';
import { placeOfLine, siblingValues } from './cursor-place';

const contract = `apiVersion: v3.1.0
kind: DataContract
id: orders
schema:
  - name: orders
    properties:
      - name: order_id
        logi
servers:
- server: prod
  ty
`;
const lines = contract.split('\n');

describe('schema completion', () => {
  it('finds where a half-typed line is, in indented and non-indented lists', () => {
    expect(placeOfLine(lines, 7)).toEqual(['schema', '-', 'properties', '-']);
    expect(placeOfLine(lines, 10)).toEqual(['servers', '-']);
    expect(placeOfLine(lines, 3)).toEqual([]);
  });

  it('offers the fields the standard defines there, with their descriptions', () => {
    const columnFields = fieldsAt(odcsSchema, placeOfLine(lines, 7)).map((field) => field.name);
    expect(columnFields).toEqual(
      expect.arrayContaining(['logicalType', 'required', 'classification']),
    );
    const postgres = fieldsAt(odcsSchema, ['servers', '-'], { type: 'postgres' }).map(
      (field) => field.name,
    );
    expect(postgres).toEqual(expect.arrayContaining(['server', 'type', 'host', 'database']));
    expect(postgres).not.toContain('topic');
    const kafka = fieldsAt(odcsSchema, ['servers', '-'], { type: 'kafka' }).map(
      (field) => field.name,
    );
    expect(kafka).toContain('format');
    expect(fieldAt(odcsSchema, ['status'])?.description).toBeTruthy();
    expect(fieldAt(odcsSchema, ['schema', '-', 'properties', '-', 'logicalType'])?.values).toEqual(
      expect.arrayContaining(['string', 'date', 'object']),
    );
  });

  it('knows the keys already written beside the line', () => {
    expect(siblingValues(lines, 7)).toEqual({ name: 'order_id' });
    expect(Object.keys(siblingValues(lines, 2))).toEqual(
      expect.arrayContaining(['apiVersion', 'kind', 'schema']),
    );
    expect(siblingValues(lines, 10)).toEqual({ server: 'prod' });
  });
});
