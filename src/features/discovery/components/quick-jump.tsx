import '@mantine/spotlight/styles.css';
import { Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { productQueries } from '@/api/products';
import { StatusBadge } from '@/components/status-badge';
import classes from './quick-jump.module.css';

const [store, quickJump] = createSpotlight();

interface QuickJumpProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * Jump straight to a product from anywhere (Ctrl/⌘ K). It asks the catalog API as the user
 * types, so it works the same on 40 products or 50,000.
 */
export function QuickJump({ opened, onClose }: QuickJumpProps) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const results = useQuery({
    ...productQueries.list({
      q: debounced,
      pageSize: 8,
      sort: debounced ? 'relevance' : 'updated',
    }),
    enabled: opened,
  });

  useEffect(() => {
    if (opened) quickJump.open();
    else quickJump.close();
  }, [opened]);

  // New results are new elements: start the keyboard selection again from before the first one.
  useEffect(() => {
    store.updateState((state) => ({ ...state, selected: -1 }));
  }, [results.data]);

  const go = (path: string) => {
    onClose();
    void navigate(path);
  };
  const items = results.data?.items ?? [];

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightClose={onClose}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        onKeyDown={(event) => {
          // Enter without choosing opens the best match, as people expect from a quick jump.
          const first = items[0];
          if (event.key === 'Enter' && store.getState().selected < 0 && first) {
            go(`/products/${encodeURIComponent(first.id)}`);
          }
        }}
        placeholder="Jump to a data product…"
        aria-label="Jump to a data product"
        leftSection={<IconSearch size={18} aria-hidden />}
      />
      {/* Busy while the answer for what was typed last is on its way. */}
      <Spotlight.ActionsList aria-label="Matching data products" aria-busy={results.isFetching}>
        <Spotlight.ActionsGroup label={debounced ? 'Best matches' : 'Recently updated'}>
          {items.map((product) => (
            <Spotlight.Action
              key={product.id}
              className={classes.action}
              onClick={() => go(`/products/${encodeURIComponent(product.id)}`)}
            >
              <Group wrap="nowrap" justify="space-between" w="100%" gap="sm">
                <div>
                  <Text size="sm" fw={600}>
                    {product.name}
                  </Text>
                  <Text size="xs" className={classes.meta}>
                    {[product.domain, product.owner].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <StatusBadge status={product.status} size="xs" />
              </Group>
            </Spotlight.Action>
          ))}
        </Spotlight.ActionsGroup>
        {results.isError ? <Spotlight.Empty>{results.error.message}</Spotlight.Empty> : null}
        {results.isSuccess && items.length === 0 ? (
          <Spotlight.Empty>No data product matches “{debounced}”.</Spotlight.Empty>
        ) : null}
        {debounced ? (
          <Spotlight.Action
            onClick={() => go(`/?q=${encodeURIComponent(debounced)}`)}
            leftSection={<IconArrowRight size={16} aria-hidden />}
            label={`See all results for “${debounced}” in the catalog`}
          />
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
