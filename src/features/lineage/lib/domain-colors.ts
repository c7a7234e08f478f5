/** A stable colour per domain, so a domain looks the same in every view. */
const palette = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'pink',
  'lime',
  'violet',
  'red',
  'green',
];
const known: Record<string, string> = {
  sales: 'blue',
  marketing: 'pink',
  customer: 'teal',
  finance: 'green',
  'supply-chain': 'orange',
  logistics: 'cyan',
  product: 'grape',
};

export function domainColorName(domain: string | null): string {
  if (!domain) return 'gray';
  if (known[domain]) return known[domain];
  let hash = 0;
  for (const character of domain) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length]!;
}

export const domainColor = (domain: string | null) =>
  `var(--mantine-color-${domainColorName(domain)}-6)`;
