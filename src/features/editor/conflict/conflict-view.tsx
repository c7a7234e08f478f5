import {
  Alert,
  Button,
  Code,
  Group,
  Radio,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { stringify } from 'yaml';
import type { EditConflict } from '@/catalog/draft-schemas';
import { CodeText } from '@/components/code-text';
import { SideBySideView } from '@/components/side-by-side-view';
import type { FieldDifference, Side } from './merge-fields';
import { differingFields, mergeFields } from './merge-fields';

export interface ConflictViewProps {
  conflict: EditConflict;
  /** The text being edited. */
  mine: string;
  /** Replace my text with theirs; the edit then starts from their version. */
  onTakeTheirs: () => void;
  /** Keep my text and publish it over theirs next time: the edit's base becomes their version. */
  onKeepMine: () => void;
  /** Use this merge of both texts as my text; the edit's base becomes their version. */
  onMerge: (text: string) => void;
}

const formatMoment = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
};

/** A value as it is written in YAML. */
const written = (value: unknown) => stringify(value).trimEnd();

/** What each choice of a field means, in words. */
function optionsOf(field: FieldDifference): { side: Side; label: string; value?: unknown }[] {
  if (field.mine === undefined) {
    return [
      { side: 'mine', label: 'Leave it out, as in yours' },
      { side: 'theirs', label: 'Add theirs', value: field.theirs },
    ];
  }
  if (field.theirs === undefined) {
    return [
      { side: 'mine', label: 'Keep yours', value: field.mine },
      { side: 'theirs', label: 'Remove it, as in theirs' },
    ];
  }
  return [
    { side: 'mine', label: 'Yours', value: field.mine },
    { side: 'theirs', label: 'Theirs', value: field.theirs },
  ];
}

function situationOf(field: FieldDifference): string {
  if (field.mine === undefined) return 'Only their text has it.';
  if (field.theirs === undefined) return 'Only your text has it.';
  return 'Yours and theirs differ.';
}

