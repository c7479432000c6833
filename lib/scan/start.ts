/**
 * Content-script wiring (placeholder for issue 4's incremental scanner): marks the document so
 * browser tests can prove the content script ran, and reports an empty scan to the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';

export const READY_ATTRIBUTE = 'data-lurewatch-ready';

export function startScanner(ctx: ContentScriptContext): void {
  document.documentElement.setAttribute(READY_ATTRIBUTE, '1');
  if (ctx.isInvalid) return;
  void sendMessage('reportScan', {
    url: location.href,
    site: location.hostname,
    scanned: 0,
    flagged: [],
    status: 'ok',
    updatedAt: Date.now(),
  }).catch(() => {
    // The background may be restarting; the next scan reports again.
  });
}
