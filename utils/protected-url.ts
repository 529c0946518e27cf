/**
 * Pages the browser does not let extensions read. Knowing them up front lets the popup say so at
 * once instead of waiting for an injection error; the injection error is still handled for the
 * ones this list cannot know (a PDF viewer tab keeps the PDF's https: URL, for instance).
 */
const PROTECTED_SCHEMES = [
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:',
  'jar:', 'blob:', 'data:', 'javascript:', 'file:',
];

// Store pages block all extensions, whatever their permissions.
const PROTECTED_HOSTS: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'accounts-static.cdn.mozilla.net' },
  { host: 'accounts.firefox.com' },
  { host: 'support.mozilla.org' },
];

export function isProtectedUrl(url: string | undefined): boolean {
  // A tab without a URL (no activeTab grant yet, or a page still being created) is not readable.
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (PROTECTED_SCHEMES.includes(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return PROTECTED_HOSTS.some(
    ({ host, path }) => parsed.hostname === host && (!path || parsed.pathname.startsWith(path)),
  );
}
