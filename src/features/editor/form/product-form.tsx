import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { DocumentFields } from './document-fields';
import { ListField, MarkdownField, SelectField, TagsField, TextField } from './bound-fields';

const statuses = ['proposed', 'draft', 'active', 'deprecated', 'retired'];
const supportTools = ['email', 'slack', 'teams', 'discord', 'ticket', 'documentation', 'other'];
const supportScopes = ['interactive', 'announcements', 'issues', 'notifications'];
const memberRoles = ['owner', 'editor', 'member', 'data steward', 'technical contact'];

const nameOr = (fallback: string) => (item: unknown, index: number) => {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const name = record.name ?? record.username ?? record.channel;
  return typeof name === 'string' && name.trim() ? name : `${fallback} ${index + 1}`;
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The fields of an ODPS descriptor that owners change most, in the order people read them. */
export function ProductForm({ fields }: { fields: DocumentFields }) {
  return (
    <Stack gap="xl">
      <Section title="About">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField fields={fields} path={['name']} label="Name" />
          <SelectField fields={fields} path={['status']} label="Status" options={statuses} />
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
        <MarkdownField fields={fields} path={['description', 'limitations']} label="Limitations" />
      </Section>
      <Section title="Tags">
        <TagsField fields={fields} path={['tags']} label="Tags" />
      </Section>
      <Section title="Team">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField fields={fields} path={['team', 'name']} label="Team name" />
          <TextField fields={fields} path={['team', 'description']} label="Team description" />
        </SimpleGrid>
        <ListField
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
              <SelectField
                fields={fields}
                path={[...path, 'role']}
                label="Role"
                options={memberRoles}
              />
            </SimpleGrid>
          )}
        </ListField>
      </Section>
      <Section title="Support">
        <ListField
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
                options={supportTools}
              />
              <TextField fields={fields} path={[...path, 'url']} label="Address (URL)" />
              <SelectField
                fields={fields}
                path={[...path, 'scope']}
                label="Scope"
                options={supportScopes}
              />
              <TextField fields={fields} path={[...path, 'description']} label="Description" />
            </SimpleGrid>
          )}
        </ListField>
      </Section>
      <Section title="Output ports">
        <ListField
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
        </ListField>
      </Section>
      <Section title="Input ports">
        <ListField
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
        </ListField>
      </Section>
    </Stack>
  );
}
