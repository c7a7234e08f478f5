import { useMemo } from 'react';
import type { DocumentIssue, PathSegment } from '@/catalog/documents/document-issue';
import { formatPath } from '@/catalog/documents/document-issue';
import type { YamlEdit, YamlValue } from '@/catalog/editing/edit-yaml';
import { applyEdit } from '@/catalog/editing/edit-yaml';
import { parseYamlCached } from '@/catalog/editing/parse-cache';

/**
 * What a form section needs of the text being edited: the values it shows, read from the text,
 * and edits that change only the lines they touch. A form never holds a copy of the document;
 * the text is the one truth, so switching to YAML and back loses nothing.
 */
export interface DocumentFields {
  /** The parsed document, or undefined while the text cannot be read (the form says so). */
  value: unknown;
  /** The value at a path, or undefined. */
  get(path: readonly PathSegment[]): unknown;
  /** Applies an edit to the text; returns why not when it cannot be made, else undefined. */
  edit(edit: YamlEdit): string | undefined;
  /** Sets a value; undefined, an empty text or an empty list removes the key. */
  set(path: readonly PathSegment[], value: YamlValue | undefined): string | undefined;
  /** The problems found at a path (not below it). */
  issuesAt(path: readonly PathSegment[]): DocumentIssue[];
}

export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const isEmpty = (value: YamlValue | undefined) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function useDocumentFields(
  text: string,
  onChange: (text: string) => void,
  issues: readonly DocumentIssue[],
): DocumentFields {
  // The same reading the edits check against, so what the form shows is what they change.
  const value = useMemo(() => parseYamlCached(text).value, [text]);
  const byPath = useMemo(() => {
    const map = new Map<string, DocumentIssue[]>();
    for (const issue of issues) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
    return map;
  }, [issues]);

  return useMemo(() => {
    const edit = (change: YamlEdit) => {
      const result = applyEdit(text, change);
      if (!result.ok) return result.message;
      if (result.text !== text) onChange(result.text);
      return undefined;
    };
    return {
      value,
      get: (path) => valueAt(value, path),
      edit,
      set: (path, next) => {
        if (isEmpty(next)) {
          if (valueAt(value, path) === undefined) return undefined;
          return edit({ op: 'delete', path });
        }
        return edit({ op: 'set', path, value: next as YamlValue });
      },
      issuesAt: (path) => byPath.get(formatPath(path)) ?? [],
    };
  }, [text, onChange, value, byPath]);
}
