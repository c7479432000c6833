/**
 * "Check with LureWatch" on selected text (issue 6). The selection goes to the popup page through
 * storage.session (memory only, never a URL, never the network); the page opens in a small window,
 * or a tab where windows do not exist (Firefox for Android also has no context menus, so nothing is
 * registered there).
 */
import { browser } from 'wxt/browser';
import { translator } from '../i18n';
import { effectiveLanguage } from '../policy/defaults';
import { loadPolicyMirror, type PolicyMirror, watchPolicyMirror } from '../policy/mirror';
import { STORAGE_KEYS } from '../store/keys';
import type { Settings } from '../store/settings';
import { loadSettings, watchSettings } from '../store/settings-store';

export const CHECK_MENU_ID = 'lurewatch-check-selection';

/** Longer selections are cut: no message worth checking is this long, and storage.session is small. */
export const MAX_HANDOFF_CHARS = 20_000;

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export interface HandoffDeps {
  setSession(items: Record<string, unknown>): Promise<void>;
  open(url: string): Promise<void>;
  popupUrl(tabId: number | undefined): string;
  now(): number;
}

/** Stores the selection for the popup and opens it on the tab the text came from. */
export async function handleMenuClick(info: MenuClick, tabId: number | undefined, deps: HandoffDeps): Promise<boolean> {
  if (info.menuItemId !== CHECK_MENU_ID) return false;
  const text = (info.selectionText ?? '').slice(0, MAX_HANDOFF_CHARS);
  if (!text.trim()) return false;
  await deps.setSession({ [STORAGE_KEYS.checkHandoff]: { text, ...(tabId === undefined ? {} : { tabId }), at: deps.now() } });
  await deps.open(deps.popupUrl(tabId));
  return true;
}

function menusApi() {
  return browser.contextMenus ?? (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
}

/** The menu entry in the UI language: user setting, then policy default, then the browser's. */
export function menuTitle(settings: Pick<Settings, 'uiLanguage'>, policy: PolicyMirror, browserLanguage: string): string {
  return translator(effectiveLanguage(settings.uiLanguage, policy, [browserLanguage]))('contextMenuCheck');
}

export interface MenusLike {
  removeAll(): Promise<void> | void;
  create(item: { id: string; title: string; contexts: ['selection'] }): unknown;
}

/**
 * Shows the entry only when policy allows it (features.contextMenu, issue 7) and the popup it opens can
 * check text (features.checkMessage): without the text box the entry would open a popup that cannot
 * use the selection it was given. Recreated at each
 * background start and policy change: Chrome keeps menus across worker restarts (so remove first),
 * Firefox does not keep them across browser restarts.
 */
export async function applyMenu(menus: MenusLike, policy: PolicyMirror, title: string): Promise<boolean> {
  await menus.removeAll();
  if (!policy.features.contextMenu || !policy.features.checkMessage) return false;
  menus.create({ id: CHECK_MENU_ID, title, contexts: ['selection'] });
  return true;
}

async function createMenu(policy?: PolicyMirror): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  // The background's own copy of managed policy (lib/bg/policy-mirror.ts): known at once at start-up,
  // where storage.managed may take seconds to answer.
  const [settings, current] = await Promise.all([loadSettings(), policy ?? loadPolicyMirror()]);
  await applyMenu(menus, current, menuTitle(settings, current, browser.i18n.getUILanguage()));
}

const realDeps: HandoffDeps = {
  async setSession(items) {
    await (browser.storage.session ?? browser.storage.local).set(items);
  },
  async open(url) {
    if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 440, height: 700 });
    else await browser.tabs.create({ url });
  },
  popupUrl(tabId) {
    return browser.runtime.getURL(`/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  },
  now: () => Date.now(),
};

export function registerContextMenu(): void {
  const menus = menusApi();
  if (!menus) return;
  try {
    menus.onClicked.addListener((info, tab) => {
      void handleMenuClick(info, tab?.id, realDeps).catch(() => {
        // Nothing to show the user from the background; the menu simply does nothing this time.
      });
    });
  } catch {
    // A browser (or test double) without working menus: the rest of the background must still start.
    return;
  }
  void createMenu().catch(() => {});
  // The title follows the UI language chosen in the options; a policy change may add or remove the entry.
  watchSettings(() => void createMenu().catch(() => {}));
  watchPolicyMirror((policy) => void createMenu(policy).catch(() => {}));
}
