import { execSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { createCatalogApi } from '../server/api/create-catalog-api';
import { createLogger } from '../server/node/logger';
import { createServerApp } from '../server/node/create-server-app';
import { generateCatalog } from '../server/seed/generate-catalog';
import type { CatalogStore } from '../server/store/catalog-store';
import { loadMemoryStore } from './memory-catalog';
import { formatTable, percentile } from './stats';

/**
 * Targets: on the 1,000-product mesh, layout time in the worker; on every view, main-thread tasks
 * while the worker lays out, and no crash.
 */
const targets = { layoutMs: 1500, longTaskMs: 50 };

interface Scenario {
  name: string;
  path: string;
  /** Pan and zoom after the layout, measuring frames. */
  interact?: boolean;
}

interface Measured {
  nodes: number;
  edges: number;
  layoutEdges: number;
  workerMs: number;
  layoutMs: number;
  longestDuringLayout: number;
  longestAfterLayout: number;
  drawnMs: number;
  heapMb: number;
  frames?: { fps: number; p95: number };
}

/**
 * The lineage explorer in Chromium on generated meshes of 1,000 and 5,000 products (about three
 * contracts read per product): how long the layout takes in its worker, whether the main thread
 * stays free meanwhile (long tasks, from a PerformanceObserver), how long until the graph is drawn,
 * and how smoothly it pans and zooms. Each view opens in a fresh browser context, so every layout
 * starts in a cold worker, as it does for someone opening a link.
 */
export async function benchLineageLayout() {
  console.log('\nLineage explorer in Chromium (layout in a Web Worker, React Flow drawing)');
  execSync('npx tsx scripts/ensure-build.ts', { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const verdicts: string[] = [];
  try {
    for (const products of [1000, 5000]) {
      const documents = generateCatalog({
        products,
        seed: 1,
        inputsPerProduct: { min: 2, max: 5 },
      });
      const store = await loadMemoryStore(documents);
      const mesh = await store.getLineage({
        upstream: 0,
        downstream: 0,
        domains: [],
        statuses: [],
        budget: products,
        expand: [],
      });
      if (!mesh) throw new Error('The generated mesh has no lineage');
      const hub = widestProduct(mesh.edges);
      console.log(
        `\n  ${products.toLocaleString('en-US')} products, ${mesh.edges.length.toLocaleString('en-US')} lineage edges; the hub ${hub.id} has ${hub.readers} direct readers`,
      );
      const scenarios: Scenario[] = [
        { name: 'mesh, default view', path: '/lineage', interact: true },
        {
          name: `mesh, ${Math.min(products, 2000).toLocaleString('en-US')} products, no groups`,
          path: `/lineage?limit=${Math.min(products, 2000)}&groups=off`,
          interact: true,
        },
        {
          name: 'hub, all depths',
          path: `/products/${hub.id}/lineage?up=all&down=all`,
          interact: true,
        },
      ];
      const server = await startPortal(store);
      const rows: string[][] = [];
      try {
        for (const scenario of scenarios) {
          const result = await measure(browser, server.url, scenario);
          if ('crashed' in result) {
            rows.push([scenario.name, 'page crashed', '', '', '', '', '', '', '', '']);
            verdicts.push(`${products}: ${scenario.name}: the page crashed`);
            continue;
          }
          rows.push([
            scenario.name,
            `${result.nodes} / ${result.edges}`,
            result.layoutEdges.toLocaleString('en-US'),
            ms(result.workerMs),
            ms(result.layoutMs),
            ms(result.longestDuringLayout),
            ms(result.longestAfterLayout),
            ms(result.drawnMs),
            `${result.heapMb.toFixed(0)} MB`,
            result.frames
              ? `${result.frames.fps.toFixed(0)} fps, p95 ${ms(result.frames.p95)}`
              : '',
          ]);
          if (products <= 1000 && result.workerMs > targets.layoutMs)
            verdicts.push(
              `${products}: ${scenario.name}: layout ${ms(result.workerMs)} > ${targets.layoutMs} ms`,
            );
          if (result.longestDuringLayout > targets.longTaskMs)
            verdicts.push(
              `${products}: ${scenario.name}: a ${ms(result.longestDuringLayout)} task during layout`,
            );
        }
      } finally {
        await server.stop();
      }
      console.log(
        formatTable(
          [
            'view',
            'nodes / edges',
            'ELK edges',
            'layout (worker)',
            'layout (page)',
            'longest task in layout',
            'drawing',
            'drawn after',
            'JS heap',
            'pan and zoom',
          ],
          rows,
        ),
      );
    }
  } finally {
    await browser.close();
  }
  console.log(
    verdicts.length
      ? `\n  Targets missed:\n${verdicts.map((line) => `  - ${line}`).join('\n')}`
      : `\n  Targets met: every layout of the 1,000-product mesh took at most ${targets.layoutMs} ms in the worker; no main-thread task over ${targets.longTaskMs} ms began while a layout ran; no page crashed.`,
  );
}

/** The product with the most direct readers: the widest fan-out someone can open. */
function widestProduct(edges: readonly { source: string; target: string }[]) {
  const readers = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    let set = readers.get(source);
    if (!set) readers.set(source, (set = new Set()));
    set.add(target);
  }
  const [id, set] = [...readers].sort(([, a], [, b]) => b.size - a.size)[0]!;
  return { id, readers: set.size };
}

async function startPortal(store: CatalogStore) {
  const logger = createLogger('error');
  const app = createServerApp({ api: createCatalogApi({ store }), distDir: 'dist', logger });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function measure(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  url: string,
  scenario: Scenario,
): Promise<Measured | { crashed: true }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  // tsx keeps function names with a helper the page does not have.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    await page.goto(`${url}${scenario.path}`);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('meshport:lineage-layout').length > 0 &&
        document.querySelector('.react-flow__node') !== null,
      undefined,
      { timeout: 120_000 },
    );
    const drawnMs = await page.evaluate(() => performance.now());
    // Let the first paint, fit-to-view and any late task finish.
    await page.waitForTimeout(1500);
    const timings = await page.evaluate(() => {
      const layout = performance.getEntriesByName(
        'meshport:lineage-layout',
      )[0] as PerformanceMeasure;
      const detail = layout.detail as {
        nodes: number;
        edges: number;
        layoutEdges: number;
        workerMs: number;
      };
      const end = layout.startTime + layout.duration;
      const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] })
        .longTasks;
      const longest = (list: { duration: number }[]) =>
        Math.max(0, ...list.map((task) => task.duration));
      return {
        ...detail,
        layoutMs: layout.duration,
        // Tasks that began while the worker was busy (the one that asked for the layout is before).
        longestDuringLayout: longest(
          tasks.filter((task) => task.start >= layout.startTime && task.start < end),
        ),
        longestAfterLayout: longest(tasks.filter((task) => task.start >= end)),
      };
    });
    const heap = await heapUsed(page);
    const frames = scenario.interact ? await panAndZoom(page) : undefined;
    return { ...timings, drawnMs, heapMb: heap / 1024 / 1024, frames };
  } catch (error) {
    if (crashed) return { crashed: true };
    throw error;
  } finally {
    await context.close();
  }
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Drags the canvas about and zooms in and out with the wheel, recording every frame. */
async function panAndZoom(page: Page) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('No graph pane to pan');
  await page.evaluate(() => {
    const state = window as unknown as { frames: number[]; recording: boolean };
    state.frames = [];
    state.recording = true;
    const tick = (time: number) => {
      state.frames.push(time);
      if (state.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  for (let step = 1; step <= 40; step += 1)
    await page.mouse.move(centre.x + step * 8, centre.y + Math.sin(step / 6) * 60);
  await page.mouse.up();
  for (let step = 0; step < 12; step += 1) {
    await page.mouse.wheel(0, step < 6 ? -120 : 120);
    await page.waitForTimeout(50);
  }
  const frames = await page.evaluate(() => {
    const state = window as unknown as { frames: number[]; recording: boolean };
    state.recording = false;
    return state.frames;
  });
  const intervals = frames.slice(1).map((time, index) => time - frames[index]!);
  const span = (frames.at(-1)! - frames[0]!) / 1000;
  return {
    fps: (frames.length - 1) / span,
    p95: percentile(intervals, 95),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
