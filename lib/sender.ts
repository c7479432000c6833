/**
 * Who may send what. Content scripts run inside web pages that may be hostile, so anything that
 * reads or changes extension-wide state must come from our own extension pages.
 */

/** The subset of runtime.MessageSender we rely on (same shape in Chrome and Firefox). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  origin?: string;
}

/** True when the message comes from one of this extension's pages (popup, options, onboarding). */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionBaseUrl: string): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? sender.origin ?? '';
  return url.startsWith(extensionBaseUrl);
}

/** True when the message comes from our content script in a tab (any web page). */
export function isOwnContentScript(sender: SenderLike, extensionId: string): sender is SenderLike & { tab: { id: number } } {
  return sender.id === extensionId && typeof sender.tab?.id === 'number';
}
