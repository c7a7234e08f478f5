import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const httpUrl = optionalText.refine((value) => !value || isHttpUrl(value), {
  message: 'must be an http:// or https:// URL, without ?query or #fragment',
});
/** A setting with a default: leaving it out takes the default, an empty value is a mistake. */
const textWithDefault = (fallback: string) =>
  z.string().trim().min(1, 'must not be empty').default(fallback);

const fields = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.refine((value) => !value || /^postgres(ql)?:\/\//.test(value), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MESHPORT_STORE: z.enum(['pglite', 'postgres', 'memory']).optional(),
  MESHPORT_DATA_DIR: z.string().min(1).default('.data'),
  MESHPORT_SEED: z.enum(['demo', 'none']).optional(),
  MESHPORT_DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(90).default(90),
  MESHPORT_DIST_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  OIDC_ISSUER: httpUrl,
  OIDC_AUDIENCE: optionalText,
  OIDC_CLIENT_ID: optionalText,
  OIDC_SCOPES: textWithDefault('openid profile email'),
  OIDC_JWKS_URL: httpUrl,
  OIDC_USERNAME_CLAIM: textWithDefault('preferred_username'),
  OIDC_ROLES_CLAIM: textWithDefault('roles'),
  OIDC_TEAMS_CLAIM: textWithDefault('groups'),
});

const configSchema = fields
  .superRefine((config, context) => {
    if (config.MESHPORT_STORE === 'postgres' && !config.DATABASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when MESHPORT_STORE=postgres',
      });
    }
  })
  .transform((config) => {
    const store = config.MESHPORT_STORE ?? (config.DATABASE_URL ? 'postgres' : 'pglite');
    // A real database starts empty; the embedded and in-memory stores start with the demo mesh.
    const seed = config.MESHPORT_SEED ?? (store === 'postgres' ? 'none' : 'demo');
    return { ...config, store, seed } as const;
  });

export type ServerConfig = z.infer<typeof configSchema>;

/** Reads the configuration from environment variables; a bad value stops the start with its name. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const result = configSchema.safeParse(env);
  const problems = [
    ...(result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ...checkOidcVariables(env),
  ];
  if (result.success && !problems.length) return result.data;
  throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}

const oidcVariables = Object.keys(fields.shape).filter((name) => name.startsWith('OIDC_'));

/**
 * Any OIDC_ variable means the operator wants sign-in with an identity provider. Without a
 * complete configuration the portal must not start at all: it would otherwise fall back to demo
 * mode, where anyone may act as any persona, the admin included. A misspelled name would be
 * ignored silently, so an unknown OIDC_ name is a mistake too.
 */
function checkOidcVariables(env: Record<string, string | undefined>): string[] {
  const present = Object.keys(env).filter(
    (name) => name.startsWith('OIDC_') && env[name] !== undefined,
  );
  const problems = present
    .filter((name) => !oidcVariables.includes(name))
    .map((name) => `${name}: is not a Meshport setting; ${suggest(name)}`);
  const given = (name: string) => Boolean(env[name]?.trim());
  const others = present.filter((name) => oidcVariables.includes(name) && name !== 'OIDC_ISSUER');
  if (!given('OIDC_ISSUER')) {
    if (others.length)
      problems.push(
        `OIDC_ISSUER: is required when ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} set (without an issuer Meshport would run in demo mode, where anyone may act as admin; remove every OIDC_ variable for demo mode)`,
      );
    else if (present.includes('OIDC_ISSUER'))
      problems.push(
        "OIDC_ISSUER: is empty; set it to the identity provider's issuer URL, or remove it for demo mode",
      );
  } else {
    for (const name of ['OIDC_AUDIENCE', 'OIDC_CLIENT_ID'])
      if (!given(name)) problems.push(`${name}: is required when OIDC_ISSUER is set`);
  }
  return problems;
}

/** The known variable `name` was probably meant to be, or the list of them. */
function suggest(name: string): string {
  const [closest] = oidcVariables
    .map((known) => ({ known, distance: editDistance(name, known) }))
    .sort((a, b) => a.distance - b.distance);
  if (closest && closest.distance <= 3) return `did you mean ${closest.known}?`;
  return `the OIDC_ settings are ${oidcVariables.join(', ')}`;
}

/** Levenshtein distance: the fewest letters to add, remove or change to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
}
