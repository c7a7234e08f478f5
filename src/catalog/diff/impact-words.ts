import { humanizeName } from '../readable-values';
import type { ImpactLevel } from './semver';

/** What an impact level means to a reader: does it break what they built? */
export function describeImpact(level: ImpactLevel | undefined): {
  label: string;
  meaning: string;
  color: string;
} {
  switch (level) {
    case 'MAJOR':
      return { label: 'Breaking', meaning: 'breaks consumers', color: 'red' };
    case 'MINOR':
      return { label: 'Compatible', meaning: 'compatible with consumers', color: 'yellow' };
    case 'PATCH':
      return { label: 'Cosmetic', meaning: 'documentation only', color: 'gray' };
    default:
      return { label: 'No changes', meaning: 'nothing changed', color: 'green' };
  }
}

const sections: Record<string, string> = {
  schema: 'Schema',
  slaProperties: 'Service levels',
  quality: 'Quality',
  servers: 'Servers',
  roles: 'Roles and approvers',
  outputPorts: 'Output ports',
  inputPorts: 'Input ports',
  managementPorts: 'Management ports',
  description: 'Description',
  status: 'Status',
  customProperties: 'Custom properties',
  apiVersion: 'Standard version',
};

/** The heading a section of a document's differences is listed under. */
export function sectionLabel(section: string): string {
  return sections[section] ?? humanizeName(section);
}

/** "1 breaking change", "3 compatible changes": counts in words, highest level first. */
export function summarizeImpact(impact: { major: number; minor: number; patch: number }): string {
  const parts = [
    [impact.major, 'breaking'],
    [impact.minor, 'compatible'],
    [impact.patch, 'cosmetic'],
  ] as const;
  const words = parts
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word} ${count === 1 ? 'change' : 'changes'}`);
  return words.length ? words.join(', ') : 'no changes';
}
