import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { productQueries } from '@/api/products';
import { accessPolicy } from '@/catalog/access/access-requests';
import type { AccessRequest, Principal, ProductDetail } from '@/catalog/api-schemas';
import { defaultRole } from '@/catalog/access/approvers';
import { editableTeams } from '@/catalog/access/permissions';
import { Markdown } from '@/components/markdown';
import { ApiError } from '@/lib/api-client';
import { useRequestAccess } from '../api/use-access-actions';
import type { AccessDraft } from '../lib/access-draft';
import { accessDraftKey } from '../lib/access-draft';
import { useAccessDraft } from '../lib/use-access-draft';

const day = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface RequestAccessFormProps {
  detail: ProductDetail;
  me: Principal;
  initialPort: string;
  onDone: (created: AccessRequest[]) => void;
  onCancel: () => void;
}

/**
 * Asks for access to one or more output ports of a product, each becoming its own request: the
 * role (from the contract), for whom, why, until when, and the terms the requester accepts.
 * What is filled in is kept per person and product until it is sent or cancelled, so a reload
 * (or closing the dialog by mistake) loses nothing.
 */
export function RequestAccessForm({
  detail,
  me,
  initialPort,
  onDone,
  onCancel,
}: RequestAccessFormProps) {
  const ownerTeam = detail.document.team?.name ?? null;
  const ports = (detail.document.outputPorts ?? []).map((port) => {
    const contract = detail.contracts.find((entry) => entry.id === port.contractId);
    const roles = contract?.document.roles?.length
      ? contract.document.roles
      : [defaultRole(ownerTeam)];
    return { name: port.name, roles, price: contract?.document.price };
  });
  const myTeams = me.teams.map((team) => team.name);
  const ownedTeams = editableTeams(me);
  // The moment the form opened: the date bounds are counted from it.
  const [openedAt] = useState(() => Date.now());
  const minUntil = isoDay(new Date(openedAt + day));
  const maxUntil = isoDay(new Date(openedAt + accessPolicy.maxDays * day));
  const { draft, update, restored, startOver, discard } = useAccessDraft(
    accessDraftKey(me.id, detail.document.id),
    () => {
      const port = ports.find((entry) => entry.name === initialPort) ?? ports[0];
      return {
        pristine: {
          ports: port ? { [port.name]: port.roles[0]?.role ?? 'read' } : {},
          granteeKind: 'user',
          granteeId: '',
          purpose: '',
          until: isoDay(new Date(openedAt + accessPolicy.defaultDays * day)),
        },
        limits: {
          ports: ports.map((entry) => ({
            name: entry.name,
            roles: entry.roles.map((role) => role.role),
          })),
          teams: myTeams,
          mayGrantProducts: ownedTeams.length > 0,
          minUntil,
          maxUntil,
        },
      };
    },
  );
  const { ports: chosen, granteeKind, granteeId, purpose, until } = draft;
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const requesting = useRequestAccess();
  const myProducts = useQuery({
    ...productQueries.list({ owner: ownedTeams, pageSize: 100, sort: 'name' }),
    enabled: ownedTeams.length > 0,
  });
  const chosenPorts = ports.filter((port) => port.name in chosen);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (chosenPorts.length === 0) found.ports = 'Choose at least one output port';
    if (purpose.trim().length < 10)
      found.purpose = 'Describe the purpose in at least 10 characters';
    if (!until) found.until = 'Choose until when you need access';
    // A kept draft may name a product the person no longer owns.
    const unknownProduct =
      granteeKind === 'product' &&
      myProducts.data !== undefined &&
      !myProducts.data.items.some((product) => product.id === granteeId);
    if ((granteeKind !== 'user' && !granteeId) || unknownProduct)
      found['grantee.id'] =
        granteeKind === 'team' ? 'Choose one of your teams' : 'Choose one of your data products';
    if (!acknowledged) found.acknowledged = 'Confirm that you have read the terms';
    setErrors(found);
    if (Object.keys(found).length) return;
    const portsSent = chosenPorts.map((port) => ({
      portName: port.name,
      role: chosen[port.name] ?? '',
    }));
    requesting.mutate(
      {
        productId: detail.document.id,
        ports: portsSent,
        grantee: granteeKind === 'user' ? { kind: 'user' } : { kind: granteeKind, id: granteeId },
        purpose: purpose.trim(),
        until,
        acknowledged: true,
      },
      {
        onSuccess: (result) => {
          discard();
          onDone(result.items);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          // The API names fields by path; ports.N.* refers to the Nth port sent.
          const byField: Record<string, string> = {};
          for (const issue of error.issues) {
            const port = /^ports\.(\d+)\./.exec(issue.path);
            byField[port ? `port:${portsSent[Number(port[1])]?.portName}` : issue.path] =
              issue.message;
          }
          setErrors(byField);
        },
      },
    );
  };

  const description = detail.document.description;
  const prices = chosenPorts.filter((port) => port.price?.priceAmount !== undefined);
  const generalError =
    requesting.error instanceof ApiError && requesting.error.issues.length === 0
      ? requesting.error.message
      : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {restored ? (
          <Alert color="indigo" variant="light" role="status">
            <Group justify="space-between" gap="sm">
              <Text size="sm">Your unsent request is filled in as you left it.</Text>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => {
                  startOver();
                  setAcknowledged(false);
                  setErrors({});
                }}
              >
                Start over
              </Button>
            </Group>
          </Alert>
        ) : null}
        <Stack gap={6} role="group" aria-labelledby="ports-label">
          <Text id="ports-label" fw={500} size="sm">
            Output ports
          </Text>
          {ports.map((port) => {
            const checked = port.name in chosen;
            return (
              <Group key={port.name} gap="sm" align="flex-end" wrap="nowrap">
                <Checkbox
                  label={port.name}
                  checked={checked}
                  onChange={(event) => {
                    const next = { ...chosen };
                    if (event.currentTarget.checked)
                      next[port.name] = port.roles[0]?.role ?? 'read';
                    else delete next[port.name];
                    update({ ports: next });
                  }}
                  style={{ minWidth: 180 }}
                />
                {checked ? (
                  <NativeSelect
                    size="xs"
                    label={`Role on ${port.name}`}
                    value={chosen[port.name]}
                    error={errors[`port:${port.name}`]}
                    onChange={(event) =>
                      update({ ports: { ...chosen, [port.name]: event.currentTarget.value } })
                    }
                    data={port.roles.map((role) => ({
                      value: role.role,
                      label: `${role.role} (${role.access ?? 'read'}${role.secondLevelApprovers && !/^(na|none|-)$/i.test(role.secondLevelApprovers) ? ', two approvals' : ''})`,
                    }))}
                    style={{ flex: 1 }}
                  />
                ) : null}
              </Group>
            );
          })}
          {errors.ports ? (
            <Text c="var(--mantine-color-error)" size="sm" role="alert">
              {errors.ports}
            </Text>
          ) : null}
        </Stack>

        <Stack gap={6}>
          <Text fw={500} size="sm" id="grantee-label">
            For whom
          </Text>
          <SegmentedControl
            aria-labelledby="grantee-label"
            value={granteeKind}
            onChange={(value) =>
              update({ granteeKind: value as AccessDraft['granteeKind'], granteeId: '' })
            }
            data={[
              { value: 'user', label: 'Myself' },
              { value: 'team', label: 'My team', disabled: myTeams.length === 0 },
              { value: 'product', label: 'My data product', disabled: ownedTeams.length === 0 },
            ]}
          />
          {granteeKind === 'team' ? (
            <NativeSelect
              label="Team"
              value={granteeId}
              onChange={(event) => update({ granteeId: event.currentTarget.value })}
              data={[{ value: '', label: 'Choose a team' }, ...myTeams]}
              error={errors['grantee.id']}
            />
          ) : null}
          {granteeKind === 'product' ? (
            <NativeSelect
              label="Data product"
              value={granteeId}
              onChange={(event) => update({ granteeId: event.currentTarget.value })}
              data={[
                { value: '', label: 'Choose a data product' },
                ...(myProducts.data?.items ?? []).map((product) => ({
                  value: product.id,
                  label: product.name,
                })),
              ]}
              error={errors['grantee.id']}
            />
          ) : null}
        </Stack>

        <Textarea
          label="Purpose"
          description="What you will use the data for; the approvers read this."
          value={purpose}
          onChange={(event) => update({ purpose: event.currentTarget.value })}
          autosize
          minRows={3}
          required
          error={errors.purpose}
        />
        <TextInput
          type="date"
          label="Access until"
          description={`At most ${accessPolicy.maxDays} days from today; you can renew it before it ends.`}
          value={until}
          min={minUntil}
          max={maxUntil}
          onChange={(event) => update({ until: event.currentTarget.value })}
          required
          error={errors.until}
        />

        <Stack gap={6} component="section" aria-labelledby="terms-heading">
          <Title order={3} size="h5" id="terms-heading">
            Terms of use
          </Title>
          <Text size="sm" fw={600}>
            Usage
          </Text>
          {description?.usage ? (
            <Markdown>{description.usage}</Markdown>
          ) : (
            <Text size="sm" c="dimmed">
              No usage guidance.
            </Text>
          )}
          <Text size="sm" fw={600}>
            Limitations
          </Text>
          {description?.limitations ? (
            <Markdown>{description.limitations}</Markdown>
          ) : (
            <Text size="sm" c="dimmed">
              No limitations declared.
            </Text>
          )}
          <Text size="sm" fw={600}>
            Price
          </Text>
          <Text size="sm">
            {prices.length
              ? prices
                  .map(
                    (port) =>
                      `${port.name}: ${port.price?.priceAmount} ${port.price?.priceCurrency ?? ''} per ${port.price?.priceUnit ?? 'use'}`,
                  )
                  .join('; ')
              : 'No price is charged for these ports.'}
          </Text>
          <Checkbox
            label="I have read the usage, limitations and price terms and will respect them"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.currentTarget.checked)}
            error={errors.acknowledged}
          />
        </Stack>

        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              // Cancelling says the request is not wanted; closing the dialog keeps the draft.
              discard();
              onCancel();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={requesting.isPending}>
            Send {chosenPorts.length > 1 ? `${chosenPorts.length} requests` : 'request'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
