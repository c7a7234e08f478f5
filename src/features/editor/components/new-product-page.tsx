import {
  Alert,
  Anchor,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { identityQueries } from '@/api/identity';
import { productQueries } from '@/api/products';
import { canImportDocuments, editableTeams, isAdmin } from '@/catalog/access/permissions';
import type { ImportResult } from '@/catalog/api-schemas';
import {
  newProductTexts,
  productTemplates,
  suggestProductId,
} from '../templates/product-templates';
import type { ProductTemplateId } from '../templates/product-templates';
import { DocumentEditor } from './document-editor';
import { LeaveWarning, useUnpublished } from './edit-page';

interface Start {
  template: ProductTemplateId;
  id: string;
  name: string;
  domain: string;
  team: string;
}

const startKeys = ['template', 'id', 'name', 'domain', 'team'] as const;

/** The start is kept in the address, so a reload opens the same new product and its drafts. */
function readStart(params: URLSearchParams): Start | null {
  const values = startKeys.map((key) => params.get(key)?.trim() ?? '');
  const [template, id, name, domain, team] = values;
  if (!productTemplates.some((entry) => entry.id === template)) return null;
  if (!id || !name || !team) return null;
  return { template: template as ProductTemplateId, id, name, domain: domain ?? '', team };
}

/** A new data product: a template, a few names, then the same editor as for an existing one. */
export function NewProductPage() {
  const [params, setParams] = useSearchParams();
  const me = useQuery(identityQueries.me());
  const start = readStart(params);
  if (me.data && !canImportDocuments(me.data)) {
    return (
      <Stack gap="md">
        <Title order={1}>New data product</Title>
        <Alert color="yellow" variant="light" title="You cannot create data products">
          <Text size="sm">
            Creating one needs owner or editor rights on a team, or the admin role. Ask your
            team&apos;s owner to add you as an editor.
          </Text>
        </Alert>
      </Stack>
    );
  }
  return start ? (
    <NewProductEditor key={start.id} start={start} />
  ) : (
    <StartForm
      teams={me.data ? editableTeams(me.data) : []}
      anyTeam={Boolean(me.data && isAdmin(me.data))}
      onStart={(next) => setParams(new URLSearchParams({ ...next }))}
    />
  );
}

function StartForm({
  teams,
  anyTeam,
  onStart,
}: {
  teams: string[];
  anyTeam: boolean;
  onStart: (start: Start) => void;
}) {
  const [template, setTemplate] = useState<ProductTemplateId>('source-aligned');
  const [name, setName] = useState('');
  const [id, setId] = useState<string | null>(null);
  const [domain, setDomain] = useState('');
  const [team, setTeam] = useState<string | null>(teams[0] ?? null);
  const [tried, setTried] = useState(false);
  const productId = id ?? suggestProductId(name);
  const missing = {
    name: name.trim() ? undefined : 'Give the product a name.',
    id: productId ? undefined : 'Give the product an id: lower-case letters, digits and hyphens.',
    team: team?.trim() ? undefined : 'Choose the team that owns it.',
  };
  const complete = !missing.name && !missing.id && !missing.team;
  return (
    <Stack
      gap="lg"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (complete && team)
          onStart({ template, id: productId, name: name.trim(), domain: domain.trim(), team });
      }}
    >
      <Stack gap={4}>
        <Title order={1}>New data product</Title>
        <Text size="sm" c="dimmed">
          Start from a template with its first output port and contract; everything can be changed
          in the editor that follows, and nothing is published until you say so.
        </Text>
      </Stack>
      <Radio.Group
        label="Kind of product"
        value={template}
        onChange={(value) => setTemplate(value as ProductTemplateId)}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
          {productTemplates.map((entry) => (
            <Radio.Card key={entry.id} value={entry.id} p="md" radius="md" withBorder>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {entry.label}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {entry.description}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={tried ? missing.name : undefined}
        />
        <TextInput
          label="Id"
          required
          description="Used in addresses and by other products' ports; it cannot change later."
          value={productId}
          onChange={(event) => setId(event.currentTarget.value)}
          error={tried ? missing.id : undefined}
        />
        <TextInput
          label="Domain"
          value={domain}
          onChange={(event) => setDomain(event.currentTarget.value)}
        />
        {anyTeam ? (
          <TextInput
            label="Owning team"
            required
            value={team ?? ''}
            onChange={(event) => setTeam(event.currentTarget.value)}
            error={tried ? missing.team : undefined}
          />
        ) : (
          <Select
            label="Owning team"
            required
            data={teams}
            value={team}
            onChange={setTeam}
            error={tried ? missing.team : undefined}
          />
        )}
      </SimpleGrid>
      <Group>
        <Button type="submit">Open the editor</Button>
      </Group>
    </Stack>
  );
}

function NewProductEditor({ start }: { start: Start }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const texts = useMemo(() => newProductTexts(start.template, start), [start]);
  const [published, setPublished] = useState<Record<string, ImportResult>>({});
  const unpublished = useUnpublished();
  const contractPublished = published[`contract:${texts.contract.id}`];

  const onPublished = (key: string) => (result: ImportResult) => {
    setPublished((previous) => ({ ...previous, [key]: result }));
    void queryClient.invalidateQueries({ queryKey: productQueries.all() });
  };
  // Once the descriptor is in, the product exists: show it (after the leave warning is off).
  const productPublished = published.product;
  useEffect(() => {
    if (productPublished) void navigate(`/products/${encodeURIComponent(productPublished.id)}`);
  }, [productPublished, navigate]);

  return (
    <Stack gap="lg">
      <LeaveWarning when={unpublished.any && !published.product} />
      <Stack gap={4}>
        <Anchor component={Link} to="/products/new" size="sm">
          ← Start again
        </Anchor>
        <Title order={1}>New data product: {start.name}</Title>
        <Text size="sm" c="dimmed">
          Publish the contract first, then the descriptor: the descriptor&apos;s output port names
          the contract. Your changes are kept as a draft as you type.
        </Text>
      </Stack>
      <Tabs defaultValue="contract" keepMounted>
        <Tabs.List aria-label="Documents of the new product">
          <Tabs.Tab value="contract">Contract {texts.contract.id}</Tabs.Tab>
          <Tabs.Tab value="descriptor">Descriptor</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contract" pt="md">
          {contractPublished ? (
            <Alert
              color="teal"
              variant="light"
              title={`Published version ${contractPublished.version}`}
              role="status"
            >
              <Text size="sm">
                The contract {texts.contract.id} is in the catalog. Publish the descriptor next.
              </Text>
            </Alert>
          ) : (
            <DocumentEditor
              kind="contract"
              id={texts.contract.id}
              stored={{ text: '', version: null }}
              start={texts.contract.text}
              onPublished={onPublished(`contract:${texts.contract.id}`)}
              onDirtyChange={unpublished.track('contract')}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="descriptor" pt="md">
          <DocumentEditor
            kind="product"
            id={start.id}
            stored={{ text: '', version: null }}
            start={texts.descriptor}
            onPublished={onPublished('product')}
            onDirtyChange={unpublished.track('product')}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
