import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// zod comes through lib/zod.ts, which configures it before any schema exists.
const zodPaths = ['zod', 'zod/mini', 'zod/v4'].map((name) => ({ name, message: 'Import zod from lib/zod.ts.' }));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.bench/**']),
  {
    // Raw HTML never reaches the page: user text (notes, company names) is always rendered as text.
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: zodPaths }] },
  },
  {
    // Next loads this file as CommonJS.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // lib/ is pure: no React, no Next, no app code.
    files: ['lib/**/*.ts'],
    ignores: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: zodPaths, patterns: ['react', 'react-dom', 'next', 'next/*', 'next-intl', 'next-intl/*', '@/app/*', '@/components/*'] },
      ],
    },
  },
]);
