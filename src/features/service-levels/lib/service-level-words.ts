import type { SloKind } from '@/catalog/service-levels/service-level-types';

/** SLO kinds in words, for chips, filters and headings. */
export const kindLabels: Record<SloKind, string> = {
  freshness: 'Freshness',
  frequency: 'Frequency',
  timeOfAvailability: 'Available by',
  availability: 'Availability',
  errorRate: 'Error rate',
  quality: 'Quality',
  timeToDetect: 'Time to detect',
  timeToRepair: 'Time to repair',
};

export const sloKinds = Object.keys(kindLabels) as SloKind[];

/** `0.99512` → "99.51 %"; null → "no data". Never rounds a miss up to 100 %. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const percent = Math.floor(value * 10_000) / 100;
  return `${percent.toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;
}

/**
 * What is left of an error budget: "40 % left"; once overspent, how many times over it was spent
 * ("overspent: 1.5× the budget" for −0.5), which reads better than "−1,233 %".
 */
export function formatBudget(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  if (value < 0) {
    const spent = 1 - value;
    return `overspent: ${spent.toLocaleString('en-US', { maximumFractionDigits: spent < 10 ? 1 : 0 })}× the budget`;
  }
  return `${Math.round(value * 100)} % left`;
}

/** `95` → "1 h 35 min", `2_880` → "2 d", `0.5` → "30 s"; null → "–". */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '–';
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', rest ? `${rest} min` : ''];
  return parts.filter(Boolean).slice(0, 2).join(' ') || '0 min';
}
