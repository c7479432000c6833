/**
 * Which work fills a page's long tasks while it loads, with and without the extension: a Chromium
 * performance trace (the DevTools "Performance" panel's data) of one fixture page, printed as the long
 * tasks of the page's main thread and the events inside them (script evaluation and calls with their URL,
 * layout, pre-paint). The page benchmark (tools/bench-page.ts) counts long tasks; this says whose they are.
 *
 *   LUREWATCH_EXTENSION=.output/chrome-mv3 npx tsx tools/trace-load.ts [pages/long-feed.html] [--without]
 *
 * Starts its own fixture server on LUREWATCH_FIXTURE_PORT (default 4598). Reports; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../tests/e2e/chromium';
import { startFixtureServer } from './cli/fixture-server';
import { installSettled } from './cli/install-settled';

const PORT = Number(process.env.LUREWATCH_FIXTURE_PORT ?? 4598);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A task this long or longer is listed (the long-task threshold is 50 ms; nearby ones explain it). */
const LIST_TASK_US = 20_000;
/** Events inside a task shorter than this are left out. */
const LIST_EVENT_US = 1_000;

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string }; beginData?: { totalObjects?: number } };
}

async function trace(pagePath: string, extension: string | null): Promise<TraceEvent[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lurewatch-trace-'));
  const args = extension ? [...extensionArgs(extension), ...CHROMIUM_ARGS] : [...CHROMIUM_ARGS];
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args });
  try {
    // Let install-time work (the onboarding tab, the background's first storage writes) settle first.
    if (extension) await installSettled(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    // Playwright types only its own CDP events; the Tracing domain's are plain EventEmitter events.
    const emitter = cdp as unknown as {
      on(event: string, listener: (e: { value: TraceEvent[] }) => void): void;
      once(event: string, listener: () => void): void;
    };
    emitter.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise<void>((resolve) => emitter.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${ORIGIN}/${pagePath}`);
    await page.waitForTimeout(3_000);
    await cdp.send('Tracing.end');
    await complete;
    // The page's main thread: the one that ran its layout.
    const layout = events.find((e) => e.name === 'Layout');
    return layout ? events.filter((e) => e.pid === layout.pid && e.tid === layout.tid) : [];
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeEvent(e: TraceEvent): string {
  const d = e.args?.data;
  const where = d?.url
    ? `${d.url.replace(/^chrome-extension:\/\/[a-p]{32}/, 'extension:')}${d.functionName ? ` ${d.functionName}` : ''}`
    : '';
  const objects = e.args?.beginData?.totalObjects;
  return `${e.name}${where ? ` ${where}` : ''}${objects ? ` (${objects} layout objects)` : ''}`;
}

function report(label: string, events: TraceEvent[]): void {
  console.log(`\n== ${label}`);
  const tasks = events.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= LIST_TASK_US);
  if (tasks.length === 0) console.log('no task of 20 ms or more');
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`task ${((task.dur ?? 0) / 1000).toFixed(1)} ms${(task.dur ?? 0) >= 50_000 ? '  ← long task' : ''}`);
    const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) >= LIST_EVENT_US);
    for (const e of inside.slice(0, 12)) console.log(`  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${describeEvent(e)}`);
  }
}

async function main(): Promise<void> {
  const pagePath = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'pages/long-feed.html';
  const extension = path.resolve(process.env.LUREWATCH_EXTENSION ?? '.output/chrome-mv3');
  const server = await startFixtureServer(PORT);
  try {
    if (process.argv.includes('--without')) report(`${pagePath}, without the extension`, await trace(pagePath, null));
    report(`${pagePath}, with the extension (${extension})`, await trace(pagePath, extension));
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
