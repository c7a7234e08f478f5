import {
  Anchor,
  Box,
  Group,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ServiceLevelFilters } from '@/api/service-levels';
import { serviceLevelQueries } from '@/api/service-levels';
import { formatNumber } from '@/catalog/readable-values';
import { ErrorState } from '@/components/error-state';
import type { PortfolioSearch, PortfolioSort } from '../lib/portfolio-params';
import {
  countFilters,
  filtersOf,
  parsePortfolioSearch,
  portfolioPageSizes,
  toListParams,
  toPortfolioParams,
} from '../lib/portfolio-params';
import { ExportCsvButton } from './export-csv-button';
import { FollowButton } from './follow-button';
import { FollowingMenu } from './following-menu';
import { PortfolioFigures } from './portfolio-figures';
import { PortfolioFilters } from './portfolio-filters';
import { PortfolioRollups } from './portfolio-rollups';
import { PortfolioTable } from './portfolio-table';
import { PortfolioTrends } from './portfolio-trends';

const sortLabels: Record<PortfolioSort, string> = {
  status: 'Worst first',
  budget: 'Least error budget left',
  name: 'Name',
};

const noFilters: ServiceLevelFilters = { domain: [], team: [], status: [], kind: [] };

/**
 * The stakeholder's view of the mesh: which products keep their promises, worst first, with the
 * incidents and trends behind the figures. Every setting lives in the URL.
 */
export function PortfolioPage() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parsePortfolioSearch(params), [params]);
  const filters = filtersOf(search);
  const list = useQuery(serviceLevelQueries.list(toListParams(search)));
  const overview = useQuery(serviceLevelQueries.overview(filters));
  // The filters' choices come from the whole mesh, so picking one never hides the others.
  const everything = useQuery(serviceLevelQueries.overview(noFilters));
  // Rollups and trends are below the fold: they render after the table has painted.
  const below = useDeferredValue(overview.data);

  const update = (change: Partial<PortfolioSearch>) =>
    setParams(toPortfolioParams({ ...search, page: 1, ...change }), { preventScrollReset: true });

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / search.pageSize)) : 1;
  const filterCount = countFilters(search);

  if (list.isError && !data) {
    return (
      <ErrorState
        title="Service levels could not be loaded"
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    );
  }

  return (
    <Stack gap="lg">
      <title>Service levels · Meshport</title>
      <Box>
        <Title order={1}>Service levels</Title>
        <Text c="dimmed">
          Which data products keep the promises their contracts make, measured from what their
          pipelines report.
        </Text>
      </Box>
      <PortfolioFilters
        filters={filters}
        domains={(everything.data?.byDomain ?? []).map((row) => row.name)}
        teams={(everything.data?.byTeam ?? []).map((row) => row.name)}
        onChange={update}
        onClear={() => update(noFilters)}
        actions={
          <Group gap="sm" align="flex-end" wrap="wrap">
            {filters.domain.length === 1 && filters.domain[0] ? (
              <FollowButton
                key={filters.domain[0]}
                target={{ kind: 'domain', id: filters.domain[0] }}
                name={filters.domain[0]}
                label={`Follow ${filters.domain[0]}`}
                compact
              />
            ) : null}
            <FollowingMenu />
          </Group>
        }
      />
      {overview.isError ? (
        <Text role="alert">The figures could not be loaded: {overview.error.message}</Text>
      ) : (
        <PortfolioFigures overview={overview.data} />
      )}
      <Stack
        gap="sm"
        component="section"
        aria-labelledby="products-title"
        aria-busy={list.isFetching}
      >
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Box>
            <Title order={2} size="h3" id="products-title">
              Products
            </Title>
            <Text size="sm" c="dimmed" role="status">
              {data
                ? `${formatNumber(data.total)} ${data.total === 1 ? 'product' : 'products'}${filterCount ? ' match the filters' : ''}`
                : 'Loading…'}
            </Text>
          </Box>
          <Group gap="sm" align="center" wrap="wrap">
            <Select
              label="Sort by"
              data={(Object.keys(sortLabels) as PortfolioSort[]).map((value) => ({
                value,
                label: sortLabels[value],
              }))}
              value={search.sort}
              onChange={(sort) => sort && update({ sort: sort as PortfolioSort })}
              allowDeselect={false}
              w={210}
            />
            <Select
              label="Per page"
              data={portfolioPageSizes.map(String)}
              value={String(search.pageSize)}
              onChange={(size) => size && update({ pageSize: Number(size) })}
              allowDeselect={false}
              w={100}
            />
            {data ? <ExportCsvButton params={toListParams(search)} total={data.total} /> : null}
          </Group>
        </Group>
        {!data ? (
          <Skeleton height={320} />
        ) : data.total === 0 ? (
          filterCount > 0 ? (
            <Text>
              No product matches these filters.{' '}
              <Anchor component="button" type="button" onClick={() => update(noFilters)}>
                Clear the filters
              </Anchor>
            </Text>
          ) : (
            <Text>
              The mesh has no data products yet.{' '}
              <Anchor component={Link} to="/import">
                Import one
              </Anchor>{' '}
              to see its service levels here.
            </Text>
          )
        ) : data.items.length === 0 ? (
          <Text>
            Page {search.page} is past the last page.{' '}
            <Anchor component="button" type="button" onClick={() => update({ page: totalPages })}>
              Go to page {totalPages}
            </Anchor>
          </Text>
        ) : (
          <PortfolioTable items={data.items} />
        )}
        {data && totalPages > 1 ? (
          <Pagination
            total={totalPages}
            value={Math.min(search.page, totalPages)}
            onChange={(page) => update({ page })}
            getControlProps={(control) => ({
              'aria-label': control === 'previous' ? 'Previous page' : 'Next page',
            })}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
          />
        ) : null}
      </Stack>
      {below ? (
        <>
          <Title order={2} size="h3">
            Domains and teams
          </Title>
          <PortfolioRollups overview={below} />
          <PortfolioTrends weeks={below.weeks} />
        </>
      ) : null}
    </Stack>
  );
}
