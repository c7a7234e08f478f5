/**
 * Orders document versions so the highest one is "current", whatever order they were imported
 * in: `v1.10.0` > `1.9.0` > `1.9.0-rc.1`. Versions that are not numbers fall back to a natural
 * string comparison, so the order is still total and stable.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) return a.localeCompare(b, 'en', { numeric: true });
  const length = Math.max(left.numbers.length, right.numbers.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (left.numbers[index] ?? 0) - (right.numbers[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (left.prerelease === right.prerelease) return 0;
  if (!left.prerelease) return 1;
  if (!right.prerelease) return -1;
  return left.prerelease.localeCompare(right.prerelease, 'en', { numeric: true });
}

function parseVersion(version: string): { numbers: number[]; prerelease: string } | null {
  const match = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    version.trim(),
  );
  if (!match?.[1]) return null;
  return { numbers: match[1].split('.').map(Number), prerelease: match[2] ?? '' };
}

/** The version that is current among `versions`: the highest one. */
export function pickCurrentVersion(versions: readonly string[]): string | undefined {
  let current: string | undefined;
  for (const version of versions) {
    if (current === undefined || compareVersions(version, current) > 0) current = version;
  }
  return current;
}
