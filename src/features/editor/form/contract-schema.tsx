import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useCallback, useId, useState } from 'react';
import type { DocumentFields } from './document-fields';
import type { Path } from './inputs';
import {
  ActionFailure,
  AddButton,
  FlagField,
  focusKey,
  ItemActions,
  listAt,
  LongTextField,
  PlaceIssues,
  recordAt,
  SelectField,
  SuggestField,
  TagsField,
  TextField,
  textOf,
  unusedName,
  sameItem,
  useEditFailure,
} from './inputs';
import { classificationSuggestions, logicalTypes, withCurrent } from './contract-options';

const headers = [
  'Name',
  'Logical type',
  'Required',
  'Primary key',
  'Classification',
  'Description',
  'Examples',
  'Actions',
];

/** Keeps the open details with their column when columns move or go. */
function moved(open: readonly number[], from: number, to: number): number[] {
  return open.map((index) => {
    if (index === from) return to;
    if (from < to && index > from && index <= to) return index - 1;
    if (from > to && index < from && index >= to) return index + 1;
    return index;
  });
}

const removed = (open: readonly number[], at: number) =>
  open.filter((index) => index !== at).map((index) => (index > at ? index - 1 : index));

interface PropertyRowProps {
  fields: DocumentFields;
  listPath: Path;
  index: number;
  count: number;
  /** The dotted name of the column this one is nested in, for labels. */
  parent?: string;
  open: boolean;
  onToggle: (index: number) => void;
  onMoved: (from: number, to: number) => void;
  onRemoved: (index: number) => void;
  onFailure: (failure: string | undefined) => void;
}

