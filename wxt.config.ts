import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripReadabilityLog } from './scripts/strip-readability-log';
import { stripRemovalReasons } from './scripts/strip-removal-reasons';
import { terserScripts } from './scripts/terser-scripts';

/**
 * Two builds per browser:
 * - production (`npm run build`): what ships. activeTab + scripting + storage, no host
 *   permissions, no content script declared for any page.
 * - e2e (`npm run build:e2e`, mode "e2e"): the same code plus access to http://127.0.0.1/*, because
 *   automation cannot click Firefox's toolbar button (no activeTab grant) and the command path
 *   has to be driven from the background. Chromium's popup tests use the production build with a
 *   real toolbar click.
 */
const GECKO_ID = 'calm-reader@calm-reader.example';
// data_collection_permissions needs Firefox (and Firefox for Android) 142+.
const FIREFOX_MIN = '142.0';

// Extension pages run only their own bundled scripts: no inline script, no eval, no plugins,
// no network, no forms. Article images may come from any http(s) host or be data: images.
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src http: https: data:',
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// CALM_OUTPUT_DIR lets two checkouts' worth of work build side by side on one machine (a
// developer's build while the suite runs); everything that reads a build honours it too.
export default defineConfig({
  outDir: process.env.CALM_OUTPUT_DIR || '.output',
  manifest: ({ browser, manifestVersion, mode }) => {
    const isE2e = mode === 'e2e';
    const localhost = ['http://127.0.0.1/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['activeTab', 'scripting', 'storage'],
      ...(isE2e ? { host_permissions: localhost } : {}),
      action: {
        default_title: '__MSG_extName__',
        default_icon: { 16: 'icon/16.png', 19: 'icon/19.png', 32: 'icon/32.png', 38: 'icon/38.png', 48: 'icon/48.png' },
      },
      commands: {
        'toggle-reader': {
          // Alt+Shift+R is not assigned by Chromium 156; Alt+R is (checked by tests/e2e).
          suggested_key: { default: 'Alt+R' },
          description: '__MSG_commandToggleReader__',
        },
      },
      content_security_policy:
        manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
      ...(isE2e && browser === 'firefox'
        ? // Firefox tests reach the popup page by navigating a tab to it.
          { web_accessible_resources: ['popup.html'] }
        : {}),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: FIREFOX_MIN,
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: FIREFOX_MIN },
            },
          }
        : {}),
    };
  },
  // WXT's dev builds bind Alt+R to "reload extension" by default; that key is ours.
  dev: { reloadCommand: false },
  // The extension never asks the page for the debug report or stage timings (utils/extract/reports.ts).
  vite: () => ({ define: { __CALM_NO_REPORTS__: 'true' }, plugins: [preact(), stripReadabilityLog(), stripRemovalReasons(), terserScripts()] }),
});
