import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useState } from 'react';
import { describeQualityRule } from '@/catalog/quality/quality-rules';
import type { OdcsQualityRule } from '@/catalog/standards/odcs';
import type { YamlValue } from '@/catalog/editing/edit-yaml';
import type { DocumentFields } from './document-fields';
import type { Path } from './inputs';
import {
  ActionFailure,
  AddButton,
  errorOf,
  focusKey,
  ItemActions,
  listAt,
  LongTextField,
  NumberField,
  PlaceIssues,
  recordAt,
  SelectField,
  SuggestField,
  TextField,
  textOf,
  sameItem,
  useEditFailure,
  useFocusRequest,
  useLatest,
} from './inputs';
import type { Comparison } from './contract-options';
import {
  comparisons,
  qualityDimensions,
  qualityMetrics,
  qualitySeverities,
  qualityTypes,
  withCurrent,
} from './contract-options';

type RuleKind = 'library' | 'sql' | 'text' | 'custom';

function kindOf(rule: Record<string, unknown>): RuleKind {
  const type = rule.type;
  if (type === 'library' || type === 'sql' || type === 'text' || type === 'custom') return type;
  if (rule.metric !== undefined || rule.rule !== undefined) return 'library';
  if (rule.query !== undefined) return 'sql';
  return 'library';
}

const tableRule: YamlValue = { type: 'library', metric: 'rowCount', mustBeGreaterThan: 0 };
const columnRule: YamlValue = { type: 'library', metric: 'nullValues', mustBe: 0 };

/** The threshold of a rule: which comparison, and the number (or the two numbers) it is against. */
function ThresholdFields({ fields, path }: { fields: DocumentFields; path: Path }) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const rule = recordAt(fields, path);
  const current = comparisons.find((comparison) => comparison.value in rule);
  const change = (next: Comparison | null) => {
    if (next === null)
      return current ? write().set([...path, current.value], undefined) : undefined;
    const range = comparisons.find((comparison) => comparison.value === next)?.range ?? false;
    const old = current ? rule[current.value] : undefined;
    const first = Array.isArray(old) ? old[0] : old;
    const start = typeof first === 'number' ? first : 0;
    const value: YamlValue = range ? [start, start + 1] : start;
    if (!current) return write().set([...path, next], value);
    // Replacing the key keeps its place among the rule's keys.
    const replaced = Object.fromEntries(
      Object.entries(rule).map(([key, entry]) =>
        key === current.value ? [next, value] : [key, entry],
      ),
    );
    return write().set(path, replaced as YamlValue);
  };
  return (
    <>
      <Select
        label="Result must be"
        data={comparisons.map(({ value, label }) => ({ value, label }))}
        value={current?.value ?? null}
        onChange={(value) => setFailure(change(value as Comparison | null))}
        clearable
        allowDeselect={false}
        error={errorOf(fields, current ? [] : [path], failure)}
      />
      {current?.range ? (
        <Group grow gap="xs" align="flex-start">
          <NumberField fields={fields} path={[...path, current.value, 0]} label="From" />
          <NumberField fields={fields} path={[...path, current.value, 1]} label="To" />
        </Group>
      ) : current ? (
        <NumberField
          fields={fields}
          path={[...path, current.value]}
          label="Threshold"
          allowText={current.value === 'mustBe' || current.value === 'mustNotBe'}
        />
      ) : null}
    </>
  );
}

interface QualityRuleProps {
  fields: DocumentFields;
  listPath: Path;
  index: number;
  count: number;
  subject: string;
  column?: string;
  open: boolean;
  onToggle: (index: number) => void;
  onFailure: (failure: string | undefined) => void;
}

const ruleKeys = [
  'type',
  'metric',
  'rule',
  'engine',
  'unit',
  'dimension',
  'severity',
  'query',
  'description',
];

/** The places a rule's fields show problems for. */
function rulePlaces(path: Path): Path[] {
  return [
    path,
    ...ruleKeys.map((key) => [...path, key]),
    ...comparisons.flatMap(({ value }) => [
      [...path, value],
      [...path, value, 0],
      [...path, value, 1],
    ]),
  ];
}

