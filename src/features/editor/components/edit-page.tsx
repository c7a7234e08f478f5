import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { changesQueries } from '@/api/changes';
import { contractQueries } from '@/api/contracts';
import { identityQueries } from '@/api/identity';
import { productQueries } from '@/api/products';
import { canEditTeam } from '@/catalog/access/permissions';
import type { ImportResult, ProductLink } from '@/catalog/api-schemas';
import type { DocumentKind } from '@/catalog/documents/validate-document';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { DocumentEditor } from './document-editor';
import type { RenderChanges } from './draft-preview';

/** Which of the page's documents have changes not yet published. */
export function useUnpublished() {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const track = useCallback(
    (key: string) => (isDirty: boolean) =>
      setDirty((previous) => {
        if (previous.has(key) === isDirty) return previous;
        const next = new Set(previous);
        if (isDirty) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  return { any: dirty.size > 0, track };
}

/**
 * Asks before leaving the editor with changes not yet published. The drafts are kept either
 * way, so leaving loses nothing: the question is only so nobody thinks they published.
 */
export function LeaveWarning({ when }: { when: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave without publishing?"
    >
      <Stack gap="md">
        <Text size="sm">
          Your changes are not published yet. They are kept as your draft: coming back here offers
          to continue it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            Stay and keep editing
          </Button>
          <Button onClick={() => blocker.proceed?.()}>Leave, keep the draft</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PublishedNotice({ result, productId }: { result: ImportResult; productId: string }) {
  return (
    <Alert color="teal" variant="light" title={`Published version ${result.version}`} role="status">
      <Text size="sm">
        {result.kind === 'product' ? 'The descriptor' : `The contract ${result.id}`} is stored as
        version {result.version}
        {result.current ? ', now the current one' : ''}.{' '}
        <Anchor component={Link} to={`/products/${encodeURIComponent(productId)}`}>
          See the product page
        </Anchor>
      </Text>
    </Alert>
  );
}

/** A product's descriptor and, one tab each, the contracts of its output ports. */
export function EditPage({
  productId,
  renderChanges,
}: {
  productId: string;
  renderChanges: RenderChanges;
}) {
  const queryClient = useQueryClient();
  const { data: detail } = useSuspenseQuery(productQueries.detail(productId));
  const me = useQuery(identityQueries.me());
  const [published, setPublished] = useState<ImportResult | null>(null);
  const unpublished = useUnpublished();
  const name = detail.summary.name;
  const team = detail.summary.owner;

  if (me.data && !canEditTeam(me.data, team)) {
    return (
      <Stack gap="md">
        <Title order={1}>Edit {name}</Title>
        <Alert color="yellow" variant="light" title="You cannot edit this product">
          <Text size="sm">
            {team
              ? `It belongs to the team ${team}: only its owners and editors, or an admin, can change it.`
              : 'It names no team: only an admin can change it.'}{' '}
            <Anchor component={Link} to={`/products/${encodeURIComponent(productId)}`}>
              Back to the product
            </Anchor>
          </Text>
        </Alert>
      </Stack>
    );
  }

  const onPublished = (result: ImportResult) => {
    setPublished(result);
    void queryClient.invalidateQueries({ queryKey: productQueries.all() });
    void queryClient.invalidateQueries({ queryKey: contractQueries.all() });
    void queryClient.invalidateQueries({ queryKey: changesQueries.all() });
  };

  return (
    <Stack gap="lg">
      <LeaveWarning when={unpublished.any} />
      <Stack gap={4}>
        <Anchor component={Link} to={`/products/${encodeURIComponent(productId)}`} size="sm">
          ← {name}
        </Anchor>
        <Title order={1}>Edit {name}</Title>
        <Text size="sm" c="dimmed">
          Your changes are kept as a draft as you type, and published only when you say so.
        </Text>
      </Stack>
      {published ? <PublishedNotice result={published} productId={productId} /> : null}
      <Tabs defaultValue="descriptor" keepMounted>
        <Tabs.List aria-label="Documents of this product">
          <Tabs.Tab value="descriptor">Descriptor</Tabs.Tab>
          {detail.contracts.map((contract) => (
            <Tabs.Tab key={contract.id} value={`contract:${contract.id}`}>
              Contract {contract.id}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="descriptor" pt="md">
          <Suspense
            fallback={
              <LoadingSkeleton label={'Loading the descriptor'}>
                <Skeleton height={320} radius="md" />
              </LoadingSkeleton>
            }
          >
            <StoredDocumentEditor
              kind="product"
              id={productId}
              version={detail.version}
              consumers={detail.downstream}
              renderChanges={renderChanges}
              onPublished={onPublished}
              onDirtyChange={unpublished.track('product')}
            />
          </Suspense>
        </Tabs.Panel>
        {detail.contracts.map((contract) => (
          <Tabs.Panel key={contract.id} value={`contract:${contract.id}`} pt="md">
            <Suspense
              fallback={
                <LoadingSkeleton label={`Loading the contract ${contract.id}`}>
                  <Skeleton height={320} radius="md" />
                </LoadingSkeleton>
              }
            >
              <ContractEditor
                id={contract.id}
                version={contract.version}
                fallbackConsumers={detail.downstream}
                renderChanges={renderChanges}
                onPublished={onPublished}
                onDirtyChange={unpublished.track(`contract:${contract.id}`)}
              />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** The editor on the stored text of a version; a new version published remounts it. */
function StoredDocumentEditor({
  kind,
  id,
  version,
  consumers,
  renderChanges,
  onPublished,
  onDirtyChange,
}: {
  kind: DocumentKind;
  id: string;
  version: string;
  consumers: readonly ProductLink[];
  renderChanges: RenderChanges;
  onPublished: (result: ImportResult) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { data: text } = useSuspenseQuery(changesQueries.text(kind, id, version));
  return (
    <DocumentEditor
      key={`${kind}:${version}`}
      kind={kind}
      id={id}
      stored={{ text, version }}
      consumers={consumers}
      renderChanges={renderChanges}
      onPublished={onPublished}
      onDirtyChange={onDirtyChange}
    />
  );
}

function ContractEditor({
  id,
  version,
  fallbackConsumers,
  renderChanges,
  onPublished,
  onDirtyChange,
}: {
  id: string;
  version: string;
  fallbackConsumers: readonly ProductLink[];
  renderChanges: RenderChanges;
  onPublished: (result: ImportResult) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  // The products that read this contract; until they are known, those that read the product.
  const contract = useQuery(contractQueries.detail(id));
  return (
    <StoredDocumentEditor
      kind="contract"
      id={id}
      version={contract.data?.version ?? version}
      consumers={contract.data?.consumers ?? fallbackConsumers}
      renderChanges={renderChanges}
      onPublished={onPublished}
      onDirtyChange={onDirtyChange}
    />
  );
}
