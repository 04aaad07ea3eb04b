import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const local = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': local('.'),
      // Tests run lib/content's loader as the server does; the guard is for the bundler.
      'server-only': local('node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The JSON report gives CI a plain `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
