import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type { DocumentIssue, PathSegment } from '@/catalog/documents/document-issue';
import { formatPath } from '@/catalog/documents/document-issue';
import type { YamlValue } from '@/catalog/editing/edit-yaml';
import { sameValue } from '@/catalog/editing/edit-yaml-edits';
import { Markdown } from '@/components/markdown';
import type { DocumentFields } from './document-fields';
import type { Choice } from './contract-options';

export type Path = readonly PathSegment[];

/** A scalar as an input shows it; lists, mappings and nothing show as empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function listAt(fields: DocumentFields, path: Path): unknown[] {
  const value = fields.get(path);
  return Array.isArray(value) ? value : [];
}

export function recordAt(fields: DocumentFields, path: Path): Record<string, unknown> {
  const value = fields.get(path);
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A name not yet used by the items of a list: `new_column`, then `new_column_2`, … */
export function unusedName(items: readonly unknown[], key: string, base: string): string {
  const taken = new Set(
    items.map((item) =>
      item !== null && typeof item === 'object'
        ? textOf((item as Record<string, unknown>)[key])
        : '',
    ),
  );
  if (!taken.has(base)) return base;
  let count = 2;
  while (taken.has(`${base}_${count}`)) count += 1;
  return `${base}_${count}`;
}

/** What an edit answered: why it was not made, shown by the control until the next edit. */
export function useEditFailure(): [string | undefined, (failure: string | undefined) => void] {
  const [failure, setFailure] = useState<string>();
  return [failure, setFailure];
}

/** The problems found at the paths, and why the last edit failed, for a field's `error`. */
export function errorOf(
  fields: DocumentFields,
  paths: readonly Path[],
  failure?: string,
): ReactNode | undefined {
  const messages = paths.flatMap((path) => fields.issuesAt(path).map((issue) => issue.message));
  if (messages.length === 0 && !failure) return undefined;
  return (
    <>
      {messages.map((message, index) => (
        <span key={index} style={{ display: 'block' }}>
          {message}
        </span>
      ))}
      {failure && (
        <span role="alert" style={{ display: 'block' }}>
          {failure}
        </span>
      )}
    </>
  );
}

/** Why an action (add, remove, move) could not be made, next to its buttons. */
export function ActionFailure({ failure }: { failure: string | undefined }) {
  if (!failure) return null;
  return (
    <Text role="alert" c="red.8" size="sm">
      {failure}
    </Text>
  );
}

/** The problems found at a path that no single field shows (a list, an item), in words. */
export function PlaceIssues({ fields, path }: { fields: DocumentFields; path: Path }) {
  const issues = fields.issuesAt(path);
  if (issues.length === 0) return null;
  return (
    <Stack gap={2}>
      {issues.map((issue, index) => (
        <Text key={index} size="sm" c={issue.severity === 'error' ? 'red.8' : 'yellow.9'}>
          {issue.message}
        </Text>
      ))}
    </Stack>
  );
}

interface FormScopeValue {
  request: (keys: readonly string[]) => void;
  latest: () => DocumentFields | undefined;
}

const FormScopeContext = createContext<FormScopeValue>({
  request: () => {},
  latest: () => undefined,
});

export function focusKey(path: Path, control: string): string {
  return `${formatPath(path)}:${control}`;
}

/**
 * After an edit that moves or adds an item, focus goes to a control of that item once the form
 * shows the new text, so a keyboard user keeps their place. Controls name themselves with
 * `data-focus`; the first of the keys asked for that is present and enabled gets the focus.
 */
export function useFocusRequest() {
  return useContext(FormScopeContext).request;
}

/**
 * The fields of the text as it is now, for event handlers. Parts of the form that did not
 * change skip rendering, so the `fields` they were last given may be older than the text; an
 * edit made from them would undo the edits made since.
 */
export function useLatest(fields: DocumentFields): () => DocumentFields {
  const { latest } = useContext(FormScopeContext);
  return () => latest() ?? fields;
}

