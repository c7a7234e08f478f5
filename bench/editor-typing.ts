import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { parse, parseDocument, stringify } from 'yaml';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { buildContract, contractIdOf } from '../server/seed/build-contract';
import { buildProduct } from '../server/seed/build-documents';
import { demoProductSpecs } from '../server/seed/demo-mesh';
import type { ColumnSpec, ProductSpec, TableSpec } from '../server/seed/seed-types';
import { dailySla } from '../server/seed/sla-presets';
import { teams } from '../server/seed/teams';
import { validateDocumentText } from '../src/catalog/documents/validate-document';
import { applyEdit } from '../src/catalog/editing/edit-yaml';
import { startPortal } from './start-portal';
import { formatTable, percentile } from './stats';

/** Targets from the issue: a keystroke answers within a frame or two, never 100 ms. */
const targets = { p95Ms: 100 };
/** Event Timing's smallest threshold: quicker events are not reported at all. */
const thresholdMs = 16;
const keystrokes = 200;
const keyDelayMs = 30;
const profiledKeys = 60;
/** Letters and spaces only, so every prefix is still a plain YAML scalar. */
const typed =
  ' and the scores are recomputed every night from the purchase history so analysts compare them only within one model version and one scoring run of the churn model for this customer base'
    .repeat(2)
    .slice(0, keystrokes);

/** Wide tables made of the demo mesh's customer-facing columns, each table one subject area. */
const wideTables: [name: string, businessName: string, description: string, sources: string[]][] = [
  [
    'customer_profile',
    'Customer profile',
    'One row per customer: identity, contact details, consents and loyalty membership.',
    ['customers', 'consents', 'memberships'],
  ],
  [
    'customer_orders',
    'Customer orders',
    'One row per order line a customer bought, online or in a store, with its returns.',
    ['orders', 'order_lines', 'purchases', 'returns'],
  ],
  [
    'customer_engagement',
    'Customer engagement',
    'One row per customer and day: web sessions, emails, audiences and reviews.',
    ['sessions', 'page_views', 'email_events'],
  ],
  [
    'customer_value',
    'Customer value',
    'One row per customer and scoring run: churn, lifetime value, segment and recommendations.',
    ['churn_scores', 'customer_lifetime_value', 'customer_segments'],
  ],
  [
    'customer_service',
    'Customer service',
    'One row per support ticket, with the deliveries and payments it is about.',
    ['tickets', 'shipments', 'payment_transactions'],
  ],
];

interface Workbench {
  product: ProductSpec;
  contractText: string;
  productText: string;
  contractId: string;
  lines: number;
  tables: number;
  columns: number;
  /** Column of the first table typed into in the YAML view, and in the form. */
  yamlColumn: { index: number; name: string; description: string; line: number };
  formColumn: { index: number; name: string };
}

/**
 * A 2,000-line ODCS v3.1.0 contract of the Customer Insights team, built like the demo mesh's
 * (same builders, same columns), only wider: five tables of about 20 columns, each column with
 * its description, logical and physical type, classification, examples and quality checks.
 */
