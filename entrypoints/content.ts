import { defineContentScript } from 'wxt/utils/define-content-script';

/** Gives the page its main thread back for a moment (a macrotask: input, rendering and the load run). */
const pauseForPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage (kept only for copies built with older WXT; this
  // version stops older copies of the script with a DOM event). Chromium records the caller's source
  // location for every postMessage, and with a debugger attached (the page benchmark, DevTools) V8 then
  // re-parses the whole bundle for source positions inside the injection task: ~25 ms of the 55–75 ms
  // load long task (issue 4). It also told every page script that an extension had just started.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Issue 4, no long task over 50 ms: the injection task already compiles the whole bundle. The
    // dynamic imports are inlined into this same file (no request, nothing web-accessible) as lazily
    // initialised modules, so the top-level code of the warning UI (Preact, dictionaries) and of the
    // scanner (engine, bundled pack, site adapters, phone metadata) each runs in a later task of its own.
    await pauseForPage();
    const { renderWarning } = await import('@/components/inline/mount');
    await pauseForPage();
    const { startScanner } = await import('@/lib/scan/start');
    startScanner(ctx, { render: renderWarning });
  },
});
