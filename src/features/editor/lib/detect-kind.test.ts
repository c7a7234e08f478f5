import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind';

describe('detectKind', () => {
  it('reads the kind of YAML and JSON documents', () => {
    expect(detectKind('apiVersion: v1.0.0\nkind: DataProduct\n')).toBe('product');
    expect(detectKind('{\n  "kind": "DataContract",\n  "id": "x"\n}')).toBe('contract');
  });

  it('says nothing when the document does not tell', () => {
    expect(detectKind('id: x\n')).toBeUndefined();
    expect(detectKind('description: kind: DataProduct is mentioned here')).toBeUndefined();
  });
});
