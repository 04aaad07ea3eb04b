import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Content is untrusted: casts would hide what the schemas are there to check.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      // The export keeps no prefetch files (scripts/prune-export.ts): links go through PageLink, which never prefetches.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use PageLink (components/ui/page-link): it never prefetches, and the export keeps no prefetch files.' }] }],
    },
  },
  {
    files: ['components/ui/page-link.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores(['.next/**', '.bench/**', 'out-corpus/**', '.e2e/**', '.probe/**', 'out-*/**', 'artifacts/**', 'out/**', 'build/**', 'next-env.d.ts', 'coverage/**', 'test-results/**', 'playwright-report/**']),
]);