export function FormScope({ fields, children }: { fields: DocumentFields; children: ReactNode }) {
  const scope = useRef<HTMLDivElement>(null);
  const pending = useRef<readonly string[]>([]);
  const current = useRef(fields);
  useLayoutEffect(() => {
    current.current = fields;
  });
  const value = useMemo<FormScopeValue>(
    () => ({
      request: (keys) => {
        pending.current = keys;
      },
      latest: () => current.current,
    }),
    [],
  );
  useEffect(() => {
    if (pending.current.length === 0 || !scope.current) return;
    for (const key of pending.current) {
      const target = scope.current.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
      if (target && !target.hasAttribute('disabled') && !target.hasAttribute('data-disabled')) {
        target.focus();
        pending.current = [];
        return;
      }
    }
  });
  return (
    <FormScopeContext.Provider value={value}>
      <div ref={scope}>{children}</div>
    </FormScopeContext.Provider>
  );
}

const sameIssues = (left: readonly DocumentIssue[], right: readonly DocumentIssue[]) =>
  left.length === right.length &&
  left.every(
    (issue, index) =>
      issue.message === right[index]?.message && issue.severity === right[index]?.severity,
  );

/**
 * For `memo`: an item of a list renders again only when its value, the problems at the paths
 * it shows, or its other props changed. Typing in one column then renders that row alone.
 */
export function sameItem<Props extends { fields: DocumentFields }>(
  itemPath: (props: Props) => Path,
  watched: (props: Props) => readonly Path[],
) {
  return (previous: Props, next: Props): boolean => {
    for (const key of Object.keys(next) as (keyof Props)[]) {
      if (key === 'fields') continue;
      const before = previous[key];
      const after = next[key];
      if (before === after) continue;
      if (Array.isArray(before) && Array.isArray(after)) {
        if (formatPath(before as Path) === formatPath(after as Path)) continue;
      }
      return false;
    }
    if (previous.fields === next.fields) return true;
    const path = itemPath(next);
    if (!sameValue(previous.fields.get(path), next.fields.get(path))) return false;
    return watched(next).every((place) =>
      sameIssues(previous.fields.issuesAt(place), next.fields.issuesAt(place)),
    );
  };
}

/** How long typing may pause before what was typed is written into the text. */
export const typingPause = 250;

/**
 * What a text input shows while someone types: their own characters at once, written into the
 * document once they pause (or leave the field), not on every keystroke. Writing re-reads the
 * whole document and renders the form again, which a 2,000-line contract would feel at each
 * key; the YAML view, the checks and the draft follow at the pause instead.
 */
export function useTypedText(saved: string, write: (text: string) => void) {
  const [typed, setTyped] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestWrite = useRef(write);
  useLayoutEffect(() => {
    latestWrite.current = write;
  });
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    pending.current = null;
    if (text !== null) latestWrite.current(text);
    setTyped(null);
  }, []);
  // Leaving the page (or the view) writes what is still waiting.
  useEffect(() => flush, [flush]);
  return {
    value: typed ?? saved,
    onChange: (text: string) => {
      pending.current = text;
      setTyped(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, typingPause);
    },
    onBlur: flush,
  };
}

interface FieldProps {
  fields: DocumentFields;
  path: Path;
  label: string;
  /** In a table, the column header is the visible label; the input is named in full. */
  hideLabel?: boolean;
  description?: string;
  /** Places whose problems this field shows too (the item it names, for a name field). */
  alsoIssuesOf?: readonly Path[];
  focus?: string;
}

const labelProps = (label: string, hideLabel: boolean | undefined) =>
  hideLabel ? { 'aria-label': label } : { label };

export function TextField({
  fields,
  path,
  label,
  hideLabel,
  description,
  alsoIssuesOf = [],
  focus,
  placeholder,
}: FieldProps & { placeholder?: string }) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const typing = useTypedText(textOf(fields.get(path)), (text) =>
    setFailure(write().set(path, text)),
  );
  return (
    <TextInput
      {...labelProps(label, hideLabel)}
      description={description}
      placeholder={placeholder}
      value={typing.value}
      onChange={(event) => typing.onChange(event.currentTarget.value)}
      onBlur={typing.onBlur}
      error={errorOf(fields, [path, ...alsoIssuesOf], failure)}
      data-focus={focus}
    />
  );
}

export function SuggestField({
  fields,
  path,
  label,
  hideLabel,
  description,
  suggestions,
}: FieldProps & { suggestions: readonly string[] }) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  return (
    <Autocomplete
      {...labelProps(label, hideLabel)}
      description={description}
      data={[...suggestions]}
      value={textOf(fields.get(path))}
      onChange={(value) => setFailure(write().set(path, value))}
      error={errorOf(fields, [path], failure)}
    />
  );
}

