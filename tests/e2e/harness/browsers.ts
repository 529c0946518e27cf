import { existsSync } from 'node:fs';

/**
 * Browser tests use Debian's browsers, never a tool's own download. A missing browser is a
 * failure with the command that installs it, not a silent pass.
 */
const BROWSERS = {
  chromium: { env: 'CALM_CHROMIUM', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'CALM_FIREFOX', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
} as const;

export function findBrowser(name: keyof typeof BROWSERS): string {
  const spec = BROWSERS[name];
  const path = process.env[spec.env] || spec.path;
  if (!existsSync(path)) {
    throw new Error(
      `${name} was not found at ${path}. Install Debian's package: ` +
        `sudo apt-get update && sudo apt-get install -y ${spec.apt} ` +
        `(or point ${spec.env} at the executable).`,
    );
  }
  return path;
}
