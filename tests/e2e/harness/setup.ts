/**
 * The usual frame of a Chromium test file: the fixture server (with the file's own routes) and
 * Debian's Chromium with one build of the extension, up for the whole file, closed after it.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumLaunchOptions, type ChromiumSession } from './chromium';
import { buildDir } from './paths';
import { startFixtureServer, type FixtureServer, type Route } from './server';

export interface ChromiumEnv {
  session: ChromiumSession;
  server: FixtureServer;
}

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function useChromium(build: 'production' | 'e2e', routes: Record<string, Route> = {}, launch: ChromiumLaunchOptions = {}): ChromiumEnv {
  const env = {} as ChromiumEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer(routes);
    env.session = await launchChromium(buildDir('chrome', build), launch);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
