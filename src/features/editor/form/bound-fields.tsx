import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Tabs,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { PathSegment } from '@/catalog/documents/document-issue';
import type { YamlValue } from '@/catalog/editing/edit-yaml';
import { Markdown } from '@/components/markdown';
import type { DocumentFields } from './document-fields';

/*
 * Form controls bound to one place of the document: each shows the value read from the text and
 * writes every change back as an edit of that value's lines. Problems the validator found at
 * that place show on the control; an edit that cannot be made says why beside it.
 */

interface BoundProps {
  fields: DocumentFields;
  path: readonly PathSegment[];
  label: string;
  description?: string;
}

function useEditError() {
  const [editError, setEditError] = useState<string | undefined>();
  return [editError, setEditError] as const;
}

function problemsOf(fields: DocumentFields, path: readonly PathSegment[], editError?: string) {
  const messages = fields.issuesAt(path).map((issue) => issue.message);
  if (editError) messages.unshift(editError);
  return messages.length ? messages.join('; ') : undefined;
}

const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

export function TextField({ fields, path, label, description }: BoundProps) {
  const [editError, setEditError] = useEditError();
  return (
    <TextInput
      label={label}
      description={description}
      value={asText(fields.get(path))}
      error={problemsOf(fields, path, editError)}
      onChange={(event) => setEditError(fields.set(path, event.currentTarget.value))}
      onBlur={() => setEditError(fields.tidy(path))}
    />
  );
}

export function SelectField({
  fields,
  path,
  label,
  description,
  options,
}: BoundProps & { options: readonly string[] }) {
  const [editError, setEditError] = useEditError();
  const value = asText(fields.get(path));
  // A value the list does not know is still shown, so nothing is hidden from the owner.
  const data = value && !options.includes(value) ? [value, ...options] : [...options];
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value || null}
      clearable
      searchable
      error={problemsOf(fields, path, editError)}
      onChange={(next) => setEditError(fields.set(path, next ?? undefined))}
    />
  );
}

export function TagsField({ fields, path, label, description }: BoundProps) {
  const [editError, setEditError] = useEditError();
  const value = fields.get(path);
  const tags = Array.isArray(value) ? value.map(asText) : [];
  return (
    <TagsInput
      label={label}
      description={description ?? 'Press Enter after each.'}
      value={tags}
      error={problemsOf(fields, path, editError)}
      onChange={(next) => setEditError(fields.set(path, next))}
    />
  );
}

/** A longer text, Markdown in both standards, with a preview rendered inert. */
export function MarkdownField({ fields, path, label, description }: BoundProps) {
  const [editError, setEditError] = useEditError();
  const value = asText(fields.get(path));
  return (
    <Tabs defaultValue="write" variant="outline" keepMounted={false}>
      <Tabs.List aria-label={`${label}: write or preview`}>
        <Tabs.Tab value="write">{label}</Tabs.Tab>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          label={label}
          description={description ?? 'Markdown.'}
          autosize
          minRows={2}
          maxRows={12}
          value={value}
          error={problemsOf(fields, path, editError)}
          onChange={(event) => setEditError(fields.set(path, event.currentTarget.value))}
          onBlur={() => setEditError(fields.tidy(path))}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        {value ? (
          <Markdown>{value}</Markdown>
        ) : (
          <Text size="sm" c="dimmed">
            Nothing written yet.
          </Text>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

/**
 * A list of mappings (ports, members, columns…), each item in its own box with buttons to move
 * it or remove it, named after the item so a screen reader says which; and one to add another.
 */
export function ListField({
  fields,
  path,
  itemLabel,
  nameOf,
  newItem,
  children,
}: {
  fields: DocumentFields;
  path: readonly PathSegment[];
  /** "output port": used in the buttons' names. */
  itemLabel: string;
  nameOf: (item: unknown, index: number) => string;
  newItem: (count: number) => YamlValue;
  children: (itemPath: PathSegment[], index: number) => ReactNode;
}) {
  const [editError, setEditError] = useEditError();
  const value = fields.get(path);
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const listError = problemsOf(fields, path, editError);
  const add = () => {
    if (items.length === 0 && value === undefined) {
      setEditError(fields.edit({ op: 'set', path, value: [newItem(0)] }));
    } else {
      setEditError(
        fields.edit({ op: 'insert', path, index: items.length, value: newItem(items.length) }),
      );
    }
  };
  return (
    <Stack gap="sm">
      {items.map((item, index) => {
        const name = nameOf(item, index);
        return (
          <Paper key={index} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${itemLabel} ${name} up`}
                    disabled={index === 0}
                    onClick={() =>
                      setEditError(fields.edit({ op: 'move', path, from: index, to: index - 1 }))
                    }
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${itemLabel} ${name} down`}
                    disabled={index === items.length - 1}
                    onClick={() =>
                      setEditError(fields.edit({ op: 'move', path, from: index, to: index + 1 }))
                    }
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${itemLabel} ${name}`}
                    onClick={() => setEditError(fields.edit({ op: 'remove', path, index }))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
              {children([...path, index], index)}
            </Stack>
          </Paper>
        );
      })}
      {listError ? (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group>
        <Button variant="default" size="xs" onClick={add}>
          Add {itemLabel}
        </Button>
      </Group>
    </Stack>
  );
}
