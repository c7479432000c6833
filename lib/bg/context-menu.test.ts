import { describe, expect, it, vi } from 'vitest';
import { noPolicyMirror } from '../policy/mirror';
import { STORAGE_KEYS } from '../store/keys';
import { applyMenu, CHECK_MENU_ID, type HandoffDeps, handleMenuClick, MAX_HANDOFF_CHARS, menuTitle } from './context-menu';

function deps() {
  const calls: { session: Record<string, unknown>[]; opened: string[] } = { session: [], opened: [] };
  const d: HandoffDeps = {
    setSession: vi.fn(async (items) => {
      calls.session.push(items);
    }),
    open: vi.fn(async (url) => {
      calls.opened.push(url);
    }),
    popupUrl: (tabId) => `chrome-extension://id/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`,
    now: () => 42,
  };
  return { d, calls };
}

describe('Check with LureWatch', () => {
  it('hands the selection to the popup through session storage, not the URL', async () => {
    const { d, calls } = deps();
    expect(await handleMenuClick({ menuItemId: CHECK_MENU_ID, selectionText: 'Pay 50 USD registration fee' }, 7, d)).toBe(true);
    expect(calls.session).toEqual([{ [STORAGE_KEYS.checkHandoff]: { text: 'Pay 50 USD registration fee', tabId: 7, at: 42 } }]);
    expect(calls.opened).toEqual(['chrome-extension://id/popup.html?tab=7']);
    expect(calls.opened[0]).not.toContain('registration');
  });

  it('ignores other menu items and empty selections', async () => {
    const { d, calls } = deps();
    expect(await handleMenuClick({ menuItemId: 'other', selectionText: 'x' }, 1, d)).toBe(false);
    expect(await handleMenuClick({ menuItemId: CHECK_MENU_ID, selectionText: '   ' }, 1, d)).toBe(false);
    expect(calls.opened).toEqual([]);
  });

  it('cuts very long selections', async () => {
    const { d, calls } = deps();
    await handleMenuClick({ menuItemId: CHECK_MENU_ID, selectionText: 'a'.repeat(MAX_HANDOFF_CHARS + 10) }, undefined, d);
    const stored = calls.session[0]?.[STORAGE_KEYS.checkHandoff] as { text: string; tabId?: number };
    expect(stored.text).toHaveLength(MAX_HANDOFF_CHARS);
    expect(stored.tabId).toBeUndefined();
    expect(calls.opened).toEqual(['chrome-extension://id/popup.html']);
  });
});

describe('the menu entry and managed policy', () => {
  const fakeMenus = () => {
    const items: { id: string; title: string }[] = [];
    return {
      items,
      removeAll: vi.fn(() => {
        items.length = 0;
      }),
      create: vi.fn((item: { id: string; title: string }) => items.push(item)),
    };
  };

  it('is shown by default and removed when the policy switches contextMenu off', async () => {
    const menus = fakeMenus();
    const on = noPolicyMirror();
    expect(await applyMenu(menus, on, 'Check with LureWatch')).toBe(true);
    expect(menus.items).toEqual([{ id: CHECK_MENU_ID, title: 'Check with LureWatch', contexts: ['selection'] }]);
    const off = { ...on, features: { ...on.features, contextMenu: false } };
    expect(await applyMenu(menus, off, 'Check with LureWatch')).toBe(false);
    expect(menus.items).toEqual([]);
    // The entry opens the popup's text check: with that switched off by policy, there is no entry either.
    expect(await applyMenu(menus, on, 'Check with LureWatch')).toBe(true);
    const noCheck = { ...on, features: { ...on.features, checkMessage: false } };
    expect(await applyMenu(menus, noCheck, 'Check with LureWatch')).toBe(false);
    expect(menus.items).toEqual([]);
  });

  it('speaks the user language, else the policy default, else the browser language', () => {
    const policy = { ...noPolicyMirror(), defaultLanguage: 'fr' as const };
    expect(menuTitle({ uiLanguage: 'auto' }, noPolicyMirror(), 'en-US')).toBe(menuTitle({ uiLanguage: 'en' }, policy, 'vi'));
    expect(menuTitle({ uiLanguage: 'auto' }, policy, 'en-US')).toBe(menuTitle({ uiLanguage: 'fr' }, noPolicyMirror(), 'en-US'));
    expect(menuTitle({ uiLanguage: 'auto' }, policy, 'en-US')).not.toBe(menuTitle({ uiLanguage: 'en' }, policy, 'en-US'));
  });
});
