import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node, and end-to-end tests that drive real browsers with the test
// build of the extension. `npm test` runs both; `npx vitest run --project unit` (or e2e) runs one.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Unit tests never see the test hook; the WXT build defines this from ATTUNE_TEST.
        },
        define: { __ATTUNE_TEST__: 'false' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time on a 2-core machine: files run one after another in a single worker.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // After the unit project, so the two never compete for the cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
