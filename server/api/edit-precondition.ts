import { documentLimits } from '../../src/catalog/documents/document-limits';

/**
 * What a publish expects of the document's current version, from its conditional headers:
 * `If-Match: "1.2.0"` (the version the edit started from, quotes optional) or
 * `If-None-Match: *` (a new document: it must not exist yet). `expected` is that version, null
 * for a new document, and absent when the request sets no condition.
 */
export type EditPrecondition =
  { ok: true; expected?: string | null } | { ok: false; message: string };

export function readEditPrecondition(headers: Headers): EditPrecondition {
  const ifMatch = headers.get('If-Match');
  const ifNoneMatch = headers.get('If-None-Match');
  if (ifMatch === null && ifNoneMatch === null) return { ok: true };
  if (ifMatch !== null && ifNoneMatch !== null) {
    return {
      ok: false,
      message:
        'Send either If-Match (the version the edit started from) or If-None-Match: * (a new document), not both.',
    };
  }
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === '*') return { ok: true, expected: null };
    return {
      ok: false,
      message:
        'If-None-Match takes only *, for a document that must not exist yet; to publish over a version, send it as If-Match.',
    };
  }
  const trimmed = (ifMatch ?? '').trim();
  const version = /^"(.*)"$/.exec(trimmed)?.[1] ?? trimmed;
  // `*` would mean "any version": a publish should always say which one it started from.
  if (version === '*' || version === '') {
    return {
      ok: false,
      message:
        'If-Match takes the version the edit started from, such as "1.2.0"; for a new document send If-None-Match: * instead.',
    };
  }
  if (version.length > documentLimits.versionLength) {
    return {
      ok: false,
      message: `If-Match is longer than a version may be (${documentLimits.versionLength} characters).`,
    };
  }
  return { ok: true, expected: version };
}
