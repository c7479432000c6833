/**
 * Content-script wiring (issue 4): settings, active pack and feedback in; scanner, inline warnings and
 * reports out. Everything with behaviour lives in the modules it wires; this file only connects them
 * to the browser and to the content-script context (which ends when the extension reloads or updates).
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze, explanationFor } from '../engine';
import { couldWarnTogether } from '../engine/union';
import type { UiLanguage } from '../i18n';
import { onMessage, sendMessage, type TabReport } from '../messaging';
import { effectiveLanguage } from '../policy/defaults';
import { loadPolicyMirror, type PolicyMirror, watchPolicyMirror } from '../policy/mirror';
import { findItems, observeRootFor, type PackSites } from '../sites';
import { STORAGE_KEYS } from '../store/keys';
import type { Settings } from '../store/settings';
import { loadSettings, watchSettings } from '../store/settings-store';
import { type ItemFeedback, loadFeedback, readFeedback, rememberDismissed, rememberNotScam } from './feedback';
import { floorPackOnce } from './floor-pack';
import { captureNatives } from './natives';
import { type ActivePack, loadActivePack, watchActivePack } from './pack-source';
import { presentVerdict } from './present';
import { idleScheduler } from './queue';
import { buildReport, debounce } from './report';
import { Scanner, type ScanPolicy } from './scanner';
import { siteStatus } from './site-status';
import type { WarningRenderer } from './view';
import { WarningLayer } from './warnings';

export const READY_ATTRIBUTE = 'data-lurewatch-ready';
/** Set on <html> by the page benchmark (tools/bench-page.ts) to ask for timing numbers. */
export const BENCH_FLAG = 'data-lurewatch-bench';
/** Where the numbers go when asked: JSON of ScanStats plus heap-free counters. */
export const BENCH_STATS = 'data-lurewatch-bench-stats';

// Captured when the content script is first evaluated, before anything else of ours runs.
const natives = captureNatives(window);

export interface StartOptions {
  render: WarningRenderer;
}

let lastHref = '';
let lastUrl: URL | undefined;
/** The page URL, parsed once per change rather than once per item. */
function currentUrl(): URL {
  if (!lastUrl || location.href !== lastHref) {
    lastHref = location.href;
    lastUrl = new URL(lastHref);
  }
  return lastUrl;
}

const log = (message: string, error?: unknown) => {
  // Page consoles are public to the page's own scripts only through their own hooks; keep it short.
  console.warn(`LureWatch: ${message}`, ...(error === undefined ? [] : [error]));
};

export function startScanner(ctx: ContentScriptContext, options: StartOptions): void {
  document.documentElement.setAttribute(READY_ATTRIBUTE, '1');
  if (ctx.isInvalid) return;
  for (const problem of natives.problems) log(problem);
  run(ctx, options).catch((error) => log('the scanner could not start', error));
}

