import { Alert, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { DocumentFields } from './document-fields';
import { FormScope, MarkdownField, SelectField, TextField, textOf } from './inputs';
import { contractStatuses, withCurrent } from './contract-options';
import { RolesSection, ServersSection, ServiceLevelsSection } from './contract-operations';
import { QualitySection } from './contract-quality';
import { SchemaSection } from './contract-schema';

function Section({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Stack gap={2}>
        <Title order={3} id={id}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}

function AboutSection({ fields }: { fields: DocumentFields }) {
  const version = textOf(fields.get(['version']));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextField fields={fields} path={['name']} label="Name" />
        <SelectField
          fields={fields}
          path={['status']}
          label="Status"
          choices={withCurrent(contractStatuses, fields.get(['status']))}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {version ? `Version ${version}. ` : ''}The version is not edited in this form.
      </Text>
      <MarkdownField
        fields={fields}
        path={['description', 'purpose']}
        label="Purpose"
        description="Why the data exists and what it holds. Markdown."
      />
      <MarkdownField
        fields={fields}
        path={['description', 'usage']}
        label="Usage"
        description="How to use it well: joins, filters, what to watch for. Markdown."
      />
      <MarkdownField
        fields={fields}
        path={['description', 'limitations']}
        label="Limitations"
        description="What it is not fit for, and what is missing. Markdown."
      />
    </Stack>
  );
}

/**
 * An ODCS data contract as a form: what it is about, its tables and columns, quality rules,
 * service levels, servers and access roles. Every value is read from the text and every edit
 * changes only the lines it touches, so the YAML view shows the same document.
 */
export function ContractForm({ fields }: { fields: DocumentFields }) {
  const { value } = fields;
  if (value === undefined) {
    return (
      <Alert color="yellow" title="The form cannot read this text">
        The YAML has an error. Fix it in the YAML view; the form comes back as soon as the text can
        be read.
      </Alert>
    );
  }
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return (
      <Alert color="yellow" title="This text is not a data contract">
        A contract is a mapping of fields (apiVersion, kind, id, …). Change it in the YAML view.
      </Alert>
    );
  }
  return (
    <FormScope fields={fields}>
      <Stack gap="xl">
        <Section title="About">
          <AboutSection fields={fields} />
        </Section>
        <Divider />
        <Section
          title="Schema"
          intro="The tables of the contract and their columns. Open a column's details for its physical names and nested columns."
        >
          <SchemaSection fields={fields} />
        </Section>
        <Divider />
        <Section
          title="Quality rules"
          intro="Checks on each table and on its columns, and the sentence consumers read for each."
        >
          <QualitySection fields={fields} />
        </Section>
        <Divider />
        <Section
          title="Service levels"
          intro="What consumers can count on, such as latency and retention."
        >
          <ServiceLevelsSection fields={fields} />
        </Section>
        <Divider />
        <Section title="Servers" intro="Where the data is.">
          <ServersSection fields={fields} />
        </Section>
        <Divider />
        <Section title="Roles" intro="What consumers can request access to, and who approves it.">
          <RolesSection fields={fields} />
        </Section>
      </Stack>
    </FormScope>
  );
}
