import {
  Button,
  FileButton,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useSessionDraft } from '@/lib/session-draft';
import { useImportDocument } from '../api/import-document';
import { detectKind } from '../lib/detect-kind';
import { ImportOutcome } from './import-outcome';

/**
 * Create or import: paste or upload an ODPS descriptor or ODCS contract. The API checks the
 * right to import, validates, and keeps the exact text; this page shows every problem by line.
 */
export function ImportPage() {
  const [text, setText] = useSessionDraft('meshport-import-draft', '');
  const [chosenKind, setChosenKind] = useState<'product' | 'contract' | null>(null);
  const detected = detectKind(text);
  const kind = chosenKind ?? detected ?? 'product';
  const importing = useImportDocument();
  const empty = text.trim() === '';

  return (
    <Stack gap="lg" maw={960}>
      <title>Import · Meshport</title>
      <div>
        <Title order={1}>Import a document</Title>
        <Text c="dimmed">
          An ODPS v1.0.0 data product descriptor or an ODCS v3.1.0 data contract, as YAML or JSON.
          It is stored exactly as you send it, as a new version.
        </Text>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty) importing.mutate({ kind, text });
        }}
      >
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text size="sm" fw={500} id="kind-label" mb={4}>
                This is a
              </Text>
              <SegmentedControl
                aria-labelledby="kind-label"
                value={kind}
                onChange={(value) => setChosenKind(value as 'product' | 'contract')}
                data={[
                  { value: 'product', label: 'Data product (ODPS)' },
                  { value: 'contract', label: 'Data contract (ODCS)' },
                ]}
              />
            </div>
            <FileButton
              accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml,text/plain"
              onChange={(file) => {
                if (!file) return;
                void file.text().then((content) => {
                  setText(content);
                  setChosenKind(null);
                });
              }}
            >
              {(props) => (
                <Button
                  variant="default"
                  leftSection={<IconFileUpload size={16} aria-hidden />}
                  {...props}
                >
                  Choose a file
                </Button>
              )}
            </FileButton>
          </Group>
          <Textarea
            label="Document (YAML or JSON)"
            description={
              detected && !chosenKind
                ? `Recognised as a ${detected === 'product' ? 'data product' : 'data contract'} from its kind.`
                : 'Paste the document here, or choose a file.'
            }
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={14}
            maxRows={32}
            spellCheck={false}
            styles={{
              input: {
                fontFamily: 'var(--mantine-font-family-monospace)',
                fontSize: 'var(--mantine-font-size-sm)',
              },
            }}
          />
          <Group>
            <Button type="submit" loading={importing.isPending} disabled={empty}>
              Import
            </Button>
            {!empty ? (
              <Button
                variant="subtle"
                onClick={() => {
                  setText('');
                  setChosenKind(null);
                  importing.reset();
                }}
              >
                Clear
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      <ImportOutcome result={importing.data} error={importing.error} />
    </Stack>
  );
}
