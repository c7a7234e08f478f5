import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age';

describe('formatAge', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('says how long ago, in the largest unit that fits', () => {
    expect(formatAge('2026-12-01T11:00:00Z', now)).toBe('3 days ago');
    expect(formatAge('2026-12-03T11:00:00Z', now)).toBe('yesterday');
    expect(formatAge('2026-12-04T09:30:00Z', now)).toBe('2 hours ago');
    expect(formatAge('2026-12-04T11:59:30Z', now)).toBe('just now');
  });
});
