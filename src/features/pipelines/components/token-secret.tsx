import { Alert, Button, CopyButton, Group, Stack, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedIngestionToken } from '@/api/ingestion';
import { ConnectInstructions } from './connect-instructions';

/** A new token's secret, its one showing, with the commands that use it. */
export function TokenSecret({ created }: { created: CreatedIngestionToken }) {
  const { token, secret } = created;
  return (
    <Stack gap="md">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="This secret will not be shown again"
      >
        Copy it now and keep it where the pipeline reads its settings. Meshport keeps only a
        fingerprint of it; if it is lost, revoke this token and create another.
      </Alert>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={`Secret of ${token.name} (${token.team})`}
          value={secret}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: '1 1 16rem' }}
        />
        <CopyButton value={secret} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={
                copied ? (
                  <IconCheck
                    size={16}
                    aria-hidden
                    style={{
                      color: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))',
                    }}
                  />
                ) : (
                  <IconCopy size={16} aria-hidden />
                )
              }
            >
              {copied ? 'Copied' : 'Copy the secret'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Title order={3} size="h4">
        Connect a pipeline with it
      </Title>
      <ConnectInstructions secret={secret} headingOrder={4} />
    </Stack>
  );
}
