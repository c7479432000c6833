/**
 * Background message handlers. The entrypoint only calls registerHandlers(); everything here is
 * testable with wxt's fakeBrowser.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { isExtensionPage, isOwnContentScript, type SenderLike } from '../sender';
import { updateBadge } from './badge';
import { registerPolicyMirror } from './policy-mirror';
import { forgetTab, loadTabReport, saveTabReport } from './tab-reports';
import { registerUiHandlers } from './ui-handlers';
import { recordNewFlags } from './verdict-history';

export class SenderRejected extends Error {
  constructor(type: string) {
    super(`LureWatch: refused "${type}" from an unexpected sender`);
  }
}

export function selfId(): string {
  return browser.runtime.id;
}

function selfBase(): string {
  return browser.runtime.getURL('/');
}

/** Throws unless the sender is one of our extension pages. */
export function requireExtensionPage(type: string, sender: SenderLike): void {
  if (!isExtensionPage(sender, selfId(), selfBase())) throw new SenderRejected(type);
}

export function registerHandlers(): void {
  onMessage('ping', () => 'pong' as const);

  onMessage('reportScan', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, selfId())) throw new SenderRejected('reportScan');
    const previous = await loadTabReport(sender.tab.id);
    await saveTabReport(sender.tab.id, data);
    void recordNewFlags(previous, data);
    await updateBadge(sender.tab.id, data.flagged.length);
  });

  onMessage('getTabReport', async ({ data: tabId, sender }) => {
    requireExtensionPage('getTabReport', sender);
    return loadTabReport(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  registerUiHandlers();
  // Managed policy switches and defaults, copied where content scripts can read them.
  registerPolicyMirror();
}
