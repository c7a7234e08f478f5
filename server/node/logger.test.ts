import { describe, expect, it } from 'vitest';
import { createLogger, describeError, maxLoggedText } from './logger';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', (line) => {
    lines.push(line);
    return true;
  });
  return { logger, lines, last: () => JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown> };
}

describe('the log', () => {
  it('keeps a failed query short and says what the database said', () => {
    const hugeParameter = 'x'.repeat(1_100_000);
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
    });
    const failed = new Error(`Failed query: SELECT $1\nparams: ${hugeParameter}`, { cause });
    const { logger, lines, last } = capture();
    logger.error('unexpected API error', {
      url: `http://127.0.0.1/api/x?q=${hugeParameter}`,
      ...describeError(failed),
    });
    const [line] = lines;
    expect(line?.length).toBeLessThan(4 * maxLoggedText + 1_000);
    const entry = last();
    expect(entry.cause).toEqual({
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
      code: '22021',
    });
    expect(String(entry.error)).toMatch(/^Failed query: SELECT \$1/);
    expect(String(entry.error)).toMatch(/more characters\)$/);
    expect(String(entry.stack)).not.toContain('params:');
  });
});
