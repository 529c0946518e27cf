// Shared setup for jsdom tests. fakeBrowser (from WxtVitest) resets between tests.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
