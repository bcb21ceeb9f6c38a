import tseslint from 'typescript-eslint';

// Imports flow one way: app → components → lib; templates import only types from lib.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'tests/e2e/out/**', 'tests/bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: restrict([
      { group: ['**/app/**', '**/components/**', '**/templates/**', '@/app/*', '@/components/*', '@/templates/*'], message: 'lib stays independent of UI and of any particular template.' },
      { group: ['react', 'react-dom', 'next', 'next/*'], message: 'lib is plain TypeScript: no React or Next.' },
      { group: ['**/tests/**'], message: 'Nothing imports tests.' },
    ]),
  },
  {
    // Universal code: runs in the browser and in Node tests alike (WebCrypto via globalThis.crypto).
    files: ['lib/crypto/**/*.ts', 'lib/apart/**/*.ts'],
    rules: restrict([
      { group: ['**/app/**', '**/components/**', '**/templates/**', '@/app/*', '@/components/*', '@/templates/*'], message: 'lib stays independent of UI and of any particular template.' },
      { group: ['react', 'react-dom', 'next', 'next/*'], message: 'lib is plain TypeScript: no React or Next.' },
      { group: ['**/tests/**'], message: 'Nothing imports tests.' },
      { group: ['node:*', '**/server/**', '@/lib/server/*'], message: 'Universal code: no Node built-ins and no server code.' },
    ]),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/app/**', '@/app/*'], message: 'components never import from app.' },
      { group: ['**/lib/server/**', '@/lib/server/*'], message: 'Server-only code stays out of components.' },
      { group: ['**/tests/**'], message: 'Nothing imports tests.' },
    ]),
  },
  {
    files: ['templates/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/**', '@/lib/*'], allowTypeImports: true, message: 'templates import only types from lib.' },
            { group: ['**/app/**', '**/components/**', 'react', 'next'], message: 'templates are plain data.' },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: restrict([{ group: ['**/tests/**'], message: 'Nothing imports tests.' }]),
  },
);
