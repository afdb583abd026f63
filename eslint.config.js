import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = [
  'react',
  'react-dom',
  'react/*',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'ag-grid-community',
  'ag-grid-react',
  'echarts',
  'echarts/*',
  'zustand',
  'zustand/*',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      '.tsbuild/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure: no UI, storage or platform code (DESIGN.md §1).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'shared/ stays pure.' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports nothing of renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'electron/ never imports renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A regex, not a group: the gitignore-style 'electron' would
              // also match the path of the shared ../electron/ipc-contract.
              regex: '^(electron(/.*)?|node:.*)$',
              message: 'The renderer reaches the platform only via preload.',
            },
            {
              group: ['**/electron/*', '!**/electron/ipc-contract'],
              message: 'Only the IPC contract types may be shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.ts',
      'test/**/*.tsx',
      'scripts/**',
      'electron/report/**',
    ],
    rules: { 'no-console': 'off' },
  },
);