async function run(ctx: ContentScriptContext, options: StartOptions): Promise<void> {
  const startedAt = performance.now();
  let [settings, active, feedback, managed] = await Promise.all([
    loadSettings(),
    loadActivePack(floorPackOnce),
    loadFeedback(),
    loadPolicyMirror(),
  ]);
  /** From main() to settings, pack and feedback loaded (the pack compiled): for the page benchmark. */
  const startupMs = performance.now() - startedAt;
  if (ctx.isInvalid) return;
  if (active.problem) log(active.problem);
  // Changes the user makes in this tab apply at once; storage confirms them a moment later.
  const localNotScam = new Set<string>();
  const localDismissed = new Set<string>();
  const localSenders = new Set<string>();
  let status: TabReport['status'] = 'ok';
  const bench = document.documentElement.hasAttribute(BENCH_FLAG);

  // User setting, then the policy's default language, then the browser (lib/policy/defaults.ts).
  const lang = (): UiLanguage => effectiveLanguage(settings.uiLanguage, managed, navigator.languages ?? [navigator.language]);

  const warnings = new WarningLayer({
    doc: document,
    attachShadow: natives.attachShadow,
    render: options.render,
    onError: (error) => log('a warning could not be shown', error),
    actions: (view) => ({
      dismiss() {
        localDismissed.add(view.key);
        scanner.setPolicy(policy(), false);
        rememberDismissed(view.key).catch((error) => log('could not remember the dismissal', error));
      },
      notScam() {
        localNotScam.add(view.key);
        if (view.sender) localSenders.add(view.sender.trim().toLowerCase());
        scanner.setPolicy(policy(), false);
        rememberNotScam(view.key, view.sender).catch((error) => log('could not remember "not a scam"', error));
      },
    }),
  });

  const policy = (): ScanPolicy => {
    const compiled = active.compiled;
    const sensitivity = settings.sensitivity;
    const uiLang = lang();
    return {
      analyze: (candidate) => analyze(candidate, compiled, { sensitivity }),
      couldWarn: (ids) => couldWarnTogether(compiled, ids, 'message', sensitivity),
      // Policy can switch inline warnings off (issue 7): items are still scanned, marked and reported
      // to the popup and badge; only the words on the page are not shown.
      present: managed.features.inlineWarnings
        ? (verdict, found, key) =>
            presentVerdict(verdict, key, uiLang, (k, l) => explanationFor(compiled.pack, k, l), found.sender, found.joined)
        : () => null,
      allowSenders: new Set([...settings.allowSenders.map((s) => s.trim().toLowerCase()), ...localSenders]),
      notScam: new Set([...feedback.notScam, ...localNotScam]),
      dismissed: new Set([...feedback.dismissed, ...localDismissed]),
    };
  };

  const packSites = (): PackSites => (active.compiled.pack.sites ?? {}) as PackSites;
  const scanner: Scanner = new Scanner({
    doc: document,
    url: currentUrl,
    findItems: (root, url) => findItems(root, url, packSites()),
    itemRoot: () => observeRootFor(document, currentUrl(), packSites()),
    natives,
    scheduler: idleScheduler(natives),
    warnings,
    onChange: () => reporter.request(),
    log,
  });

  const sendReport = () => {
    if (ctx.isInvalid) return;
    const snapshot = status === 'ok' ? scanner.snapshot() : { scanned: 0, flagged: [] };
    const report = buildReport(snapshot, location.href, location.hostname, status, Date.now());
    sendMessage('reportScan', report).catch(() => {
      // The background may be restarting; the next change reports again.
    });
    if (bench) {
      const extra = {
        flagged: report.flagged.length,
        scanned: report.scanned,
        packCompileMs: active.compiled.compileMs,
        packSource: active.source,
        windowsAnalyzed: scanner.windowsAnalyzed,
        startupMs,
      };
      document.documentElement.setAttribute(BENCH_STATS, JSON.stringify({ ...scanner.stats, ...extra }));
    }
  };
  const reporter = debounce(sendReport, natives, 250, 1500);

  /** (Re)starts or stops scanning after any change of settings or pack. */
  const apply = (reanalyze: boolean) => {
    status = siteStatus(settings, location.hostname);
    if (status !== 'ok') scanner.stop();
    else if (!scanner.running) scanner.start(policy());
    else scanner.setPolicy(policy(), reanalyze);
    reporter.request();
  };
  apply(true);
  // The first report goes out at once so the popup and badge are right even on an empty page.
  reporter.flush();

  const unwatchSettings = watchSettings((next: Settings) => {
    const reanalyze = next.sensitivity !== settings.sensitivity || next.uiLanguage !== settings.uiLanguage;
    settings = next;
    apply(reanalyze);
  });
  const unwatchPolicy = watchPolicyMirror((next: PolicyMirror) => {
    // The background writes its copy shortly after install, usually the very policy already read (both
    // go through readMirror, so equal policies serialise alike): then there is nothing to redo.
    if (JSON.stringify(next) === JSON.stringify(managed)) return;
    if (!next.features.inlineWarnings) warnings.hideAll();
    managed = next;
    // Policy decides only how warnings are shown (inline or not, default language), never a verdict:
    // re-present what is flagged, no re-analysis (that was a 2,000-message re-scan in the chat bench).
    apply(false);
  });
  const unwatchPack = watchActivePack((next: ActivePack) => {
    if (next.problem) log(next.problem);
    active = next;
    apply(true);
  }, floorPackOnce);
  const feedbackListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(STORAGE_KEYS.itemFeedback in changes)) return;
    feedback = readFeedback(changes[STORAGE_KEYS.itemFeedback]?.newValue) satisfies ItemFeedback;
    if (status === 'ok') scanner.setPolicy(policy(), false);
  };
  browser.storage.onChanged.addListener(feedbackListener);

  // Single-page apps change the URL without a load (WXT watches history and fires this event).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const before = status;
    status = siteStatus(settings, location.hostname);
    if (status === 'ok' && before === 'ok') scanner.navigated();
    else apply(false);
    reporter.request();
  });

  const removeReveal = onMessage('revealItem', ({ data }) => scanner.reveal(data));

  ctx.onInvalidated(() => {
    // The extension was reloaded or updated: this copy of the script must leave the page clean.
    unwatchSettings();
    unwatchPack();
    unwatchPolicy();
    browser.storage.onChanged.removeListener(feedbackListener);
    removeReveal();
    reporter.cancel();
    scanner.stop();
  });
}
