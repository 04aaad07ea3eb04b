import { defineConfig } from 'vitest/config';
import unit from './vitest.config';

/*
 * `npm run test:build`: tests that run `npm run build` itself, in this project (it shares
 * .next/ with every build of the app, so they run one at a time, apart from the unit tests).
 */
export default defineConfig({
  ...unit,
  test: {
    ...unit.test,
    include: ['tests/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    outputFile: { json: 'test-results/build.json' },
  },
});
