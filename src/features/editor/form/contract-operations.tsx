import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo, useState } from 'react';
import type { ReactNode } from 'react';
import { describeSlaTerm } from '@/catalog/sla/sla-terms';
import type { OdcsSlaProperty } from '@/catalog/standards/odcs';
import type { DocumentFields } from './document-fields';
import type { Path } from './inputs';
import {
  ActionFailure,
  AddButton,
  focusKey,
  ItemActions,
  listAt,
  NumberField,
  parseNumber,
  PlaceIssues,
  recordAt,
  SelectField,
  TextField,
  textOf,
  unusedName,
  sameItem,
  useEditFailure,
  useLatest,
} from './inputs';
import {
  fieldsOfServerType,
  roleAccess,
  serverCommonKeys,
  serverTypes,
  slaPropertyChoices,
  slaUnitChoices,
  withCurrent,
} from './contract-options';

function ItemHeader({
  title,
  detail,
  actions,
}: {
  title: string;
  detail?: string;
  actions: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" gap="xs">
      <Stack gap={0}>
        <Title order={4} size="h5">
          {title}
        </Title>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}

interface CardProps {
  fields: DocumentFields;
  index: number;
  count: number;
  onFailure: (failure: string | undefined) => void;
}

/** For `memo`: a card renders again only when its item, or the problems at its fields, changed. */
const sameCard = (list: string, keys: (item: Record<string, unknown>) => readonly string[]) =>
  sameItem<CardProps>(
    (props) => [list, props.index],
    (props) => {
      const path = [list, props.index];
      return [path, ...keys(recordAt(props.fields, path)).map((key) => [...path, key])];
    },
  );

function ServiceLevelCard({ fields, index, count, onFailure }: CardProps) {
  const listPath = ['slaProperties'];
  const path = [...listPath, index];
  const sla = recordAt(fields, path);
  const property = textOf(sla.property);
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="sm">
        <ItemHeader
          title={`Service level ${index + 1}`}
          detail={
            property
              ? `Reads: ${describeSlaTerm(sla as unknown as OdcsSlaProperty).text}`
              : undefined
          }
          actions={
            <ItemActions
              fields={fields}
              listPath={listPath}
              index={index}
              count={count}
              name={`service level ${property || index + 1}`}
              movable={false}
              onFailure={onFailure}
            />
          }
        />
        <PlaceIssues fields={fields} path={path} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <SelectField
            fields={fields}
            path={[...path, 'property']}
            label="Property"
            choices={withCurrent(slaPropertyChoices, sla.property)}
            focus={focusKey(path, 'property')}
          />
          <NumberField fields={fields} path={[...path, 'value']} label="Value" allowText />
          <SelectField
            fields={fields}
            path={[...path, 'unit']}
            label="Unit"
            choices={slaUnitChoices(sla.unit)}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

const ServiceLevel = memo(
  ServiceLevelCard,
  sameCard('slaProperties', () => ['property', 'value', 'unit']),
);

/** `slaProperties[]`: each promise with its value and unit, and how consumers will read it. */
export function ServiceLevelsSection({ fields }: { fields: DocumentFields }) {
  const [failure, setFailure] = useEditFailure();
  const listPath = ['slaProperties'];
  const levels = listAt(fields, listPath);
  return (
    <Stack gap="sm">
      <PlaceIssues fields={fields} path={listPath} />
      {levels.length === 0 && (
        <Text size="sm" c="dimmed">
          No service levels yet.
        </Text>
      )}
      {levels.map((_, index) => (
        <ServiceLevel
          key={index}
          fields={fields}
          index={index}
          count={levels.length}
          onFailure={setFailure}
        />
      ))}
      <ActionFailure failure={failure} />
      <AddButton
        fields={fields}
        listPath={listPath}
        value={{ property: 'latency', value: 1, unit: 'd' }}
        focusControl="property"
      >
        Add a service level
      </AddButton>
    </Stack>
  );
}

/** A field the form has no control of its own for, as a key and its value. */
function OtherServerField({
  fields,
  path,
  server,
}: {
  fields: DocumentFields;
  path: Path;
  server: string;
}) {
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const key = String(path[path.length - 1]);
  const value = fields.get(path);
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      {value !== null && typeof value === 'object' ? (
        <Text size="sm" style={{ flex: 1 }}>
          {key}: a list or mapping; edit it in the YAML view.
        </Text>
      ) : (
        <div style={{ flex: 1, minWidth: 0 }}>
          {typeof value === 'number' ? (
            <NumberField fields={fields} path={path} label={key} allowText />
          ) : (
            <TextField fields={fields} path={path} label={key} />
          )}
        </div>
      )}
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        mb={6}
        aria-label={`Remove ${key} of ${server}`}
        onClick={() => setFailure(write().edit({ op: 'delete', path }))}
      >
        Remove
      </Button>
      <ActionFailure failure={failure} />
    </Group>
  );
}

/** Adds a field the server type does not name, as a key and a value. */
function AddServerField({
  fields,
  path,
  server,
}: {
  fields: DocumentFields;
  path: Path;
  server: string;
}) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [failure, setFailure] = useEditFailure();
  const write = useLatest(fields);
  const add = () => {
    const name = key.trim();
    if (name === '') return setFailure('Name the field first');
    if (write().get([...path, name]) !== undefined) {
      return setFailure(`${server} already has ${name}; change it above`);
    }
    if (value.trim() === '') return setFailure(`Give ${name} a value`);
    const result = write().set([...path, name], parseNumber(value) ?? value);
    setFailure(result);
    if (result) return;
    setKey('');
    setValue('');
  };
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={`New field of ${server}`}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
        />
        <TextInput
          label="Its value"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button variant="light" onClick={add}>
          Add field
        </Button>
      </Group>
      <ActionFailure failure={failure} />
    </Stack>
  );
}

