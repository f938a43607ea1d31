import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/tmp', 'graph/launcher/**', '**/*.js', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:model', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:config', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:text', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:extract', onlyDependOnLibsWithTags: ['type:model', 'type:text'] },
            { sourceTag: 'type:graph', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:model', 'type:config', 'type:text', 'type:extract', 'type:graph'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:model', 'type:config', 'type:text', 'type:extract', 'type:graph', 'type:app'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
