// Shared setup for jsdom tests. fakeBrowser (from WxtVitest) resets between tests.
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Preact runs a rendered component's effects after the next animation frame, with a 100 ms timer
// as the fallback that cancels the frame. A test that ends right after rendering leaves that timer
// behind; when it fired after the file's jsdom window was gone, `cancelAnimationFrame` no longer
// existed and the run failed with an unhandled error (seen on a loaded machine). Each test waits
// for the frame and the task after it, as Preact does, so its effects have run and the timer is
// cleared before the next test or the teardown.
afterEach(async () => {
  if (typeof requestAnimationFrame !== 'function') return;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
});