export function LongTextField({ fields, path, label, hideLabel, description }: FieldProps) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const typing = useTypedText(textOf(fields.get(path)), (text) =>
    setFailure(write().set(path, text)),
  );
  return (
    <Textarea
      {...labelProps(label, hideLabel)}
      description={description}
      autosize
      minRows={1}
      maxRows={6}
      value={typing.value}
      onChange={(event) => typing.onChange(event.currentTarget.value)}
      onBlur={typing.onBlur}
      error={errorOf(fields, [path], failure)}
    />
  );
}

/** A Markdown text and, beside it (below it on a phone), how readers will see it. */
export function MarkdownField({ fields, path, label, description }: FieldProps) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const typing = useTypedText(textOf(fields.get(path)), (text) =>
    setFailure(write().set(path, text)),
  );
  const value = textOf(fields.get(path));
  // Rendering Markdown is the slow part of a keystroke; only this text's own change redoes it.
  const preview = useMemo(
    () =>
      value.trim() ? (
        <Markdown>{value}</Markdown>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing written yet.
        </Text>
      ),
    [value],
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Textarea
        label={label}
        description={description ?? 'Markdown: **bold**, _italic_, `code`, lists and links'}
        autosize
        minRows={3}
        maxRows={14}
        value={typing.value}
        onChange={(event) => typing.onChange(event.currentTarget.value)}
        onBlur={typing.onBlur}
        error={errorOf(fields, [path], failure)}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} component="h4" m={0}>
          Preview of {label.toLowerCase()}
        </Text>
        <Paper withBorder p="sm" radius="sm" mih={60}>
          {preview}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}

export function SelectField({
  fields,
  path,
  label,
  hideLabel,
  description,
  choices,
  clearable = true,
  focus,
}: FieldProps & { choices: readonly Choice[]; clearable?: boolean }) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const current = textOf(fields.get(path));
  return (
    <Select
      {...labelProps(label, hideLabel)}
      description={description}
      data={[...choices]}
      value={current === '' ? null : current}
      onChange={(value) => setFailure(write().set(path, value ?? undefined))}
      clearable={clearable}
      allowDeselect={false}
      error={errorOf(fields, [path], failure)}
      data-focus={focus}
    />
  );
}

/** Ticked writes `true`; unticked removes the key, since `false` is the default of ODCS flags. */
export function FlagField({ fields, path, label, hideLabel }: FieldProps) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const error = errorOf(fields, [path], failure);
  return (
    <Checkbox
      {...labelProps(label, hideLabel)}
      checked={fields.get(path) === true}
      onChange={(event) =>
        setFailure(write().set(path, event.currentTarget.checked ? true : undefined))
      }
      error={error}
    />
  );
}

/** A list of short values as tags; values the text holds as numbers or booleans stay so. */
export function TagsField({ fields, path, label, hideLabel, description }: FieldProps) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const items = listAt(fields, path);
  const tags = items.map(textOf);
  return (
    <TagsInput
      {...labelProps(label, hideLabel)}
      description={description}
      value={tags}
      splitChars={[',']}
      onChange={(next) => {
        const values = next.map((tag) => {
          const kept = items.find((item) => textOf(item) === tag && typeof item !== 'object');
          return (kept ?? tag) as YamlValue;
        });
        setFailure(write().set(path, values));
      }}
      error={errorOf(fields, [path], failure)}
    />
  );
}

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!numberPattern.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A number (or, with `allowText`, a number or a text). What is typed is kept while it means the
 * value the text holds, so "1." or "0.50" do not lose their last character on the way to 1.5;
 * when the text changes otherwise (in the YAML view, or by undo) the field shows the text again.
 */
