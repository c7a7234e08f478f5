import { Alert, Anchor, Box, Grid, Pagination, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { facetNames } from '@/catalog/api-schemas';
import { productQueries } from '@/api/products';
import { useOnline } from '@/lib/use-online';
import { describeOfflineResults } from '../lib/offline-results';
import type { CatalogSearch } from '../lib/search-params';
import {
  clearFilters,
  countActiveFilters,
  parseCatalogSearch,
  toApiParams,
  toggleFilter,
  toUrlSearchParams,
} from '../lib/search-params';
import { ActiveFilters } from './active-filters';
import { ResultsSkeleton } from './catalog-skeleton';
import { CatalogError, EmptyCatalog, NoMatch } from './catalog-states';
import { FacetGroup } from './facet-group';
import { ProductCard } from './product-card';
import { ResultsToolbar } from './results-toolbar';
import { SearchInput } from './search-input';

/** Discover: search, filter and sort the catalog; everything the user chooses lives in the URL. */
export function CatalogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useMemo(() => parseCatalogSearch(searchParams), [searchParams]);
  const results = useQuery(productQueries.list(toApiParams(search)));
  const online = useOnline();
  // The search whose results are on screen: while a new one waits (offline, its query paused),
  // the previous results stay, and the page must say they are not for what the URL says.
  const [shownSearch, setShownSearch] = useState(search);
  if (results.data && !results.isPlaceholderData && shownSearch !== search) setShownSearch(search);
  const staleOffline = !online && results.isPlaceholderData;

  // Changes build on the last one asked for, not on the last one rendered: a filter clicked while
  // earlier changes are still on their way must not undo them. A URL we did not ask for (the back
  // button, a link) starts again from what it says.
  const latest = useRef(search);
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const index = pending.current.indexOf(toUrlSearchParams(search).toString());
    pending.current = index >= 0 ? pending.current.slice(index + 1) : [];
    if (pending.current.length === 0) latest.current = search;
  }, [search]);
  const update = (
    change: (current: CatalogSearch) => CatalogSearch,
    options?: { replace?: boolean },
  ) => {
    const next = change(latest.current);
    latest.current = next;
    const params = toUrlSearchParams(next);
    pending.current.push(params.toString());
    setSearchParams(params, { replace: options?.replace ?? false, preventScrollReset: true });
  };
  const filterCount = countActiveFilters(search);
  const data = results.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Stack gap="lg">
      <title>
        {search.q ? `“${search.q}” · Data products · Meshport` : 'Data products · Meshport'}
      </title>
      <Box>
        <Title order={1}>Data products</Title>
        <Text c="dimmed">Find data by what it is for, who owns it and what is in it.</Text>
      </Box>
      <SearchInput
        value={search.q}
        onSearch={(q) =>
          update((current) => ({ ...current, q, page: 1, sort: q ? current.sort : undefined }), {
            replace: true,
          })
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="lg" component="aside" aria-label="Filters">
            {data
              ? facetNames.map((facet) => (
                  <FacetGroup
                    key={facet}
                    facet={facet}
                    values={data.facets[facet]}
                    selected={search.filters[facet]}
                    onToggle={(value) => update((current) => toggleFilter(current, facet, value))}
                  />
                ))
              : Array.from({ length: 4 }, (_, index) => <Skeleton key={index} height={120} />)}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md" component="section" aria-label="Results" aria-busy={results.isFetching}>
            <ActiveFilters
              search={search}
              onRemove={(facet, value) => update((current) => toggleFilter(current, facet, value))}
              onClear={() => update(clearFilters)}
            />
            {results.isError ? (
              <CatalogError
                message={results.error.message}
                onRetry={() => void results.refetch()}
              />
            ) : null}
            {data ? (
              <>
                {staleOffline ? (
                  <Alert color="yellow" variant="light" role="status">
                    {describeOfflineResults(shownSearch, search)}
                  </Alert>
                ) : null}
                <ResultsToolbar
                  total={data.total}
                  hasQuery={Boolean(search.q)}
                  sort={search.sort}
                  pageSize={search.pageSize}
                  onSortChange={(sort) => update((current) => ({ ...current, sort, page: 1 }))}
                  onPageSizeChange={(pageSize) =>
                    update((current) => ({ ...current, pageSize, page: 1 }))
                  }
                />
                {data.total === 0 && !search.q && filterCount === 0 ? <EmptyCatalog /> : null}
                {data.total === 0 && (search.q || filterCount > 0) ? (
                  <NoMatch
                    query={search.q}
                    filterCount={filterCount}
                    onClearQuery={() => update((current) => ({ ...current, q: '', page: 1 }))}
                    onClearFilters={() => update(clearFilters)}
                  />
                ) : null}
                {data.total > 0 && data.items.length === 0 ? (
                  <Text>
                    Page {search.page} is past the last page of results.{' '}
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => update((current) => ({ ...current, page: totalPages }))}
                    >
                      Go to page {totalPages}
                    </Anchor>
                  </Text>
                ) : null}
                <Stack
                  gap="sm"
                  component="ol"
                  style={{ listStyle: 'none', padding: 0, margin: 0 }}
                  aria-label="Data products"
                >
                  {data.items.map((product) => (
                    <li key={product.id}>
                      <ProductCard product={product} />
                    </li>
                  ))}
                </Stack>
                {totalPages > 1 ? (
                  <Pagination
                    total={totalPages}
                    value={Math.min(search.page, totalPages)}
                    onChange={(page) => {
                      update((current) => ({ ...current, page }));
                      window.scrollTo({ top: 0 });
                    }}
                    getControlProps={(control) => ({
                      'aria-label':
                        control === 'previous'
                          ? 'Previous page'
                          : control === 'next'
                            ? 'Next page'
                            : `${control} page`,
                    })}
                    getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
                    aria-label="Result pages"
                  />
                ) : null}
              </>
            ) : results.isPending ? (
              <ResultsSkeleton />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
