import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // expect.poll waits for a page or a process to catch up; on a loaded 2-CPU machine a click's request
    // and the redraw after it can take seconds, so a poll gives up after 15 s, not vitest's default 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // CLI output is compared as text: no colour codes, whatever CI=true makes picocolors think.
    // Extraction swallows its own bugs in production (a batch must not stop); tests must see them.
    env: { NO_COLOR: '1', FORCE_COLOR: '0', HANDOVER_RAISE_EXTRACT_ERRORS: '1' },
    reporters: ['default', './test/support/count-reporter.ts'],
  },
});
