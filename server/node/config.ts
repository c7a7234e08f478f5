import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  MESHPORT_SEED: z.enum(['demo', 'none']).default('demo'),
  MESHPORT_DIST_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type ServerConfig = z.infer<typeof configSchema>;

/** Reads the configuration from environment variables; a bad value stops the start with its name. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}
