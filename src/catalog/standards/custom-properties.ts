/** A key/value pair as both standards define it (`customProperties[]`). */
export interface CustomProperty {
  property: string;
  value: unknown;
  description?: string;
}

/** Reads one custom property by name; both standards allow them on most objects. */
export function getCustomProperty(
  properties: readonly CustomProperty[] | undefined,
  name: string,
): unknown {
  return properties?.find((entry) => entry.property === name)?.value;
}