function ServerCardFields({ fields, index, count, onFailure }: CardProps) {
  const path = ['servers', index];
  const server = recordAt(fields, path);
  const name = textOf(server.server) || `server ${index + 1}`;
  const typed = fieldsOfServerType(server.type);
  const typedKeys = new Set(typed.map((entry) => entry.key));
  const others = Object.keys(server).filter(
    (key) => !serverCommonKeys.has(key) && !typedKeys.has(key),
  );
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="sm">
        <ItemHeader
          title={`Server ${name}`}
          actions={
            <ItemActions
              fields={fields}
              listPath={['servers']}
              index={index}
              count={count}
              name={`server ${name}`}
              movable={false}
              onFailure={onFailure}
            />
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField
            fields={fields}
            path={[...path, 'server']}
            label="Server"
            alsoIssuesOf={[path]}
            focus={focusKey(path, 'name')}
          />
          <SelectField
            fields={fields}
            path={[...path, 'type']}
            label="Type"
            choices={withCurrent(serverTypes, server.type)}
          />
          <TextField
            fields={fields}
            path={[...path, 'environment']}
            label="Environment"
            placeholder="prod, uat, dev"
          />
          {typed.map((entry) =>
            entry.number ? (
              <NumberField
                key={entry.key}
                fields={fields}
                path={[...path, entry.key]}
                label={entry.label}
              />
            ) : (
              <TextField
                key={entry.key}
                fields={fields}
                path={[...path, entry.key]}
                label={entry.label}
              />
            ),
          )}
        </SimpleGrid>
        <TextField fields={fields} path={[...path, 'description']} label="Description" />
        {others.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Other fields
            </Text>
            {others.map((key) => (
              <OtherServerField key={key} fields={fields} path={[...path, key]} server={name} />
            ))}
          </Stack>
        )}
        <AddServerField fields={fields} path={path} server={name} />
      </Stack>
    </Paper>
  );
}

const ServerCard = memo(
  ServerCardFields,
  sameCard('servers', (server) => [
    ...serverCommonKeys,
    ...fieldsOfServerType(server.type).map((entry) => entry.key),
    ...Object.keys(server),
  ]),
);

/** `servers[]`: where the data is, with the fields its type names. */
export function ServersSection({ fields }: { fields: DocumentFields }) {
  const [failure, setFailure] = useEditFailure();
  const servers = listAt(fields, ['servers']);
  return (
    <Stack gap="sm">
      <PlaceIssues fields={fields} path={['servers']} />
      {servers.length === 0 && (
        <Text size="sm" c="dimmed">
          No servers yet.
        </Text>
      )}
      {servers.map((_, index) => (
        <ServerCard
          key={index}
          fields={fields}
          index={index}
          count={servers.length}
          onFailure={setFailure}
        />
      ))}
      <ActionFailure failure={failure} />
      <AddButton
        fields={fields}
        listPath={['servers']}
        value={{ server: unusedName(servers, 'server', 'new_server'), type: 'custom' }}
      >
        Add a server
      </AddButton>
    </Stack>
  );
}

function RoleCardFields({ fields, index, count, onFailure }: CardProps) {
  const path = ['roles', index];
  const role = recordAt(fields, path);
  const name = textOf(role.role) || `role ${index + 1}`;
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="sm">
        <ItemHeader
          title={`Role ${name}`}
          actions={
            <ItemActions
              fields={fields}
              listPath={['roles']}
              index={index}
              count={count}
              name={`role ${name}`}
              movable={false}
              onFailure={onFailure}
            />
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextField
            fields={fields}
            path={[...path, 'role']}
            label="Role"
            alsoIssuesOf={[path]}
            focus={focusKey(path, 'name')}
          />
          <SelectField
            fields={fields}
            path={[...path, 'access']}
            label="Access"
            choices={withCurrent(roleAccess, role.access)}
          />
          <TextField
            fields={fields}
            path={[...path, 'firstLevelApprovers']}
            label="First-level approvers"
          />
          <TextField
            fields={fields}
            path={[...path, 'secondLevelApprovers']}
            label="Second-level approvers"
            description="Leave empty when one approval is enough"
          />
        </SimpleGrid>
        <TextField fields={fields} path={[...path, 'description']} label="Description" />
      </Stack>
    </Paper>
  );
}

const RoleCard = memo(
  RoleCardFields,
  sameCard('roles', () => [
    'role',
    'access',
    'firstLevelApprovers',
    'secondLevelApprovers',
    'description',
  ]),
);

/** `roles[]`: what consumers can ask for, and who approves it. */
export function RolesSection({ fields }: { fields: DocumentFields }) {
  const [failure, setFailure] = useEditFailure();
  const roles = listAt(fields, ['roles']);
  return (
    <Stack gap="sm">
      <PlaceIssues fields={fields} path={['roles']} />
      {roles.length === 0 && (
        <Text size="sm" c="dimmed">
          No roles yet.
        </Text>
      )}
      {roles.map((_, index) => (
        <RoleCard
          key={index}
          fields={fields}
          index={index}
          count={roles.length}
          onFailure={setFailure}
        />
      ))}
      <ActionFailure failure={failure} />
      <AddButton
        fields={fields}
        listPath={['roles']}
        value={{ role: unusedName(roles, 'role', 'new_role'), access: 'read' }}
      >
        Add a role
      </AddButton>
    </Stack>
  );
}
