/**
 * The payloads of drafts (a person's unpublished edit of a descriptor or contract) and of the
 * answer when a publish started from a version that is no longer current. Kept apart from
 * api-schemas.ts so that only the editing pages load them.
 */
import * as z from 'zod/mini';
import { described, named } from './api-schemas';
import { documentLimits } from './documents/document-limits';

export const draftKinds = ['product', 'contract'] as const;

const version = () => z.string().check(z.minLength(1), z.maxLength(documentLimits.versionLength));

const baseVersion = () =>
  described(
    z.nullable(version()),
    'The stored version the edit started from; null for a document that does not exist yet. Send it as `If-Match` when publishing.',
  );

export const draftInputSchema = named(
  z.object({
    text: described(
      z.string(),
      'The whole YAML or JSON text being edited, kept exactly; at most 2 MB in UTF-8.',
    ),
    baseVersion: baseVersion(),
    savedAt: z.optional(
      described(
        z.iso.datetime({ offset: true }),
        'When the person last changed the text, by their clock; the time of the save when omitted.',
      ),
    ),
  }),
  'DraftInput',
);
export type DraftInput = z.infer<typeof draftInputSchema>;

export const draftInfoSchema = named(
  z.object({
    kind: z.enum(draftKinds),
    id: described(z.string(), 'The id of the document the draft edits.'),
    baseVersion: baseVersion(),
    savedAt: described(z.string(), 'When the person last changed the text (ISO 8601).'),
    updatedAt: described(z.string(), 'When the server last received the draft (ISO 8601).'),
  }),
  'DraftInfo',
);
export type DraftInfo = z.infer<typeof draftInfoSchema>;

export const draftSchema = named(
  z.object({
    ...draftInfoSchema.shape,
    text: described(z.string(), 'The text exactly as it was saved.'),
  }),
  'Draft',
);
export type Draft = z.infer<typeof draftSchema>;

export const draftListSchema = named(
  z.object({
    items: described(
      z.array(draftInfoSchema),
      "The caller's drafts, the most recently saved first.",
    ),
  }),
  'DraftList',
);
export type DraftList = z.infer<typeof draftListSchema>;

export const editConflictSchema = named(
  z.object({
    message: described(
      z.string(),
      'Who published which version, and when, since the edit started; in words a user can act on.',
    ),
    current: described(
      z.nullable(
        z.object({
          version: z.string(),
          createdAt: z.string(),
          createdBy: described(z.string(), 'The id of who published it.'),
          text: described(z.string(), 'Its text exactly as published, to compare with the edit.'),
        }),
      ),
      'The current version now; null when the document does not exist (any more).',
    ),
  }),
  'EditConflict',
);
export type EditConflict = z.infer<typeof editConflictSchema>;
