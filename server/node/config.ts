import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: optionalText.refine((value) => !value || /^postgres(ql)?:\/\//.test(value), {
      message: 'must be a postgres:// or postgresql:// URL',
    }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MESHPORT_STORE: z.enum(['pglite', 'postgres', 'memory']).optional(),
    MESHPORT_DATA_DIR: z.string().min(1).default('.data'),
    MESHPORT_SEED: z.enum(['demo', 'none']).optional(),
    MESHPORT_DIST_DIR: z.string().min(1).default('dist'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    OIDC_ISSUER: optionalText,
    OIDC_AUDIENCE: optionalText,
    OIDC_CLIENT_ID: optionalText,
    OIDC_SCOPES: z.string().default('openid profile email'),
    OIDC_JWKS_URL: optionalText,
    OIDC_USERNAME_CLAIM: z.string().default('preferred_username'),
    OIDC_ROLES_CLAIM: z.string().default('roles'),
    OIDC_TEAMS_CLAIM: z.string().default('groups'),
  })
  .superRefine((config, context) => {
    if (config.MESHPORT_STORE === 'postgres' && !config.DATABASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when MESHPORT_STORE=postgres',
      });
    }
    if (config.OIDC_ISSUER) {
      for (const name of ['OIDC_AUDIENCE', 'OIDC_CLIENT_ID'] as const) {
        if (!config[name])
          context.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required when OIDC_ISSUER is set',
          });
      }
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
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}
