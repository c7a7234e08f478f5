type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Characters kept of any one logged value: a 1 MB request must not write megabytes of logs. */
export const maxLoggedText = 2_000;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function truncate(text: string, limit = maxLoggedText): string {
  return text.length <= limit
    ? text
    : `${text.slice(0, limit)}… (${(text.length - limit).toLocaleString('en')} more characters)`;
}

/** Every string in a logged value, cut to `maxLoggedText`, to any depth. */
function bounded(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return truncate(value);
  if (depth > 5 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => bounded(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, bounded(item, depth + 1)]),
  );
}

/** Structured logs: one JSON object per line on stdout, easy for any log collector to parse. */
export function createLogger(
  minimum: Level = 'info',
  write = (line: string) => process.stdout.write(line),
): Logger {
  const log =
    (level: Level) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (order[level] < order[minimum]) return;
      const entry = { time: new Date().toISOString(), level, message, ...fields };
      write(`${JSON.stringify(bounded(entry))}\n`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** What the database (or any library) says went wrong, beneath the error that wraps it. */
const causeFields = ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'routine'];

/**
 * An error as log fields: its message, its stack frames (without the message again) and its
 * cause, which for a failed query is the database's own error, the part that says why. Query
 * parameters only ever appear cut to `maxLoggedText`.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const fields: Record<string, unknown> = {
    error: error.message,
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const details: Record<string, unknown> = { message: cause.message };
    for (const name of causeFields) {
      const value = (cause as unknown as Record<string, unknown>)[name];
      if (value !== undefined) details[name] = value;
    }
    fields.cause = details;
  } else if (cause !== undefined) {
    fields.cause = { message: String(cause) };
  }
  return fields;
}
