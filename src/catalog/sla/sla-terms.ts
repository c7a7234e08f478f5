import type { OdcsContract, OdcsSlaProperty } from '../standards/odcs';
import { formatRawValue, humanizeName } from '../readable-values';
import { findKnownSlaProperty, formatValueWithUnit } from './sla-known-properties';

/** One SLA property in words: a short heading, the promise, and what qualifies it. */
export interface SlaTerm {
  /** The property as the contract names it, e.g. `timeOfAvailability`. */
  property: string;
  /** A short heading such as "Freshness" or "Available by". */
  label: string;
  /** The promise as a sentence, e.g. "Refreshed daily". */
  text: string;
  /** Driver, element and description, when the contract gives them. */
  detail?: string;
}

/** The value and unit exactly as written, for a known property whose value did not parse. */
function formatAsWritten(sla: OdcsSlaProperty): string {
  const unit = typeof sla.unit === 'string' ? sla.unit.trim() : '';
  const separator = unit === '' || unit === '%' ? '' : ' ';
  return `${formatRawValue(sla.value)}${separator}${unit}`;
}

function describeDetail(sla: OdcsSlaProperty, defaultElement: unknown): string | undefined {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const element = text(sla.element) || text(defaultElement);
  const parts = [
    text(sla.driver),
    element && `applies to ${element.split(/\s*,\s*/).join(', ')}`,
    text(sla.description),
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Describes one SLA property; see {@link describeSlaTerms}. */
export function describeSlaTerm(sla: OdcsSlaProperty, defaultElement?: string): SlaTerm {
  const property = typeof sla.property === 'string' ? sla.property.trim() : '';
  const knownProperty = findKnownSlaProperty(property);
  const label = knownProperty?.label ?? humanizeName(property);
  const name = knownProperty?.name ?? humanizeName(property);
  const text = knownProperty
    ? (knownProperty.describe(sla) ?? `${name}: ${formatAsWritten(sla)}`)
    : `${name}: ${formatValueWithUnit(sla)}`;
  const detail = describeDetail(sla, defaultElement);
  return detail === undefined ? { property, label, text } : { property, label, text, detail };
}

/**
 * Turns a contract's `slaProperties` into sentences a consumer reads ("Refreshed daily",
 * "Latency ≤ 4 days"), in document order. A value that cannot be understood is shown as written
 * after the property's name ("Latency: soon") rather than failing, because SLA values are free
 * text in practice; entries without a property name are skipped.
 */
export function describeSlaTerms(
  contract: Pick<OdcsContract, 'slaProperties' | 'slaDefaultElement'>,
): SlaTerm[] {
  const entries: unknown[] = Array.isArray(contract.slaProperties) ? contract.slaProperties : [];
  return entries
    .filter(isSlaProperty)
    .map((sla) => describeSlaTerm(sla, contract.slaDefaultElement));
}

function isSlaProperty(entry: unknown): entry is OdcsSlaProperty {
  if (typeof entry !== 'object' || entry === null) return false;
  const property: unknown = (entry as { property?: unknown }).property;
  return typeof property === 'string' && property.trim() !== '';
}
