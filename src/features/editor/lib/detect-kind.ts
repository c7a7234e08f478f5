/** Which standard a pasted document follows, from its `kind`; undefined when it does not say. */
export function detectKind(text: string): 'product' | 'contract' | undefined {
  const kind = /^\s*["']?kind["']?\s*:\s*["']?(DataProduct|DataContract)\b/m.exec(text)?.[1];
  if (kind === 'DataProduct') return 'product';
  if (kind === 'DataContract') return 'contract';
  return undefined;
}
