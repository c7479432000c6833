// @vitest-environment node
/**
 * Firefox for Android (issue 7): the Firefox build must not call an API Android lacks without first
 * checking that it exists. This meta-test reads every shipped source file (lib/, components/,
 * entrypoints/; not tests) and fails on a `browser.<api>` use, for an API in the list below, in a
 * file that never checks that API's presence (`browser.<api>?.`, `browser.<api> ??`, `browser.<api> &&`,
 * `if (!browser.<api>)`, `'<api>' in browser`). A heuristic, but one that catches the usual mistake:
 * calling browser.contextMenus.create or browser.windows.create at start-up, which throws on Android
 * and stops the background script.
 * Source of the list: MDN browser-compat-data, WebExtensions APIs marked unsupported on Firefox for
 * Android (contextMenus/menus, windows, bookmarks, history, sessions, sidebarAction, commands,
 * devtools, topSites, omnibox, search, browsingData partially, pageAction works).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ANDROID_MISSING = [
  'contextMenus',
  'menus',
  'windows',
  'bookmarks',
  'history',
  'sessions',
  'sidebarAction',
  'commands',
  'devtools',
  'topSites',
  'omnibox',
  'search',
];

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

function unguardedUses(text: string): { api: string; line: number }[] {
  const found: { api: string; line: number }[] = [];
  for (const api of ANDROID_MISSING) {
    // A use that is itself optional (`?.`) or a fallback (`a ?? browser.menus`) is guarded where it stands.
    const use = new RegExp(`(?<!\\?\\?\\s*)\\b(?:browser|chrome)\\.${api}\\b(?!\\s*\\?\\.)`, 'g');
    const guard = new RegExp(
      `(?:\\b(?:browser|chrome)\\.${api}\\s*(?:\\?\\.|\\?\\?|&&|[!=]==?\\s*undefined))|(?:!\\s*(?:browser|chrome)\\.${api}\\b)|(?:['"]${api}['"]\\s+in\\s+(?:browser|chrome))`,
    );
    if (guard.test(text)) continue;
    for (const m of text.matchAll(use)) found.push({ api, line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

describe('APIs missing on Firefox for Android', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(path.join(root, d)));

  it('finds the shipped sources', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join('lib', 'bg', 'context-menu.ts')))).toBe(true);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))('%s uses them only behind a presence check', (_name, file) => {
    expect(unguardedUses(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the checker itself tells guarded from unguarded uses', () => {
    expect(unguardedUses('browser.contextMenus.create({id})')).toEqual([{ api: 'contextMenus', line: 1 }]);
    expect(unguardedUses('await browser.windows.create({ url })')).toEqual([{ api: 'windows', line: 1 }]);
    expect(unguardedUses('if (browser.windows?.create) await browser.windows.create({ url });')).toEqual([]);
    expect(unguardedUses('const m = browser.contextMenus ?? browser.menus;\nif (!m) return;')).toEqual([]);
    expect(unguardedUses('browser.tabs.create({ url })')).toEqual([]);
  });
});