function QualityRuleFields({
  fields,
  listPath,
  index,
  count,
  subject,
  column,
  open,
  onToggle,
  onFailure,
}: QualityRuleProps) {
  const path = [...listPath, index];
  const rule = recordAt(fields, path);
  const kind = kindOf(rule);
  const name = `rule ${index + 1} on ${subject}`;
  const reads = describeQualityRule(rule as OdcsQualityRule, column).text;
  // A rule with a problem in one of its fields is shown open, so the problem is on its field.
  const shown =
    open ||
    rulePlaces(path).some(
      (place) => place.length > path.length && fields.issuesAt(place).length > 0,
    );
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      role="group"
      aria-label={`Rule ${index + 1} on ${subject}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={500} size="sm">
              Rule {index + 1}
            </Text>
            <Text size="sm" c="dimmed">
              Reads: {reads}
            </Text>
          </Stack>
          <Group gap={6}>
            <Button
              size="compact-sm"
              variant="default"
              aria-label={shown ? `Close ${name}` : `Edit ${name}`}
              aria-expanded={shown}
              onClick={() => onToggle(index)}
              data-focus={focusKey(path, 'edit')}
            >
              {shown ? 'Close' : 'Edit'}
            </Button>
            <ItemActions
              fields={fields}
              listPath={listPath}
              index={index}
              count={count}
              name={name}
              movable={false}
              onFailure={onFailure}
            />
          </Group>
        </Group>
        <PlaceIssues fields={fields} path={path} />
        {shown && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              <SelectField
                fields={fields}
                path={[...path, 'type']}
                label="Type"
                choices={withCurrent(qualityTypes, rule.type)}
                focus={focusKey(path, 'type')}
              />
              {kind === 'library' &&
                (rule.metric === undefined && rule.rule !== undefined ? (
                  <TextField
                    fields={fields}
                    path={[...path, 'rule']}
                    label="Rule"
                    description="The ODCS 3.0 name of the metric"
                  />
                ) : (
                  <SelectField
                    fields={fields}
                    path={[...path, 'metric']}
                    label="Metric"
                    choices={withCurrent(qualityMetrics, rule.metric)}
                  />
                ))}
              {kind === 'custom' && (
                <TextField fields={fields} path={[...path, 'engine']} label="Engine" />
              )}
              {kind !== 'text' && <ThresholdFields fields={fields} path={path} />}
              {kind !== 'text' && (
                <SuggestField
                  fields={fields}
                  path={[...path, 'unit']}
                  label="Unit"
                  suggestions={['rows', 'percent']}
                />
              )}
              <SelectField
                fields={fields}
                path={[...path, 'dimension']}
                label="Dimension"
                choices={withCurrent(qualityDimensions, rule.dimension)}
              />
              <SelectField
                fields={fields}
                path={[...path, 'severity']}
                label="Severity"
                choices={withCurrent(qualitySeverities, rule.severity)}
              />
            </SimpleGrid>
            {kind === 'sql' && (
              <LongTextField fields={fields} path={[...path, 'query']} label="SQL query" />
            )}
            <LongTextField fields={fields} path={[...path, 'description']} label="Description" />
          </>
        )}
      </Stack>
    </Paper>
  );
}

const QualityRule = memo(
  QualityRuleFields,
  sameItem<QualityRuleProps>(
    (props) => [...props.listPath, props.index],
    (props) => rulePlaces([...props.listPath, props.index]),
  ),
);

/** The rules of one `quality` list, each shown as it reads and opened to edit. */
export function QualityRules({
  fields,
  path,
  subject,
  column,
  initiallyOpen = [],
}: {
  fields: DocumentFields;
  path: Path;
  subject: string;
  column?: string;
  initiallyOpen?: readonly number[];
}) {
  const [failure, setFailure] = useEditFailure();
  const [open, setOpen] = useState<readonly number[]>(initiallyOpen);
  const toggle = useCallback(
    (index: number) =>
      setOpen((current) =>
        current.includes(index) ? current.filter((entry) => entry !== index) : [...current, index],
      ),
    [],
  );
  const rules = listAt(fields, path);
  return (
    <Stack gap="sm">
      <PlaceIssues fields={fields} path={path} />
      {rules.map((_, index) => (
        <QualityRule
          key={index}
          fields={fields}
          listPath={path}
          index={index}
          count={rules.length}
          subject={subject}
          column={column}
          open={open.includes(index)}
          onToggle={toggle}
          onFailure={setFailure}
        />
      ))}
      <ActionFailure failure={failure} />
      <AddButton
        fields={fields}
        listPath={path}
        value={column === undefined ? tableRule : columnRule}
        focusControl="type"
        onAdded={(index) => setOpen((current) => [...current, index])}
      >
        Add a rule on {subject}
      </AddButton>
    </Stack>
  );
}

interface ColumnPlace {
  path: Path;
  /** Dotted from the table: `address.city`; array items end in `[]`. */
  name: string;
}

/** Every column of a table, nested ones too, in document order. */
function columnsOf(fields: DocumentFields, listPath: Path, prefix = ''): ColumnPlace[] {
  return listAt(fields, listPath).flatMap((_, index) => {
    const path = [...listPath, index];
    const property = recordAt(fields, path);
    const name = `${prefix}${textOf(property.name) || `column ${index + 1}`}`;
    const items = recordAt(fields, [...path, 'items']);
    return [
      { path, name },
      ...columnsOf(fields, [...path, 'properties'], `${name}.`),
      ...(Object.keys(items).length > 0
        ? columnsOf(fields, [...path, 'items', 'properties'], `${name}[].`)
        : []),
    ];
  });
}

/** Adds the first rule on a column that has none yet. */
function AddColumnRule({
  fields,
  table,
  columns,
  onAdded,
}: {
  fields: DocumentFields;
  table: string;
  columns: readonly ColumnPlace[];
  onAdded: (column: string) => void;
}) {
  const requestFocus = useFocusRequest();
  const write = useLatest(fields);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useEditFailure();
  if (columns.length === 0) return null;
  const choice = columns.find((column) => focusKey(column.path, '') === chosen);
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={`Add a rule on a column of ${table}`}
        placeholder="Choose a column"
        data={columns.map((column) => ({ value: focusKey(column.path, ''), label: column.name }))}
        value={chosen}
        onChange={setChosen}
        searchable
        error={failure && <span role="alert">{failure}</span>}
      />
      <Button
        variant="light"
        disabled={!choice}
        onClick={() => {
          if (!choice) return;
          const listPath = [...choice.path, 'quality'];
          const count = listAt(write(), listPath).length;
          const result = write().edit({
            op: 'insert',
            path: listPath,
            index: count,
            value: columnRule,
          });
          setFailure(result);
          if (result) return;
          setChosen(null);
          onAdded(focusKey(choice.path, ''));
          requestFocus([focusKey([...listPath, count], 'type')]);
        }}
      >
        Add rule
      </Button>
    </Group>
  );
}

/** Quality rules of each table: on the table itself, then on its columns. */
export function QualitySection({ fields }: { fields: DocumentFields }) {
  // The column whose first rule was just added: that rule opens for editing.
  const [added, setAdded] = useState<string | null>(null);
  const tables = listAt(fields, ['schema']);
  if (tables.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Quality rules belong to tables and columns; add a table under Schema first.
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {tables.map((_, index) => {
        const path = ['schema', index];
        const table = textOf(recordAt(fields, path).name) || `table ${index + 1}`;
        const columns = columnsOf(fields, [...path, 'properties']);
        const withRules = columns.filter(
          (column) => listAt(fields, [...column.path, 'quality']).length > 0,
        );
        const without = columns.filter((column) => !withRules.includes(column));
        return (
          <Stack key={index} gap="sm">
            <Title order={4}>Table {table}</Title>
            <QualityRules fields={fields} path={[...path, 'quality']} subject={table} />
            {withRules.map((column) => (
              <Stack key={focusKey(column.path, '')} gap="xs">
                <Title order={5}>Column {column.name}</Title>
                <QualityRules
                  fields={fields}
                  path={[...column.path, 'quality']}
                  subject={column.name}
                  column={column.name}
                  initiallyOpen={added === focusKey(column.path, '') ? [0] : []}
                />
              </Stack>
            ))}
            <AddColumnRule fields={fields} table={table} columns={without} onAdded={setAdded} />
          </Stack>
        );
      })}
    </Stack>
  );
}
