import { Alert, Autocomplete, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CreatedIngestionToken } from '@/api/ingestion';
import { useCreateIngestionToken } from '../api/use-token-actions';
import { TokenSecret } from './token-secret';

interface NewTokenDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The teams to offer; with `freeTeam` they are only suggestions. */
  teams: readonly string[];
  /** Admins may name any team, so the field takes any text. */
  freeTeam: boolean;
}

/**
 * Creates a token, then shows its secret in the same dialog: this is the one moment the secret
 * exists outside the pipeline that will hold it, so it lives only in this dialog's state and is
 * gone when the dialog closes.
 */
export function NewTokenDialog({ opened, onClose, teams, freeTeam }: NewTokenDialogProps) {
  const [created, setCreated] = useState<CreatedIngestionToken | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `Copy the secret of ${created.token.name} now` : 'New ingestion token'}
      size={created ? 'xl' : 'md'}
      centered
    >
      {created ? (
        <Stack gap="md">
          <TokenSecret created={created} />
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      ) : (
        <NewTokenForm teams={teams} freeTeam={freeTeam} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

function NewTokenForm({
  teams,
  freeTeam,
  onCreated,
  onCancel,
}: {
  teams: readonly string[];
  freeTeam: boolean;
  onCreated: (created: CreatedIngestionToken) => void;
  onCancel: () => void;
}) {
  const [team, setTeam] = useState(teams.length === 1 && !freeTeam ? teams[0]! : '');
  const [name, setName] = useState('');
  const [missingTeam, setMissingTeam] = useState(false);
  const create = useCreateIngestionToken();
  const teamProps = {
    label: 'Team',
    description: 'Observations sent with this token count for this team’s products.',
    required: true,
    error: missingTeam ? 'Choose the team the token is for' : undefined,
    'data-autofocus': true,
  };
  const chooseTeam = (value: string | null) => {
    setTeam(value ?? '');
    setMissingTeam(false);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!team.trim()) {
          setMissingTeam(true);
          return;
        }
        create.mutate(
          { team: team.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
          { onSuccess: onCreated },
        );
      }}
    >
      <Stack gap="md">
        {freeTeam ? (
          <Autocomplete
            {...teamProps}
            placeholder="Any team of the catalog"
            data={[...teams]}
            value={team}
            onChange={chooseTeam}
          />
        ) : (
          <Select
            {...teamProps}
            placeholder="Choose a team you own"
            data={[...teams]}
            value={team || null}
            onChange={chooseTeam}
            allowDeselect={false}
          />
        )}
        <TextInput
          label="Name"
          description="Where it will be used, such as “Airflow production”. Optional."
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={100}
        />
        {create.error ? (
          <Alert color="red" variant="light" role="alert" title="The token was not created">
            {create.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
