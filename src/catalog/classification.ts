import type { OdcsProperty } from './standards/odcs';

/**
 * ODCS leaves `classification` free text. These values (any case) mark personal data, and so
 * does a `pii` tag; Meshport badges such columns and lets analysts filter on them.
 */
const personalDataClassifications = new Set([
  'pii',
  'personal',
  'personal-data',
  'personal_data',
  'sensitive',
  'spi',
  'phi',
]);

export function isPersonalData(property: Pick<OdcsProperty, 'classification' | 'tags'>): boolean {
  const classification = property.classification?.trim().toLowerCase();
  if (classification && personalDataClassifications.has(classification)) return true;
  return property.tags?.some((tag) => tag.toLowerCase() === 'pii') ?? false;
}

/** Lists every column of a schema tree, nested objects and array items included. */
export function flattenProperties(properties: readonly OdcsProperty[] | undefined): OdcsProperty[] {
  const all: OdcsProperty[] = [];
  const visit = (list: readonly OdcsProperty[] | undefined) => {
    for (const property of list ?? []) {
      all.push(property);
      visit(property.properties);
      if (property.items) visit([property.items]);
    }
  };
  visit(properties);
  return all;
}
