import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-bench', '.data', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // A focused test left in a commit silently skips every other test in its file.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='only'][object.name=/^(describe|it|test)$/], MemberExpression[property.name='only'][object.object.name='test'][object.property.name='describe']",
          message: 'Remove .only: it skips every other test in the file.',
        },
      ],
    },
  },
  { files: ['public/**/*.mjs'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
)
