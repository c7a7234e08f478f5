import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IncidentAction } from '@/api/service-levels';
import { changeIncident, serviceLevelQueries } from '@/api/service-levels';
import type { IncidentPayload } from '@/catalog/service-level-schemas';

interface IncidentActionsProps {
  incident: IncidentPayload;
  productId: string;
  /** The incident's heading, which names what each button acts on. */
  describedBy: string;
}

const noteLimit = 5000;

/**
 * What the product's owners do about an incident: say someone is on it, write down what is
 * known, close it. The API decides who may; its refusal is shown as it words it.
 */
export function IncidentActions({ incident, productId, describedBy }: IncidentActionsProps) {
  const queryClient = useQueryClient();
  // The kind outlives the dialog, so its title does not change while it closes.
  const [kind, setKind] = useState<'notes' | 'resolve'>('notes');
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const change = useMutation({
    mutationFn: ({ action, note }: { action: IncidentAction; note?: string }) =>
      changeIncident(incident.id, action, note),
    onSuccess: async (changed) => {
      // The answer is the incident as it now is: show it at once, then refresh the figures.
      queryClient.setQueryData(
        serviceLevelQueries.product(productId).queryKey,
        (levels) =>
          levels && {
            ...levels,
            incidents: levels.incidents.map((entry) => (entry.id === changed.id ? changed : entry)),
          },
      );
      setOpened(false);
      setText('');
      await queryClient.invalidateQueries({ queryKey: serviceLevelQueries.all() });
    },
  });
  const note = text.trim();
  const open = (next: 'notes' | 'resolve') => {
    change.reset();
    setKind(next);
    setOpened(true);
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {incident.status === 'open' ? (
          <Button
            size="xs"
            aria-describedby={describedBy}
            loading={change.isPending && change.variables.action === 'acknowledge'}
            disabled={change.isPending}
            onClick={() => change.mutate({ action: 'acknowledge' })}
          >
            Acknowledge
          </Button>
        ) : null}
        <Button
          size="xs"
          variant="default"
          aria-describedby={describedBy}
          disabled={change.isPending}
          onClick={() => open('notes')}
        >
          Add note
        </Button>
        <Button
          size="xs"
          variant="default"
          aria-describedby={describedBy}
          disabled={change.isPending}
          onClick={() => open('resolve')}
        >
          Resolve
        </Button>
      </Group>
      {change.isError && !opened ? (
        <Alert color="red" variant="light" role="alert" p="xs">
          {change.error.message}
        </Alert>
      ) : null}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={
          kind === 'resolve' ? `Resolve “${incident.title}”` : `Add a note to “${incident.title}”`
        }
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (kind === 'notes' && !note) return;
            change.mutate({ action: kind, note: note || undefined });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={kind === 'resolve' ? 'Note (optional)' : 'Note'}
              description={
                kind === 'resolve'
                  ? 'What was wrong and what fixed it, for the consumers who are told.'
                  : 'What is known, what is being done, when to expect a fix.'
              }
              required={kind === 'notes'}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={noteLimit}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              data-autofocus
            />
            {change.isError ? (
              <Alert color="red" variant="light" role="alert" p="xs">
                {change.error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={change.isPending} disabled={kind === 'notes' && !note}>
                {kind === 'resolve' ? 'Resolve' : 'Add note'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
