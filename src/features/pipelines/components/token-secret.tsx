import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
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
      <Stack gap={6}>
        <Text size="sm" fw={600} id="token-secret-label">
          Secret of {token.name} ({token.team})
        </Text>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Code
            block
            aria-labelledby="token-secret-label"
            style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
          >
            {secret}
          </Code>
          <CopyButton value={secret} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
              >
                {copied ? 'Copied' : 'Copy the secret'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <Title order={3} size="h4">
        Connect a pipeline with it
      </Title>
      <ConnectInstructions secret={secret} headingOrder={4} />
    </Stack>
  );
}
