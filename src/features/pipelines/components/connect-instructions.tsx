import { Stack, Text, Title } from '@mantine/core';
import { CodeBlock } from '@/components/code-block';
import { connectCommands } from '../lib/connect-commands';

interface ConnectInstructionsProps {
  /** The secret to fill in; without one the commands carry a placeholder. */
  secret: string | null;
  /** The heading level of each tool's name, under the section or dialog that holds them. */
  headingOrder: 3 | 4;
}

/** The commands each tool needs to report to this portal, ready to copy. */
export function ConnectInstructions({ secret, headingOrder }: ConnectInstructionsProps) {
  const commands = connectCommands(globalThis.location.origin, secret);
  return (
    <Stack gap="lg">
      {commands.map((command) => (
        <Stack gap={6} key={command.id}>
          <Title order={headingOrder} size="h5">
            {command.title}
          </Title>
          <Text size="sm">{command.description}</Text>
          <CodeBlock code={command.code} language={command.language} title={command.title} />
        </Stack>
      ))}
    </Stack>
  );
}
