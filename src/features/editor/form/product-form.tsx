import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { YamlValue } from '@/catalog/editing/edit-yaml';
import type { DocumentFields } from './document-fields';
import type { Path } from './inputs';
import {
  ActionFailure,
  AddButton,
  FormScope,
  ItemActions,
  listAt,
  MarkdownField,
  SelectField,
  TagsField,
  TextField,
} from './inputs';

const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const statuses = plain(['proposed', 'draft', 'active', 'deprecated', 'retired']);
const supportTools = plain([
  'email',
  'slack',
  'teams',
  'discord',
  'ticket',
  'documentation',
  'other',
]);
const supportScopes = plain(['interactive', 'announcements', 'issues', 'notifications']);

const nameOr = (fallback: string) => (item: unknown, index: number) => {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const name = record.name ?? record.username ?? record.channel;
  return typeof name === 'string' && name.trim() ? name : `${fallback} ${index + 1}`;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A list of mappings (ports, members, channels), each in its own box with its actions. */
function ItemList({
  fields,
  path,
  itemLabel,
  nameOf,
  newItem,
  children,
}: {
  fields: DocumentFields;
  path: Path;
  /** "output port": used in the buttons' names. */
  itemLabel: string;
  nameOf: (item: unknown, index: number) => string;
  newItem: (count: number) => YamlValue;
  children: (itemPath: Path) => ReactNode;
}) {
  const [failure, setFailure] = useState<string | undefined>();
  const items = listAt(fields, path);
  return (
    <Stack gap="sm">
      {items.map((item, index) => {
        const name = nameOf(item, index);
        return (
          <Paper key={index} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Stack gap={6}>
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Text>
                <ItemActions
                  fields={fields}
                  listPath={path}
                  index={index}
                  count={items.length}
                  name={`${itemLabel} ${name}`}
                  onFailure={setFailure}
                />
              </Stack>
              {children([...path, index])}
            </Stack>
          </Paper>
        );
      })}
      <ActionFailure failure={failure} />
      <AddButton fields={fields} listPath={path} value={newItem(items.length)}>
        Add {itemLabel}
      </AddButton>
    </Stack>
  );
}

/** The fields of an ODPS descriptor that owners change most, in the order people read them. */
export function ProductForm({ fields }: { fields: DocumentFields }) {
  return (
    <FormScope fields={fields}>
      <Stack gap="xl">
        <Section title="About">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField fields={fields} path={['name']} label="Name" />
            <SelectField fields={fields} path={['status']} label="Status" choices={statuses} />
            <TextField fields={fields} path={['domain']} label="Domain" />
            <TextField
              fields={fields}
              path={['version']}
              label="Version"
              description="The new version's number, such as 1.3.0."
            />
          </SimpleGrid>
          <MarkdownField fields={fields} path={['description', 'purpose']} label="Purpose" />
          <MarkdownField fields={fields} path={['description', 'usage']} label="Usage" />
          <MarkdownField
            fields={fields}
            path={['description', 'limitations']}
            label="Limitations"
          />
        </Section>
        <Section title="Tags">
          <TagsField
            fields={fields}
            path={['tags']}
            label="Tags"
            description="Press Enter or type a comma after each."
          />
        </Section>
        <Section title="Team">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField fields={fields} path={['team', 'name']} label="Team name" />
            <TextField fields={fields} path={['team', 'description']} label="Team description" />
          </SimpleGrid>
          <ItemList
            fields={fields}
            path={['team', 'members']}
            itemLabel="member"
            nameOf={nameOr('Member')}
            newItem={(count) => ({ username: `member-${count + 1}`, role: 'member' })}
          >
            {(path) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextField fields={fields} path={[...path, 'username']} label="Username" />
                <TextField fields={fields} path={[...path, 'name']} label="Full name" />
                <TextField fields={fields} path={[...path, 'role']} label="Role" />
              </SimpleGrid>
            )}
          </ItemList>
        </Section>
        <Section title="Support">
          <ItemList
            fields={fields}
            path={['support']}
            itemLabel="support channel"
            nameOf={nameOr('Channel')}
            newItem={(count) => ({ channel: `channel-${count + 1}`, tool: 'email' })}
          >
            {(path) => (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextField fields={fields} path={[...path, 'channel']} label="Channel" />
                <SelectField
                  fields={fields}
                  path={[...path, 'tool']}
                  label="Tool"
                  choices={supportTools}
                />
                <TextField fields={fields} path={[...path, 'url']} label="Address (URL)" />
                <SelectField
                  fields={fields}
                  path={[...path, 'scope']}
                  label="Scope"
                  choices={supportScopes}
                />
                <TextField fields={fields} path={[...path, 'description']} label="Description" />
              </SimpleGrid>
            )}
          </ItemList>
        </Section>
        <Section title="Output ports">
          <ItemList
            fields={fields}
            path={['outputPorts']}
            itemLabel="output port"
            nameOf={nameOr('Output port')}
            newItem={(count) => ({ name: `port-${count + 1}`, version: '0.1.0' })}
          >
            {(path) => (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextField fields={fields} path={[...path, 'name']} label="Port name" />
                <TextField fields={fields} path={[...path, 'version']} label="Port version" />
                <TextField fields={fields} path={[...path, 'type']} label="Type" />
                <TextField fields={fields} path={[...path, 'contractId']} label="Contract id" />
                <TextField fields={fields} path={[...path, 'description']} label="Description" />
              </SimpleGrid>
            )}
          </ItemList>
        </Section>
        <Section title="Input ports">
          <ItemList
            fields={fields}
            path={['inputPorts']}
            itemLabel="input port"
            nameOf={nameOr('Input port')}
            newItem={(count) => ({ name: `input-${count + 1}`, version: '1.0.0' })}
          >
            {(path) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextField fields={fields} path={[...path, 'name']} label="Port name" />
                <TextField fields={fields} path={[...path, 'version']} label="Port version" />
                <TextField fields={fields} path={[...path, 'contractId']} label="Contract id" />
              </SimpleGrid>
            )}
          </ItemList>
        </Section>
      </Stack>
    </FormScope>
  );
}