export function NumberField({
  fields,
  path,
  label,
  hideLabel,
  description,
  allowText = false,
}: FieldProps & { allowText?: boolean }) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const [typed, setTyped] = useState<string | null>(null);
  const current = fields.get(path);
  const means = (text: string): boolean => {
    if (text.trim() === '') return current === undefined || current === null || current === '';
    const number = parseNumber(text);
    if (number !== undefined) return current === number;
    return allowText ? current === text : true;
  };
  const shown = typed !== null && means(typed) ? typed : textOf(current);
  const notANumber =
    !allowText && typed !== null && typed.trim() !== '' && parseNumber(typed) === undefined;
  return (
    <TextInput
      {...labelProps(label, hideLabel)}
      description={description}
      inputMode={allowText ? 'text' : 'decimal'}
      value={shown}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setTyped(text);
        if (text.trim() === '') return setFailure(write().set(path, undefined));
        const number = parseNumber(text);
        if (number !== undefined) return setFailure(write().set(path, number));
        if (allowText) return setFailure(write().set(path, text));
        return setFailure(undefined);
      }}
      onBlur={() => setTyped(null)}
      error={errorOf(fields, [path], notANumber ? 'Enter a number, such as 0 or 99.5' : failure)}
    />
  );
}

interface ItemActionsProps {
  fields: DocumentFields;
  /** The list the item is in. */
  listPath: Path;
  index: number;
  count: number;
  /** How the item is named in the buttons' labels: "Move order_id up". */
  name: string;
  /** Whether Move up/Move down are offered (lists whose order means something). */
  movable?: boolean;
  onMoved?: (from: number, to: number) => void;
  onRemoved?: (index: number) => void;
  onFailure: (failure: string | undefined) => void;
  /** Asked before removing, when removing loses much (a table and its columns). */
  confirmRemove?: string;
}

/** Move up, Move down and Remove for an item of a list; focus follows the moved item. */
export function ItemActions({
  fields,
  listPath,
  index,
  count,
  name,
  movable = true,
  onMoved,
  onRemoved,
  onFailure,
  confirmRemove,
}: ItemActionsProps) {
  const requestFocus = useFocusRequest();
  const write = useLatest(fields);
  const [confirming, setConfirming] = useState(false);
  const itemPath = [...listPath, index];
  const move = (to: number, control: 'up' | 'down') => {
    const failure = write().edit({ op: 'move', path: listPath, from: index, to });
    onFailure(failure);
    if (failure) return;
    onMoved?.(index, to);
    const other = control === 'up' ? 'down' : 'up';
    requestFocus([focusKey([...listPath, to], control), focusKey([...listPath, to], other)]);
  };
  const remove = () => {
    const failure = write().edit({ op: 'remove', path: listPath, index });
    onFailure(failure);
    setConfirming(false);
    if (failure) return;
    onRemoved?.(index);
    const next = Math.min(index, count - 2);
    requestFocus([
      ...(next >= 0 ? [focusKey([...listPath, next], 'remove')] : []),
      focusKey(listPath, 'add'),
    ]);
  };
  if (confirming) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{confirmRemove}</Text>
        <Button
          size="compact-sm"
          color="red"
          onClick={remove}
          data-focus={focusKey(itemPath, 'confirm')}
        >
          Remove {name}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
          Keep it
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {movable && (
        <>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => move(index - 1, 'up')}
            data-focus={focusKey(itemPath, 'up')}
          >
            Move up
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => move(index + 1, 'down')}
            data-focus={focusKey(itemPath, 'down')}
          >
            Move down
          </Button>
        </>
      )}
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={`Remove ${name}`}
        onClick={() => {
          if (!confirmRemove) return remove();
          setConfirming(true);
          requestFocus([focusKey(itemPath, 'confirm')]);
        }}
        data-focus={focusKey(itemPath, 'remove')}
      >
        Remove
      </Button>
    </Group>
  );
}

/** Adds an item at the end of a list and puts the focus on its first field. */
export function AddButton({
  fields,
  listPath,
  value,
  children,
  focusControl = 'name',
  onAdded,
}: {
  fields: DocumentFields;
  listPath: Path;
  value: YamlValue;
  children: ReactNode;
  focusControl?: string;
  onAdded?: (index: number) => void;
}) {
  const requestFocus = useFocusRequest();
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="compact-md"
        variant="light"
        onClick={() => {
          const count = listAt(write(), listPath).length;
          const result = write().edit({ op: 'insert', path: listPath, index: count, value });
          setFailure(result);
          if (result) return;
          onAdded?.(count);
          requestFocus([focusKey([...listPath, count], focusControl)]);
        }}
        data-focus={focusKey(listPath, 'add')}
      >
        {children}
      </Button>
      <ActionFailure failure={failure} />
    </Stack>
  );
}
