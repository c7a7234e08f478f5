import { Alert, Button, Group, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ImportResult, ProductLink } from '@/catalog/api-schemas';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import odcsSchema from '@/catalog/standards/odcs-json-schema-v3.1.0.json';
import odpsSchema from '@/catalog/standards/odps-json-schema-v1.0.0.json';
import { CodeText } from '@/components/code-text';
import { compareDraft, editConflictOf, publishDocument } from '../api/editor-api';
import { useDraft } from '../lib/use-draft';
import { useValidation } from '../validation/use-validation';
import { ConflictView } from '../conflict/conflict-view';
import type { RenderChanges } from './draft-preview';
import { DraftPreview } from './draft-preview';
import { DocumentForm } from './document-form';
import { ProblemList } from './problem-list';
import type { YamlEditorHandle } from './yaml-editor';
import { YamlEditor } from './yaml-editor';

const schemas: Record<DocumentKind, object> = { product: odpsSchema, contract: odcsSchema };
const labels: Record<DocumentKind, string> = { product: 'descriptor', contract: 'contract' };

interface DocumentEditorProps {
  kind: DocumentKind;
  id: string;
  /** The current stored text and its version; `version` is null for a new document. */
  stored: { text: string; version: string | null };
  /** For a new document: the text to begin with, such as a template. */
  start?: string;
  /** Those who read the document, named when a change would break them. */
  consumers?: readonly ProductLink[];
  onPublished: (result: ImportResult) => void;
  /** Told whether the text differs from what is stored, for the page's leave warning. */
  onDirtyChange?: (dirty: boolean) => void;
  /** How the differences against the current version are listed (the Changes pages' list). */
  renderChanges?: RenderChanges;
}

const formatTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' });

/**
 * One document being edited: a form and the YAML, two views of one text; its problems as you
 * type; what publishing it would change; and Publish, which stores a new version only while the
 * version the edit started from is current.
 */
export function DocumentEditor({
  kind,
  id,
  stored,
  start,
  consumers = [],
  onPublished,
  onDirtyChange,
  renderChanges = () => null,
}: DocumentEditorProps) {
  const draft = useDraft(kind, id, stored, start);
  useEffect(() => onDirtyChange?.(draft.dirty), [draft.dirty, onDirtyChange]);
  // A second click before the first answer must not publish twice.
  const publishing = useRef(false);
  const [view, setView] = useState<'form' | 'yaml'>('form');
  const yaml = useRef<YamlEditorHandle | null>(null);
  const validation = useValidation(kind, draft.text);
  const [settled] = useDebouncedValue(draft.text, 400);
  const preview = useQuery({
    queryKey: ['draft-changes', kind, id, settled],
    queryFn: ({ signal }) => compareDraft(kind, id, settled, signal),
    enabled: stored.version !== null && validation.ok && !validation.checking,
    retry: false,
  });
  const publish = useMutation({
    mutationFn: (text: string) => publishDocument(kind, text, draft.baseVersion),
    onSettled: () => {
      publishing.current = false;
    },
    onSuccess: (result, text) => {
      draft.published(result.version, text);
      onPublished(result);
    },
  });
  const conflict = editConflictOf(publish.error);

  const goToLine = (line: number) => {
    setView('yaml');
    // The YAML view mounts first when the form was showing.
    setTimeout(() => yaml.current?.goToLine(line), 0);
  };

  return (
    <Stack gap="md">
      <VisuallyHidden component="h2">
        {kind === 'product' ? `Descriptor of ${id}` : `Contract ${id}`}
      </VisuallyHidden>
      {draft.offer ? (
        <Alert color="indigo" variant="light" title="You have an unpublished draft">
          <Text size="sm">
            Your edit of this {labels[kind]} from {formatTime(draft.offer.savedAt)} was kept.
          </Text>
          <Group gap="sm" mt="xs">
            <Button size="xs" onClick={draft.restore}>
              Continue your draft from {formatTime(draft.offer.savedAt)}
            </Button>
            <Button size="xs" variant="default" onClick={draft.discard}>
              Discard it
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label="How to edit"
          value={view}
          onChange={(value) => setView(value as 'form' | 'yaml')}
          data={[
            { value: 'form', label: 'Form' },
            { value: 'yaml', label: 'YAML' },
          ]}
        />
        <Text size="sm" c="dimmed" role="status">
          {draft.save.status === 'saving'
            ? 'Saving your draft…'
            : draft.save.status === 'saved'
              ? draft.save.where === 'server'
                ? `Draft saved at ${formatTime(draft.save.at)}`
                : `Draft kept in this browser at ${formatTime(draft.save.at)}; the catalog could not be reached`
              : stored.version
                ? `Editing version ${stored.version}`
                : 'New, not published yet'}
        </Text>
      </Group>
      {draft.offer ? null : view === 'form' ? (
        <DocumentForm
          kind={kind}
          text={draft.text}
          onChange={draft.setText}
          issues={validation.issues}
        />
      ) : (
        <YamlEditor
          value={draft.text}
          onChange={draft.setText}
          issues={validation.issues}
          schema={schemas[kind]}
          label={`YAML of the ${labels[kind]} ${id}`}
          handle={(handle) => (yaml.current = handle)}
        />
      )}
      <ProblemList validation={validation} onGoTo={goToLine} />
      {stored.version !== null && draft.dirty ? (
        <DraftPreview
          kind={kind}
          id={id}
          storedText={stored.text}
          storedVersion={stored.version}
          renderChanges={renderChanges}
          consumers={consumers}
          changes={preview.data}
          error={preview.error}
          loading={preview.isFetching}
          text={draft.text}
          settledText={settled}
          onText={draft.setText}
        />
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          mine={draft.text}
          onTakeTheirs={() => {
            if (!conflict.current) return;
            draft.setText(conflict.current.text);
            draft.rebase(conflict.current.version, conflict.current.text);
            publish.reset();
          }}
          onKeepMine={() => {
            if (conflict.current) draft.rebase(conflict.current.version, conflict.current.text);
            else draft.setBaseVersion(null);
            publish.reset();
          }}
          onMerge={(merged) => {
            draft.setText(merged);
            if (conflict.current) draft.rebase(conflict.current.version, conflict.current.text);
            publish.reset();
          }}
        />
      ) : publish.error ? (
        <Alert color="red" variant="light" title="Not published" role="alert">
          <Text size="sm">
            <CodeText text={publish.error.message} />
          </Text>
        </Alert>
      ) : null}
      <Group>
        <Button
          onClick={() => {
            if (publishing.current) return;
            publishing.current = true;
            publish.mutate(draft.text);
          }}
          loading={publish.isPending}
          // Not held while a check runs: the catalog checks every publish itself.
          disabled={
            (!validation.ok && !validation.checking) ||
            Boolean(draft.offer) ||
            (stored.version !== null && !draft.dirty)
          }
        >
          Publish
        </Button>
        {stored.version !== null && !draft.dirty ? (
          <Text size="sm" c="dimmed">
            Nothing to publish yet: change something first.
          </Text>
        ) : !validation.ok ? (
          <Text size="sm" c="dimmed">
            Fix the problems above to publish.
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
