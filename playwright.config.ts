import { defineConfig } from '@playwright/test';
import { FIXTURE_PORT } from './tests/e2e/ports';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  // One browser at a time: each test loads the unpacked extension into a fresh persistent profile.
  workers: 1,
  timeout: 60_000,
  // CI machines are shared and noisy: one retry there, and Playwright lists any test that needed it as
  // "flaky" in the output, so a flake is reported, not hidden. A test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  webServer: {
    command: `npx tsx tests/e2e/fixture-server.ts ${FIXTURE_PORT}`,
    url: `http://127.0.0.1:${FIXTURE_PORT}/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
