import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { architecture } from './lint/architecture.ts';

export default tseslint.config(
  { ignores: ['node_modules/', '**/generated/', '.neo4j/', 'bench/out/', 'explorer/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The layers and front doors of the house, and no import circles (lint/architecture.ts).
    files: ['**/*.ts'],
    plugins: { architecture },
    rules: { 'architecture/walls': 'error', 'architecture/no-circles': 'error' },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a union of string literals: Node runs TypeScript by erasing types.',
        },
      ],
    },
  },
);
