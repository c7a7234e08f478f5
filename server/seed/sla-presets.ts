/**
 * The service levels Northwind's platform teams offer, so ports of the same kind promise the same
 * things. Dates are fixed (never "now"), so the seed is the same on every run.
 */
import type { SlaSpec } from './seed-types';

type Extra = Partial<SlaSpec>;

/** A nightly batch, ready by `timeOfAvailability` (e.g. `06:00Z`). */
export function dailySla(
  timeOfAvailability: string,
  generalAvailability: string,
  extra: Extra = {},
): SlaSpec {
  return {
    latency: { value: 1, unit: 'd' },
    frequency: { value: 1, unit: 'd' },
    timeOfAvailability,
    retention: { value: 3, unit: 'y' },
    generalAvailability,
    ...extra,
  };
}

/** Refreshed every hour from the source. */
export function hourlySla(generalAvailability: string, extra: Extra = {}): SlaSpec {
  return {
    latency: { value: 2, unit: 'h' },
    frequency: { value: 1, unit: 'h' },
    retention: { value: 2, unit: 'y' },
    availability: 99.5,
    generalAvailability,
    ...extra,
  };
}

/** A replica of an operational database, minutes behind it. */
export function operationalSla(generalAvailability: string, extra: Extra = {}): SlaSpec {
  return {
    latency: { value: 15, unit: 'min' },
    frequency: { value: 15, unit: 'min' },
    retention: { value: 7, unit: 'y' },
    availability: 99.9,
    generalAvailability,
    ...extra,
  };
}

/** An event stream: seconds behind reality, kept for a week. */
export function streamingSla(
  latencySeconds: number,
  generalAvailability: string,
  extra: Extra = {},
): SlaSpec {
  return {
    latency: { value: latencySeconds, unit: 's' },
    frequency: 'continuous',
    retention: { value: 7, unit: 'd' },
    availability: 99.95,
    generalAvailability,
    ...extra,
  };
}

/** A weekly model run or report, ready on Monday morning. */
export function weeklySla(
  timeOfAvailability: string,
  generalAvailability: string,
  extra: Extra = {},
): SlaSpec {
  return {
    latency: { value: 7, unit: 'd' },
    frequency: { value: 7, unit: 'd' },
    timeOfAvailability,
    retention: { value: 2, unit: 'y' },
    generalAvailability,
    ...extra,
  };
}

/** What a deprecated port still promises: support until a date, then nothing. */
export const deprecation = {
  endOfSupport: '2025-12-31T23:59:59Z',
  endOfLife: '2026-06-30T23:59:59Z',
} as const;

/** A retired port: no longer supported or served. */
export const retirement = {
  endOfSupport: '2024-03-31T23:59:59Z',
  endOfLife: '2024-09-30T23:59:59Z',
} as const;