function buildWorkbench(): Workbench {
  const byName = new Map(
    demoProductSpecs().flatMap((spec) =>
      spec.ports.flatMap((port) => port.tables.map((table) => [table.name, table] as const)),
    ),
  );
  const tables: TableSpec[] = wideTables.map(([name, businessName, description, sources]) => {
    const columns: ColumnSpec[] = [];
    sources.forEach((source, position) => {
      const table = byName.get(source);
      if (!table) throw new Error(`The demo mesh has no table ${source}`);
      for (const column of table.columns) {
        if (columns.some((known) => known.name === column.name)) continue;
        // The first source's key stays the key; the others' keys are plain columns here.
        columns.push(position === 0 ? column : { ...column, primaryKey: false, unique: false });
      }
    });
    return { name, businessName, description, columns, minRows: 250_000 };
  });
  const product: ProductSpec = {
    id: 'customer-360-workbench',
    name: 'Customer 360 Workbench',
    version: '1.0.0',
    status: 'active',
    domain: 'customer',
    team: teams.customerInsights,
    purpose:
      'Everything known about a customer in one place, one wide table per subject, for the data scientists who model customer behaviour.',
    limitations: 'Refreshed nightly; personal data is masked unless the PII role is granted.',
    usage: 'Join the tables on `customer_id`.',
    tags: ['customer', 'workbench', 'machine-learning'],
    inputs: [],
    ports: [
      {
        name: 'workbench',
        description: 'Wide customer tables for modelling, one per subject.',
        version: '1.0.0',
        server: 'databricks',
        tables,
        sla: dailySla('06:00Z', '2024-03-01'),
        sampleQueries: false,
      },
    ],
  };
  const port = product.ports[0]!;
  const contractId = contractIdOf(product, port);
  const asText = (value: unknown) =>
    stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  const contractText = asText(buildContract(product, port));
  const productText = asText(buildProduct(product, new Map()));

  // Columns whose name and description appear once in the contract, so a label or a line names
  // exactly one; one from the middle of the first table for each view.
  const all = tables.flatMap((table) => table.columns);
  const once = (pick: (column: ColumnSpec) => string, column: ColumnSpec) =>
    all.filter((other) => pick(other) === pick(column)).length === 1;
  const candidates = tables[0]!.columns
    .map((column, index) => ({ column, index }))
    .filter(
      ({ column }) =>
        once((other) => other.name, column) && once((other) => other.description, column),
    );
  const yamlPick = candidates[Math.floor(candidates.length / 2)];
  const formPick = candidates[Math.floor(candidates.length / 2) + 1];
  if (!yamlPick || !formPick) throw new Error('The first table has too few distinct columns');
  const node = parseDocument(contractText).getIn(
    ['schema', 0, 'properties', yamlPick.index, 'description'],
    true,
  ) as { range: [number, number, number] };
  return {
    product,
    contractText,
    productText,
    contractId,
    lines: contractText.split('\n').length,
    tables: tables.length,
    columns: all.length,
    yamlColumn: {
      index: yamlPick.index,
      name: yamlPick.column.name,
      description: yamlPick.column.description,
      line: contractText.slice(0, node.range[0]).split('\n').length,
    },
    formColumn: { index: formPick.index, name: formPick.column.name },
  };
}

/** Runs `task` `runs` times after `warmup` unmeasured runs; the time of each measured run. */
function timed(runs: number, warmup: number, task: (run: number) => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const started = performance.now();
    task(run);
    if (run >= warmup) times.push(performance.now() - started);
  }
  return times;
}

