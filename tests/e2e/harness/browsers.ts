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

/**
 * Starting a browser can fail for reasons outside the code under test (a slow first start on a
 * fresh machine, a profile still being written). That, and only that, is retried once, with one
 * line saying so; a missing browser fails at once (findBrowser), and a failed assertion is never
 * retried anywhere.
 */
export async function startWithOneRetry<T>(name: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`${name} did not start (${reason}); trying once more`);
    return start();
  }
}