function FieldChoice({
  field,
  choice,
  onChoose,
}: {
  field: FieldDifference;
  choice: Side;
  onChoose: (side: Side) => void;
}) {
  const name = field.label || 'the whole document';
  return (
    <Radio.Group
      value={choice}
      onChange={(value) => onChoose(value === 'theirs' ? 'theirs' : 'mine')}
      label={field.label ? <Code>{field.label}</Code> : 'The whole document'}
      description={
        field.key !== field.label && field.key
          ? `${situationOf(field)} By name: ${field.key}.`
          : situationOf(field)
      }
    >
      <Stack gap="xs" mt="xs">
        {optionsOf(field).map((option) => (
          <Radio
            key={option.side}
            value={option.side}
            label={
              <>
                {option.label}
                <VisuallyHidden>, for {name}</VisuallyHidden>
              </>
            }
            description={
              option.value === undefined ? undefined : (
                // Inline, as the description is a paragraph; shown as a block of lines.
                <Code
                  display="block"
                  p="xs"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {written(option.value)}
                </Code>
              )
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function MergePanel({
  id,
  mine,
  theirs,
  version,
  onMerge,
}: {
  id: string;
  mine: string;
  theirs: string;
  version: string;
  onMerge: (text: string) => void;
}) {
  const differences = useMemo(() => differingFields(mine, theirs), [mine, theirs]);
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  if (!differences.ok) {
    return (
      <Text id={id} size="sm">
        Merging field by field needs both texts to be readable:{' '}
        <CodeText text={differences.message} />. Fix your text, or take theirs, or keep mine.
      </Text>
    );
  }
  const fields = differences.fields;
  if (fields.length === 0) {
    return (
      <Text id={id} size="sm">
        Your text and version {version} have the same values: they differ only in comments or
        layout. Keep mine publishes yours.
      </Text>
    );
  }
  const taken = fields.filter((field) => choices.get(field.key) === 'theirs').length;
  const merge = () => {
    const result = mergeFields(mine, theirs, choices);
    if (result.ok) {
      setProblem(null);
      onMerge(result.text);
    } else setProblem(result.message);
  };

  return (
    <Stack id={id} gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={4} id={`${id}-title`}>
        {fields.length === 1 ? 'One field differs' : `${fields.length} fields differ`}
      </Title>
      <Text size="sm">
        Choose whose value to keep for each. The merge starts from your text, with your comments and
        layout; only the fields where you choose theirs change.
      </Text>
      {fields.map((field) => (
        <FieldChoice
          key={field.key}
          field={field}
          choice={choices.get(field.key) ?? 'mine'}
          onChoose={(side) => {
            setChoices((before) => new Map(before).set(field.key, side));
            setProblem(null);
          }}
        />
      ))}
      {problem ? (
        <Alert color="red" variant="light" title="The texts could not be merged">
          <Text size="sm">
            <CodeText text={problem} />
          </Text>
        </Alert>
      ) : null}
      <Group gap="sm" align="center">
        <Button onClick={merge}>Use merged text</Button>
        <Text size="sm" c="dimmed" role="status">
          {taken === 0
            ? 'All yours so far'
            : `${taken} of ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} from theirs`}
        </Text>
      </Group>
    </Stack>
  );
}

/**
 * What to do when someone else published a version while this edit was under way: who, which
 * version and when; their text beside mine; and take theirs, keep mine, or merge field by field.
 */
export function ConflictView({
  conflict,
  mine,
  onTakeTheirs,
  onKeepMine,
  onMerge,
}: ConflictViewProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const mergeId = `${id}-merge`;
  const [merging, setMerging] = useState(false);
  const current = conflict.current;

  const serverSays = (
    <Text size="sm" mt="xs">
      <CodeText text={conflict.message} />
    </Text>
  );

  if (!current) {
    return (
      <Stack component="section" aria-labelledby={headingId} gap="sm">
        <Alert color="orange" variant="light">
          <Title order={3} size="h4" id={headingId}>
            Not published: this document is no longer in the catalog
          </Title>
          <Text size="sm" mt="xs">
            It was deleted, or never published, after your edit started, so there is no version to
            compare with. Keep mine publishes your text as it is next time.
          </Text>
          {serverSays}
        </Alert>
        <Group gap="sm">
          <Button onClick={onKeepMine}>Keep mine</Button>
        </Group>
      </Stack>
    );
  }

  const theirLabel = `Theirs (version ${current.version})`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Alert color="orange" variant="light">
        <Title order={3} size="h4" id={headingId}>
          Not published: version {current.version} was published meanwhile
        </Title>
        <Text size="sm" mt="xs">
          {current.createdBy} published version {current.version} on{' '}
          {formatMoment(current.createdAt)}, after your edit started. Publishing yours now would
          replace it unseen, so choose what to keep.
        </Text>
        {serverSays}
      </Alert>
      <SideBySideView before={current.text} after={mine} labels={[theirLabel, 'Yours']} />
      <Text size="sm">
        Take theirs replaces your text with version {current.version}: your changes are lost. Keep
        mine publishes your text over it next time. Merge field by field lets you choose, for each
        value that differs, whose to keep.
      </Text>
      <Group gap="sm">
        <Button variant="default" onClick={onTakeTheirs}>
          Take theirs
        </Button>
        <Button variant="default" onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button
          variant={merging ? 'light' : 'default'}
          aria-expanded={merging}
          aria-controls={merging ? mergeId : undefined}
          onClick={() => setMerging((open) => !open)}
        >
          Merge field by field
        </Button>
      </Group>
      {merging ? (
        <MergePanel
          id={mergeId}
          mine={mine}
          theirs={current.text}
          version={current.version}
          onMerge={onMerge}
        />
      ) : null}
    </Stack>
  );
}