const ms = (value: number) =>
  Number.isNaN(value) ? '' : `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
const spread = (times: readonly number[]) => [
  String(times.length),
  ms(percentile(times, 50)),
  ms(percentile(times, 95)),
  ms(Math.max(...times)),
];

/** What the main thread of the editor does with the text, measured in Node (no browser). */
function benchInProcess(workbench: Workbench) {
  const { contractText: text, yamlColumn } = workbench;
  const validation = validateDocumentText('contract', text);
  const validate = timed(30, 5, () => validateDocumentText('contract', text));

  // One keystroke of the form: the description grows by a letter, the text is rewritten and read.
  const path = ['schema', 0, 'properties', yamlColumn.index, 'description'];
  let current = text;
  const edit = timed(keystrokes, 0, (run) => {
    const result = applyEdit(current, {
      op: 'set',
      path,
      value: yamlColumn.description + typed.slice(0, run + 1),
    });
    if (!result.ok) throw new Error(`applyEdit failed: ${result.message}`);
    current = result.text;
  });
  const reread = timed(50, 5, () => parse(current, { maxAliasCount: 100 }));

  console.log(
    `  In Node: the contract is ${workbench.lines.toLocaleString('en-US')} lines, ${Math.round(text.length / 1024)} KB, ${workbench.tables} tables, ${workbench.columns} columns; validation says ${validation.ok ? 'valid' : 'invalid'}${validation.issues.length ? ` (${validation.issues.length} problems)` : ''}`,
  );
  console.log(
    formatTable(
      ['step', 'runs', 'p50', 'p95', 'max'],
      [
        ["validateDocumentText('contract') (the worker, after a pause)", ...spread(validate)],
        [
          'applyEdit, set a growing description (one form write, at a pause in typing)',
          ...spread(edit),
        ],
        ["yaml's parse of the text (the form re-reading it)", ...spread(reread)],
      ],
    ),
  );
  return { edit, reread };
}

interface Typing {
  keystrokes: number;
  /** Per keystroke, the longest Event Timing entry of its interaction; 0 when under 16 ms. */
  latencies: number[];
  reported: number;
  over50: number;
  over100: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** Wall time of the typing, against `keystrokes × delay` if nothing held it up. */
  typingMs: number;
}

/** Installed before the app loads: Event Timing entries and long tasks, kept on `window`. */
function observePage() {
  const store = window as unknown as {
    meshportEvents: { name: string; start: number; duration: number; id: number }[];
    meshportTasks: { start: number; duration: number }[];
  };
  store.meshportEvents = [];
  store.meshportTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      store.meshportEvents.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        id: entry.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      store.meshportTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Types `text` where the focus is and reads what the page observed meanwhile. */
async function typeAndObserve(page: Page, text: string): Promise<Typing> {
  const from = await page.evaluate(() => performance.now());
  const started = performance.now();
  await page.keyboard.type(text, { delay: keyDelayMs });
  const typingMs = performance.now() - started;
  // The last keystroke's validation, draft save and re-render land within this pause.
  await page.waitForTimeout(1500);
  const { events, tasks } = await page.evaluate((since) => {
    const store = window as unknown as {
      meshportEvents: { name: string; start: number; duration: number; id: number }[];
      meshportTasks: { start: number; duration: number }[];
    };
    return {
      events: store.meshportEvents.filter((entry) => entry.start >= since),
      tasks: store.meshportTasks.filter((entry) => entry.start >= since),
    };
  }, from);
  const byInteraction = new Map<number, number>();
  for (const entry of events) {
    if (!entry.id || !['keydown', 'keypress', 'keyup', 'input'].includes(entry.name)) continue;
    byInteraction.set(entry.id, Math.max(byInteraction.get(entry.id) ?? 0, entry.duration));
  }
  const observed = [...byInteraction.values()];
  // Keystrokes under the threshold leave no entry: they count as 0, shown as "<16 ms".
  const unreported = Math.max(0, text.length - observed.length);
  const latencies = [...observed, ...new Array<number>(unreported).fill(0)];
  return {
    keystrokes: text.length,
    latencies,
    reported: observed.length,
    over50: observed.filter((duration) => duration > 50).length,
    over100: observed.filter((duration) => duration > 100).length,
    longTasks: {
      count: tasks.length,
      totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      maxMs: Math.max(0, ...tasks.map((task) => task.duration)),
    },
    typingMs,
  };
}

const eventMs = (value: number) => (value < thresholdMs ? `<${thresholdMs} ms` : ms(value));

function typingRow(view: string, typing: Typing): string[] {
  return [
    view,
    String(typing.keystrokes),
    String(typing.reported),
    eventMs(percentile(typing.latencies, 50)),
    eventMs(percentile(typing.latencies, 95)),
    eventMs(Math.max(...typing.latencies)),
    String(typing.over50),
    String(typing.over100),
    `${typing.longTasks.count}, ${ms(typing.longTasks.totalMs)}, max ${ms(typing.longTasks.maxMs)}`,
    `${(typing.typingMs / 1000).toFixed(1)} s / ${((typing.keystrokes * keyDelayMs) / 1000).toFixed(1)} s`,
  ];
}

/** Clicks the Form/YAML switch's option, as a person would (its radio itself is hidden). */
async function chooseView(panel: Locator, view: 'Form' | 'YAML') {
  await panel
    .locator('label')
    .filter({ hasText: new RegExp(`^${view}$`) })
    .click();
  await panel.getByRole('radio', { name: view, checked: true }).waitFor({ state: 'attached' });
}

/** The YAML view: clicks at the end of the column's description line and leaves the caret there. */
async function focusYamlLine(page: Page, workbench: Workbench) {
  const panel = page.getByRole('tabpanel', { name: `Contract ${workbench.contractId}` });
  await chooseView(panel, 'YAML');
  const editor = panel.getByRole('textbox', {
    name: `YAML of the contract ${workbench.contractId}`,
  });
  await editor.waitFor();
  // CodeMirror draws only the lines near the viewport: scroll the line into it first.
  await page.evaluate((line) => {
    const scroller = document.querySelector<HTMLElement>('.cm-scroller');
    const height = document.querySelector<HTMLElement>('.cm-line')?.offsetHeight ?? 20;
    if (scroller) scroller.scrollTop = Math.max(0, (line - 8) * height);
  }, workbench.yamlColumn.line);
  const target = editor.locator('.cm-line', {
    hasText: `description: ${workbench.yamlColumn.description}`,
  });
  await target.click();
  await page.keyboard.press('End');
}

async function focusFormField(page: Page, workbench: Workbench) {
  const panel = page.getByRole('tabpanel', { name: `Contract ${workbench.contractId}` });
  await chooseView(panel, 'Form');
  const field = panel.getByRole('textbox', {
    name: `Description of ${workbench.formColumn.name}`,
    exact: true,
  });
  await field.click();
  await page.keyboard.press('ControlOrMeta+End');
  return field;
}

/** The figures mean something only if every keystroke reached the text. */
async function expectTyped(target: Locator, property: 'value' | 'textContent') {
  const shown = await target.evaluate(
    (element, key) => String((element as unknown as Record<string, unknown>)[key] ?? ''),
    property,
  );
  if (!shown.includes(typed.trim()))
    throw new Error(`The typed text did not reach the editor: …${shown.slice(-80)}`);
}

/** Opens the contract's tab in a fresh context, without a draft kept from an earlier run. */
async function openEditor(browser: Browser, url: string, workbench: Workbench) {
  await fetch(`${url}/api/drafts/contract/${encodeURIComponent(workbench.contractId)}`, {
    method: 'DELETE',
    headers: { 'X-Meshport-Persona': 'owner' },
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('meshport-persona', 'owner'));
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript('window.__name = (fn) => fn;');
  await context.addInitScript(observePage);
  const page = await context.newPage();
  await page.goto(`${url}/products/${workbench.product.id}/edit`);
  await page.getByRole('tab', { name: `Contract ${workbench.contractId}` }).click();
  return page;
}

/** The editor in Chromium on the real Node host: a keystroke's latency in each view. */
async function benchInBrowser(workbench: Workbench) {
  if (!existsSync(join('dist', 'index.html'))) {
    console.log('  Building the web app…');
    execSync('npm run build', { stdio: 'inherit' });
  }
  console.log(
    `  The web app measured is the build in dist/ of ${statSync(join('dist', 'index.html')).mtime.toISOString()}.`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'meshport-editor-'));
  const portal = await startPortal({ MESHPORT_STORE: 'memory', MESHPORT_SEED: 'none' }, workDir, {
    distDir: 'dist',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const [path, text] of [
      ['data-contracts', workbench.contractText],
      ['data-products', workbench.productText],
    ] as const) {
      const response = await fetch(`${portal.url}/api/${path}`, {
        method: 'POST',
        body: text,
        headers: { 'Content-Type': 'application/yaml', 'X-Meshport-Persona': 'owner' },
      });
      if (!response.ok)
        throw new Error(`Importing into ${path}: HTTP ${response.status} ${await response.text()}`);
    }

    const page = await openEditor(browser, portal.url, workbench);
    await focusYamlLine(page, workbench);
    const yamlTyping = await typeAndObserve(page, typed);
    await expectTyped(page.locator('.cm-content'), 'textContent');
    const field = await focusFormField(page, workbench);
    const formTyping = await typeAndObserve(page, typed);
    await expectTyped(field, 'value');
    await page.context().close();

    console.log(
      `\n  In Chromium, ${keystrokes} characters typed ${keyDelayMs} ms apart into a description of the first table (Event Timing, interactions of ${thresholdMs} ms or more are reported):`,
    );
    console.log(
      formatTable(
        [
          'view',
          'keys',
          'reported',
          'p50',
          'p95',
          'max',
          '> 50 ms',
          '> 100 ms',
          'long tasks: count, total, longest',
          'typing took',
        ],
        [typingRow('YAML (CodeMirror)', yamlTyping), typingRow('Form (Description)', formTyping)],
      ),
    );

    const slow = [['YAML', yamlTyping] as const, ['Form', formTyping] as const].filter(
      ([, typing]) => percentile(typing.latencies, 95) > targets.p95Ms,
    );
    console.log(
      slow.length
        ? `\n  Target missed (p95 under ${targets.p95Ms} ms): ${slow.map(([view, typing]) => `${view} p95 ${ms(percentile(typing.latencies, 95))}`).join(', ')}`
        : `\n  Target met: p95 of a keystroke under ${targets.p95Ms} ms in both views.`,
    );
    for (const [view] of slow) await profileTyping(browser, portal.url, workbench, view);
  } finally {
    await browser.close();
    await portal.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * Where a slow view's keystrokes go: a CPU profile of typing `profiledKeys` characters, its functions mapped
 * back to their sources through the build's source maps, by self time and by time inclusive of
 * what they call.
 */
async function profileTyping(
  browser: Browser,
  url: string,
  workbench: Workbench,
  view: 'YAML' | 'Form',
) {
  const page = await openEditor(browser, url, workbench);
  if (view === 'YAML') await focusYamlLine(page, workbench);
  else await focusFormField(page, workbench);
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    fields: document.querySelectorAll('input, textarea, select').length,
    textareas: document.querySelectorAll('textarea').length,
  }));
  console.log(
    `\n  ${view} view: the page has ${dom.elements.toLocaleString('en-US')} elements, ${dom.fields} form fields (${dom.textareas} text areas)`,
  );
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const started = performance.now();
  await page.keyboard.type(typed.slice(0, profiledKeys), { delay: keyDelayMs });
  await page.waitForTimeout(1000);
  const { profile } = await session.send('Profiler.stop');
  const wallMs = performance.now() - started;
  await page.context().close();
  printProfile(view, profile, wallMs, profiledKeys);
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

function printProfile(view: string, profile: unknown, wallMs: number, keys: number) {
  const { nodes, samples = [], timeDeltas = [] } = profile as CpuProfile;
  const self = new Map<number, number>();
  samples.forEach((id, index) =>
    self.set(id, (self.get(id) ?? 0) + (timeDeltas[index] ?? 0) / 1000),
  );
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const maps = new SourceMaps();
  const keyOf = new Map(nodes.map((node) => [node.id, maps.describe(node.callFrame)]));

  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const appBy = new Map<string, number>();
  const moduleBy = new Map<string, number>();
  // Inclusive time: each function counted once per stack, even when it recurses.
  const visit = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id)!;
    const key = keyOf.get(id)!;
    const own = self.get(id) ?? 0;
    selfBy.set(key.name, (selfBy.get(key.name) ?? 0) + own);
    moduleBy.set(key.module, (moduleBy.get(key.module) ?? 0) + own);
    const nested = onStack.has(key.name) ? onStack : new Set([...onStack, key.name]);
    let total = own;
    for (const child of node.children ?? []) total += visit(child, nested);
    // React's own work loop contains everything; what it calls says more.
    if (!onStack.has(key.name) && !framework.test(key.module))
      totalBy.set(key.name, (totalBy.get(key.name) ?? 0) + total);
    if (!onStack.has(key.name) && key.module.startsWith('src/'))
      appBy.set(key.name, (appBy.get(key.name) ?? 0) + total);
    return total;
  };
  const root = nodes[0];
  if (root) visit(root.id, new Set());
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .filter(([name]) => !['(root)', '(program)', '(idle)'].includes(name))
      .sort(([, a], [, b]) => b - a)
      .slice(0, count)
      .map(([name, time]) => [name, ms(time), ms(time / keys)]);
  const busy = [...selfBy]
    .filter(([name]) => name !== '(idle)' && name !== '(root)')
    .reduce((sum, [, time]) => sum + time, 0);
  console.log(
    `  CPU profile of ${keys} keystrokes in the ${view} view: main thread busy ${ms(busy)} of ${ms(wallMs)}`,
  );
  console.log(
    formatTable(['outside React, inclusive of callees', 'total', 'per key'], top(totalBy, 20)),
  );
  console.log(formatTable(['the app (src/), inclusive', 'total', 'per key'], top(appBy, 14)));
  console.log(formatTable(['by self time', 'self', 'per key'], top(selfBy, 14)));
  console.log(formatTable(['by source (self time)', 'self', 'per key'], top(moduleBy, 10)));
}

/** React's reconciler and scheduler, and the profile's own pseudo-frames. */
const framework = /^(react-dom|scheduler|react|\(.*\))$/;

/** Resolves minified positions to the original function through the build's source maps. */
class SourceMaps {
  private readonly maps = new Map<string, ReturnType<typeof decodeMap> | null>();

  describe(frame: { functionName: string; url: string; lineNumber: number; columnNumber: number }) {
    const bare = frame.functionName || '(anonymous)';
    if (!frame.url) return { name: bare, module: bare.startsWith('(') ? bare : '(native)' };
    const file = new URL(frame.url).pathname;
    let map = this.maps.get(file);
    if (map === undefined) {
      try {
        map = decodeMap(JSON.parse(readFileSync(join('dist', `${file}.map`), 'utf8')));
      } catch {
        map = null;
      }
      this.maps.set(file, map);
    }
    const place = map?.find(frame.lineNumber, frame.columnNumber);
    if (!place) return { name: `${bare} ${file}:${frame.lineNumber + 1}`, module: file };
    const source = place.source.replace(/^(\.\.\/)+/, '');
    const module = source.startsWith('node_modules/')
      ? source
          .split('/')
          .slice(1, source.split('/')[1]!.startsWith('@') ? 3 : 2)
          .join('/')
      : source;
    const name = place.name ?? functionNameAt(place.text, place.line) ?? bare;
    return { name: `${name} (${source.replace(/^node_modules\//, '')}:${place.line + 1})`, module };
  }
}

/** A function name on the original line, when the map gives none (arrows, methods). */
function functionNameAt(text: string | undefined, line: number): string | undefined {
  const source = text?.split('\n')[line];
  return source
    ?.match(
      /(?:function\*?\s+([\w$]+))|(?:([\w$]+)\s*[:=]\s*(?:async\s*)?(?:function|\())|(?:^\s*(?:async\s+)?([\w$]+)\s*\([^)]*\)\s*\{)/,
    )
    ?.slice(1)
    .find(Boolean);
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 `mappings`, decoded into sorted segments per generated line. */
function decodeMap(map: {
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
}) {
  const lines: number[][][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of map.mappings.split(';')) {
    state[0] = 0;
    const segments: number[][] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((delta, index) => (state[index] = state[index]! + delta));
      segments.push(state.slice(0, values.length));
    }
    lines.push(segments);
  }
  return {
    find(line: number, column: number) {
      const segments = lines[line] ?? [];
      let found: number[] | undefined;
      for (const segment of segments) {
        if (segment[0]! > column) break;
        found = segment;
      }
      if (!found || found.length < 4) return undefined;
      return {
        source: map.sources[found[1]!] ?? '?',
        line: found[2]!,
        name: found.length >= 5 ? map.names[found[4]!] : undefined,
        text: map.sourcesContent?.[found[1]!] ?? undefined,
      };
    },
  };
}

/**
 * Typing in a 2,000-line contract in the editor: what validation, a form edit and re-reading the
 * text cost in Node, then each keystroke's latency in Chromium (Event Timing) in the YAML view
 * and in the form, with long tasks meanwhile. When a view misses the target, a CPU profile says
 * where its keystrokes go.
 */
export async function benchEditorTyping() {
  console.log('\nTyping in the editor, a 2,000-line ODCS contract');
  const workbench = buildWorkbench();
  benchInProcess(workbench);
  await benchInBrowser(workbench);
}