function PropertyRowFields({
  fields,
  listPath,
  index,
  count,
  parent,
  open,
  onToggle,
  onMoved,
  onRemoved,
  onFailure,
}: PropertyRowProps) {
  const detailsId = useId();
  const path = [...listPath, index];
  const property = recordAt(fields, path);
  const own = textOf(property.name) || `column ${index + 1}`;
  const name = parent ? `${parent}.${own}` : own;
  const nested = listAt(fields, [...path, 'properties']).length;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <TextField
            fields={fields}
            path={[...path, 'name']}
            label={
              parent ? `Name of column ${index + 1} of ${parent}` : `Name of column ${index + 1}`
            }
            hideLabel
            alsoIssuesOf={[path]}
            focus={focusKey(path, 'name')}
          />
          {property.logicalType === 'object' && (
            <Text size="xs" c="dimmed" mt={4}>
              {nested === 1 ? '1 nested column' : `${nested} nested columns`}, in its details
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <SelectField
            fields={fields}
            path={[...path, 'logicalType']}
            label={`Logical type of ${name}`}
            hideLabel
            choices={withCurrent(logicalTypes, property.logicalType)}
          />
        </Table.Td>
        <Table.Td>
          <FlagField
            fields={fields}
            path={[...path, 'required']}
            label={`${name} is required`}
            hideLabel
          />
        </Table.Td>
        <Table.Td>
          <FlagField
            fields={fields}
            path={[...path, 'primaryKey']}
            label={`${name} is part of the primary key`}
            hideLabel
          />
        </Table.Td>
        <Table.Td>
          <SuggestField
            fields={fields}
            path={[...path, 'classification']}
            label={`Classification of ${name}`}
            hideLabel
            suggestions={classificationSuggestions}
          />
        </Table.Td>
        <Table.Td>
          <LongTextField
            fields={fields}
            path={[...path, 'description']}
            label={`Description of ${name}`}
            hideLabel
          />
        </Table.Td>
        <Table.Td>
          <TagsField
            fields={fields}
            path={[...path, 'examples']}
            label={`Examples of ${name}`}
            hideLabel
          />
        </Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              aria-label={`Details of ${name}`}
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => onToggle(index)}
            >
              Details
            </Button>
            <ItemActions
              fields={fields}
              listPath={listPath}
              index={index}
              count={count}
              name={name}
              onMoved={onMoved}
              onRemoved={onRemoved}
              onFailure={onFailure}
            />
          </Group>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={headers.length} bg="var(--mantine-color-gray-light)">
            <PropertyDetails fields={fields} path={path} name={name} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

const rowKeys = [
  'name',
  'logicalType',
  'required',
  'primaryKey',
  'classification',
  'description',
  'examples',
];

/** A row renders again only when its column changed; an open row always does (it nests). */
const PropertyRow = memo(PropertyRowFields, (previous, next) => {
  if (next.open) return false;
  return sameItem<PropertyRowProps>(
    (props) => [...props.listPath, props.index],
    (props) => {
      const path = [...props.listPath, props.index];
      return [path, ...rowKeys.map((key) => [...path, key])];
    },
  )(previous, next);
});

/** What a row has no room for: names and types in the source, and nested columns. */
function PropertyDetails({
  fields,
  path,
  name,
}: {
  fields: DocumentFields;
  path: Path;
  name: string;
}) {
  const property = recordAt(fields, path);
  const items = recordAt(fields, [...path, 'items']);
  return (
    <Stack gap="sm" py="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextField
          fields={fields}
          path={[...path, 'businessName']}
          label={`Business name of ${name}`}
        />
        <TextField
          fields={fields}
          path={[...path, 'physicalName']}
          label={`Physical name of ${name}`}
        />
        <TextField
          fields={fields}
          path={[...path, 'physicalType']}
          label={`Physical type of ${name}`}
        />
      </SimpleGrid>
      <FlagField fields={fields} path={[...path, 'unique']} label={`${name} is unique`} />
      {(property.logicalType === 'object' || property.properties !== undefined) && (
        <Stack gap="xs">
          <Title order={5}>Columns of {name}</Title>
          <PropertiesTable fields={fields} listPath={[...path, 'properties']} parent={name} />
        </Stack>
      )}
      {property.logicalType === 'array' && (
        <Stack gap="xs">
          <SelectField
            fields={fields}
            path={[...path, 'items', 'logicalType']}
            label={`Logical type of the items of ${name}`}
            choices={withCurrent(logicalTypes, items.logicalType)}
          />
          {items.logicalType === 'object' && (
            <>
              <Title order={5}>Columns of each item of {name}</Title>
              <PropertiesTable
                fields={fields}
                listPath={[...path, 'items', 'properties']}
                parent={`${name}[]`}
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The columns of a table (or of an object column) as rows. Wider than a phone, so the table
 * scrolls inside its own container and the page never scrolls sideways.
 */
function PropertiesTable({
  fields,
  listPath,
  parent,
  table,
}: {
  fields: DocumentFields;
  listPath: Path;
  parent?: string;
  table?: string;
}) {
  const [open, setOpen] = useState<number[]>([]);
  const [failure, setFailure] = useEditFailure();
  const properties = listAt(fields, listPath);
  const toggle = useCallback(
    (index: number) =>
      setOpen((current) =>
        current.includes(index) ? current.filter((entry) => entry !== index) : [...current, index],
      ),
    [],
  );
  const onMoved = useCallback(
    (from: number, to: number) => setOpen((current) => moved(current, from, to)),
    [],
  );
  const onRemoved = useCallback((at: number) => setOpen((current) => removed(current, at)), []);
  const owner = parent ?? table ?? 'the table';
  return (
    <Stack gap="sm">
      <PlaceIssues fields={fields} path={listPath} />
      {properties.length === 0 ? (
        <Text size="sm" c="dimmed">
          No columns yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={1240} type="native">
          <Table verticalSpacing="xs" aria-label={`Columns of ${owner}`} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header} w={columnWidths[header]}>
                    {header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {properties.map((_, index) => (
                <PropertyRow
                  key={index}
                  fields={fields}
                  listPath={listPath}
                  index={index}
                  count={properties.length}
                  parent={parent}
                  open={open.includes(index)}
                  onToggle={toggle}
                  onMoved={onMoved}
                  onRemoved={onRemoved}
                  onFailure={setFailure}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ActionFailure failure={failure} />
      <AddButton
        fields={fields}
        listPath={listPath}
        value={{ name: unusedName(properties, 'name', 'new_column'), logicalType: 'string' }}
      >
        Add a column to {owner}
      </AddButton>
    </Stack>
  );
}

const columnWidths: Record<string, number> = {
  Name: 170,
  'Logical type': 130,
  Required: 80,
  'Primary key': 90,
  Classification: 140,
  Description: 240,
  Examples: 180,
  Actions: 300,
};

function SchemaTable({
  fields,
  index,
  count,
}: {
  fields: DocumentFields;
  index: number;
  count: number;
}) {
  const [failure, setFailure] = useEditFailure();
  const path = ['schema', index];
  const table = recordAt(fields, path);
  const name = textOf(table.name) || `table ${index + 1}`;
  const columns = listAt(fields, [...path, 'properties']).length;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={4}>Table {name}</Title>
          <ItemActions
            fields={fields}
            listPath={['schema']}
            index={index}
            count={count}
            name={`table ${name}`}
            onFailure={setFailure}
            confirmRemove={
              columns === 0
                ? `Remove ${name}?`
                : `Remove ${name} and its ${columns === 1 ? 'column' : `${columns} columns`}?`
            }
          />
        </Group>
        <ActionFailure failure={failure} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField
            fields={fields}
            path={[...path, 'name']}
            label="Table name"
            alsoIssuesOf={[path]}
            focus={focusKey(path, 'name')}
          />
          <TextField fields={fields} path={[...path, 'businessName']} label="Business name" />
          <TextField fields={fields} path={[...path, 'physicalName']} label="Physical name" />
        </SimpleGrid>
        <LongTextField
          fields={fields}
          path={[...path, 'description']}
          label={`Description of ${name}`}
        />
        <PropertiesTable fields={fields} listPath={[...path, 'properties']} table={name} />
      </Stack>
    </Paper>
  );
}

/** The tables of the contract (`schema[]`), each with its columns. */
export function SchemaSection({ fields }: { fields: DocumentFields }) {
  const tables = listAt(fields, ['schema']);
  return (
    <Stack gap="lg">
      <PlaceIssues fields={fields} path={['schema']} />
      {tables.length === 0 && (
        <Text size="sm" c="dimmed">
          No tables yet.
        </Text>
      )}
      {tables.map((_, index) => (
        <SchemaTable key={index} fields={fields} index={index} count={tables.length} />
      ))}
      <AddButton
        fields={fields}
        listPath={['schema']}
        value={{ name: unusedName(tables, 'name', 'new_table'), logicalType: 'object' }}
      >
        Add a table
      </AddButton>
    </Stack>
  );
}
