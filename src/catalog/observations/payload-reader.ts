import type { PayloadProblem } from './observation';
import { parseIsoDate } from '../readable-values';

/**
 * Reading untrusted payloads: every check adds a problem that names where it is wrong, so a
 * pipeline owner can fix the sender without reading Meshport's code. Reading never throws,
 * whatever JSON value arrives.
 */

/** More problems than this say nothing new; the rest are counted in one last problem. */
const maxProblems = 50;

export class ProblemList {
  readonly items: PayloadProblem[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.items.length < maxProblems) this.items.push({ path: path || '(body)', message });
    else this.dropped += 1;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The problems, ending with how many more were left out. */
  list(): PayloadProblem[] {
    if (this.dropped === 0) return this.items;
    return [...this.items, { path: '(body)', message: `and ${this.dropped} more problems` }];
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `run` under `[3]` is `[3].run`; an index is `[2]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function describeType(value: unknown): string {
  return typeName(value);
}

interface StringOptions {
  required?: boolean;
  /** Longest accepted text; ids and names longer than this are not what a producer sends. */
  max?: number;
}

/**
 * A string at `key` of `object`: undefined when absent (a problem when required) or wrong. An
 * empty string counts as absent for required fields.
 */
export function readString(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
  { required = false, max = 4096 }: StringOptions = {},
): string | undefined {
  const value = object[key];
  const where = childPath(path, key);
  if (value === undefined || value === null) {
    if (required) problems.add(where, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(where, `must be a string, not ${typeName(value)}`);
    return undefined;
  }
  if (required && value.trim() === '') {
    problems.add(where, 'must not be empty');
    return undefined;
  }
  if (value.length > max) {
    problems.add(where, `must be at most ${max} characters (it has ${value.length})`);
    return undefined;
  }
  return value;
}

/** An object at `key`, or undefined when absent; a problem when it is something else. */
export function readObject(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
  required = false,
): JsonObject | undefined {
  const value = object[key];
  const where = childPath(path, key);
  if (value === undefined || value === null) {
    if (required) problems.add(where, 'is required');
    return undefined;
  }
  if (!isObject(value)) {
    problems.add(where, `must be an object, not ${typeName(value)}`);
    return undefined;
  }
  return value;
}

/** An array at `key` (at most `max` items), or undefined when absent. */
export function readArray(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
  { required = false, max = 1000 }: { required?: boolean; max?: number } = {},
): unknown[] | undefined {
  const value = object[key];
  const where = childPath(path, key);
  if (value === undefined || value === null) {
    if (required) problems.add(where, 'is required');
    return undefined;
  }
  if (!Array.isArray(value)) {
    problems.add(where, `must be an array, not ${typeName(value)}`);
    return undefined;
  }
  if (value.length > max) {
    problems.add(where, `must have at most ${max} items (it has ${value.length})`);
    return undefined;
  }
  return value;
}

/** One of `allowed`, or undefined (with a problem listing them) when absent-but-required or other. */
export function readEnum<T extends string>(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
  allowed: readonly T[],
  required = false,
): T | undefined {
  const value = object[key];
  const where = childPath(path, key);
  if (value === undefined || value === null) {
    if (required) problems.add(where, `is required: one of ${allowed.join(', ')}`);
    return undefined;
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  problems.add(where, `must be one of ${allowed.join(', ')}`);
  return undefined;
}

const dateTimeShape =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)?$/;

/**
 * An ISO 8601 date-time as UTC ISO text (milliseconds kept), or undefined when it is not one.
 * A time without an offset is read as UTC, like everywhere else in Meshport.
 */
export function normaliseDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  const shape = dateTimeShape.exec(text);
  if (!shape) return undefined;
  const date = parseIsoDate(text);
  if (!date) return undefined;
  const fraction = shape[2];
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return new Date(date.getTime() + millis).toISOString();
}

/** A required date-time at `key`, normalised to UTC. */
export function readDateTime(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
  required = true,
): string | undefined {
  const value = object[key];
  const where = childPath(path, key);
  if (value === undefined || value === null) {
    if (required) problems.add(where, 'is required (an ISO 8601 date-time)');
    return undefined;
  }
  const normalised = normaliseDateTime(value);
  if (normalised === undefined) {
    const shown = typeof value === 'string' ? `"${cut(value, 40)}"` : typeName(value);
    problems.add(where, `must be an ISO 8601 date-time such as 2026-11-30T04:58:19Z, not ${shown}`);
  }
  return normalised;
}

/** Text cut to `max` characters, so one sender cannot fill the store with a message. */
export function cut(text: string, max = 500): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A message as kept on an observation: trimmed, cut to 500 characters, null when blank. */
export function messageText(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return cut(value.trim());
}

/** A finite number written as a number (or numeric text, which some tools send). */
export function numberValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (
    typeof value === 'string' &&
    value.length < 40 &&
    /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)
  ) {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}
