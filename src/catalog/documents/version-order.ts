/**
 * Orders document versions so the highest one is "current", whatever order they were imported
 * in: `v1.10.0` > `1.9.0` > `1.9.0-rc.1`. Versions that are not numbers fall back to a natural
 * string comparison, so the order is still total and stable.
 */
export function compareVersions(a: string, b: string): number {
  // Revisions (`r3`) number the versions of a descriptor that declares none: in their own
  // order, and below any declared version.
  const revisionA = revisionNumber(a);
  const revisionB = revisionNumber(b);
  if (revisionA !== undefined || revisionB !== undefined) {
    if (revisionA === undefined) return 1;
    if (revisionB === undefined) return -1;
    return Math.sign(revisionA - revisionB);
  }
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

/** `r3` → 3: the numbered revision of a descriptor without a declared version. */
export function revisionNumber(version: string): number | undefined {
  const match = /^r(\d+)$/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** How a version reads to people: `r2` is "revision 2, no version declared". */
export function describeVersion(version: string): string {
  const revision = revisionNumber(version);
  return revision === undefined ? version : `revision ${revision}, no version declared`;
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
