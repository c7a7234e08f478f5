const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday", "just now": how long ago a moment was, in the largest fitting unit. */
export function formatAge(iso: string, now: Date = new Date()): string {
  const elapsed = now.getTime() - new Date(iso).getTime();
  for (const [unit, size] of units) {
    if (Math.abs(elapsed) >= size) return relative.format(-Math.floor(elapsed / size), unit);
  }
  return 'just now';
}
