import { Button, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ServiceLevelListParams } from '@/api/service-levels';
import { listServiceLevels } from '@/api/service-levels';
import type { ServiceLevelSummaryPayload } from '@/catalog/service-level-schemas';
import { formatNumber } from '@/catalog/readable-values';
import { portfolioCsv } from '../lib/portfolio-csv';

const pageSize = 500;

/** Downloads every product the filters match (not only the page shown), in the order shown. */
export function ExportCsvButton({
  params,
  total,
}: {
  params: ServiceLevelListParams;
  total: number;
}) {
  const [state, setState] = useState<{ busy: boolean; read: number; error: string | null }>({
    busy: false,
    read: 0,
    error: null,
  });

  async function download() {
    setState({ busy: true, read: 0, error: null });
    try {
      const items: ServiceLevelSummaryPayload[] = [];
      for (let offset = 0; offset < total; offset += pageSize) {
        const page = await listServiceLevels({ ...params, limit: pageSize, offset });
        items.push(...page.items);
        setState({ busy: true, read: items.length, error: null });
        if (page.items.length < pageSize) break;
      }
      const url = URL.createObjectURL(
        new Blob([portfolioCsv(items)], { type: 'text/csv;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `service-levels-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState({ busy: false, read: items.length, error: null });
    } catch (error) {
      setState({ busy: false, read: 0, error: (error as Error).message });
    }
  }

  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={() => void download()}
        loading={state.busy}
        disabled={total === 0}
      >
        Export CSV
      </Button>
      <Text size="xs" role="status" fw={state.error ? 600 : undefined}>
        {state.busy
          ? `Reading ${formatNumber(state.read)} of ${formatNumber(total)} products…`
          : state.error
            ? `The export failed: ${state.error}`
            : ''}
      </Text>
    </>
  );
}
