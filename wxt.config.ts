import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are kept to what the product needs; README.md § Permissions explains each one.
export default defineConfig({
  // Parallel work (and the page benchmark) can build into its own folder: LUREWATCH_OUT=.output-x.
  outDir: process.env.LUREWATCH_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every file says where its names come from. (Auto-import once mistook a local
  // `item` for a test helper exported from components/ and bundled vitest into the content script.)
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Feed settings fixed at build time (lib/feeds/build-config.ts). Only these three names are
    // exposed; test builds set them, release builds leave them empty (production feed, https only).
    define: Object.fromEntries(
      ['LUREWATCH_FEED_URL', 'LUREWATCH_TEST_KEY', 'LUREWATCH_ALLOW_LOOPBACK_HTTP'].map((name) => [
        `import.meta.env.${name}`,
        JSON.stringify(process.env[name] ?? ''),
      ]),
    ),
  }),
  // The Firefox store wants the sources; keep build outputs, test artifacts and data out of them.
  zip: { excludeSources: ['.output*/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'LureWatch',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 96: 'icons/96.png', 128: 'icons/128.png' },
    action: { default_title: 'LureWatch', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    // unlimitedStorage (Chromium only, no install warning there): storage.local is otherwise capped at
    // 10 MB, and the bundled pack, an updated core, the merged active pack and their compiled snapshots
    // already take ~6 MB; past the cap a new pack could not be activated at all. Firefox has no such cap
    // on storage.local, and would show a prompt for it.
    permissions: ['storage', 'alarms', 'contextMenus', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    // Rule feeds are fetched by the background only. NGO feed hosts are asked for at the moment
    // the user adds one (optional), so the install prompt stays minimal.
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lurewatch@lurewatch.org',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '120.0' },
          },
        }
      : // Chrome/Edge enterprise policy for NGOs (lib/policy/managed.ts, docs/policies/). Firefox reads
        // policies.json "3rdparty" without a schema.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
