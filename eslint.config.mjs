import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/coverage', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Apps depend on libs, never on each other; contracts stay framework-free (docs/architecture.md).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // Only through test files: kafka-lite's specs use the eventually() of the harness that starts it.
          ignoredCircularDependencies: [['testing', 'kafka-lite']],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:tool'],
            },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:contracts'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:registry', onlyDependOnLibsWithTags: ['scope:registry', 'scope:shared'] },
            { sourceTag: 'scope:standards', onlyDependOnLibsWithTags: ['scope:standards', 'scope:shared'] },
            {
              sourceTag: 'scope:applications',
              onlyDependOnLibsWithTags: ['scope:applications', 'scope:shared'],
            },
            { sourceTag: 'scope:complaints', onlyDependOnLibsWithTags: ['scope:complaints', 'scope:shared'] },
            { sourceTag: 'scope:monitoring', onlyDependOnLibsWithTags: ['scope:monitoring', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks may use the shared test harness (embedded PostgreSQL, in-process broker);
    // production code may not.
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // kafka-lite's own specs wait with the shared eventually() of the harness that starts kafka-lite.
          ignoredCircularDependencies: [['kafka-lite', 'testing']],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:lib',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:testing', 'type:tool'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:tool'],
            },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:contracts'] },
          ],
        },
      ],
    },
  },
  {
    // contracts must stay free of framework and I/O code
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'kafkajs',
            'pg',
            'fastify',
            'class-validator',
            'class-transformer',
            'node:*',
            'fs',
            'net',
          ],
        },
      ],
    },
  },
  {
    files: ['libs/calendar/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'fastify', 'node:*', 'fs', 'net'] },
      ],
    },
  },
  prettier,
);
