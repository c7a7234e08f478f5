/**
 * Semantic versions (`1.4.2`, `v2.0.0-rc.1`), as far as publishing rules need them: which part a
 * new version bumps, and the version a set of changes calls for. Versions that are not of this
 * form (`2024-06`, `r3`) are compared elsewhere but never judged here.
 */
export type ImpactLevel = 'MAJOR' | 'MINOR' | 'PATCH';

export interface Semver {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

const pattern =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemver(version: string): Semver | undefined {
  const match = pattern.exec(version.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ?? '',
  };
}

const rank: Record<ImpactLevel, number> = { PATCH: 1, MINOR: 2, MAJOR: 3 };

export function highestLevel(levels: Iterable<ImpactLevel>): ImpactLevel | undefined {
  let highest: ImpactLevel | undefined;
  for (const level of levels) if (!highest || rank[level] > rank[highest]) highest = level;
  return highest;
}

/** Whether `level` asks for at least as much as `needed`. */
export function coversLevel(level: ImpactLevel, needed: ImpactLevel): boolean {
  return rank[level] >= rank[needed];
}

/**
 * The part `to` bumps over `from`: a new major, minor or patch number, or undefined when either
 * is not a semantic version or `to` is not higher. A pre-release of the next version counts as
 * that version's bump (`1.4.2` → `2.0.0-rc.1` is a major bump).
 */
export function bumpOf(from: string, to: string): ImpactLevel | undefined {
  const a = parseSemver(from);
  const b = parseSemver(to);
  if (!a || !b) return undefined;
  if (b.major !== a.major) return b.major > a.major ? 'MAJOR' : undefined;
  if (b.minor !== a.minor) return b.minor > a.minor ? 'MINOR' : undefined;
  if (b.patch !== a.patch) return b.patch > a.patch ? 'PATCH' : undefined;
  // Same numbers: only a release of a pre-release, or a later pre-release, moves forward.
  if (a.prerelease && (!b.prerelease || b.prerelease > a.prerelease)) return 'PATCH';
  return undefined;
}

/** `from` bumped at `level`, by SemVer arithmetic (`1.4.2` + MINOR → `1.5.0`); a leading `v` stays. */
export function suggestVersion(from: string, level: ImpactLevel | undefined): string | undefined {
  const version = parseSemver(from);
  if (!version) return undefined;
  const prefix = from.trim().startsWith('v') ? 'v' : '';
  const { major, minor, patch } = version;
  if (level === 'MAJOR') return `${prefix}${major + 1}.0.0`;
  if (level === 'MINOR') return `${prefix}${major}.${minor + 1}.0`;
  return `${prefix}${major}.${minor}.${patch + 1}`;
}
