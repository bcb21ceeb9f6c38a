import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { layout } from './eslint-rules/index.mjs';

// Imports flow one way: app → components → lib; templates import only types from lib.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const boundaries = (...forbid) => ({ 'layout/import-boundaries': ['error', { forbid }] });

/** The three feature folders of components: none imports another; what two share lives in a folder all may use. */
const FEATURES = ['wizard', 'agreement', 'pdf'];
/** The PDF's ways in: the renderer (loaded on demand) and the page's hook that runs it in a worker. */
const PDF_ENTRIES = ['components/pdf/render', 'components/pdf/use-agreement-pdf'];

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'tests/e2e/out/**', 'tests/bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { layout, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mjs', '.js'],
          tsconfig: { configFile: new URL('./tsconfig.json', import.meta.url).pathname },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'layout/kebab-case-files': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
    files: ['lib/server/**/*.ts'],
    rules: { 'layout/server-only-first': 'error' },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/server/**'],
    rules: boundaries({ folder: 'lib/server', message: 'The rest of lib runs in the browser too: only the proxy and server code use lib/server.' }),
  },
  {
    files: ['lib/crypto/**/*.ts', 'lib/apart/**/*.ts'],
    rules: boundaries(
      { builtins: true, message: 'lib/crypto runs in browsers too: use WebCrypto through globalThis.crypto, not Node built-ins.' },
      { folder: 'lib/server', message: 'lib/crypto runs in browsers too: no server code.' },
      { folder: 'lib/storage', message: 'lib/crypto is pure: it takes bytes and keys, never storage.' },
      { packages: ['react', 'react-dom', 'next'], message: 'lib/crypto is plain TypeScript that runs everywhere.' },
    ),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/app/**', '@/app/*'], message: 'components never import from app.' },
      { group: ['**/lib/server/**', '@/lib/server/*'], message: 'Server-only code stays out of components.' },
      { group: ['**/tests/**'], message: 'Nothing imports tests.' },
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`components/${feature}/**/*.{ts,tsx}`],
    rules: boundaries(
      ...FEATURES.filter((other) => other !== feature).map((other) => ({
        folder: `components/${other}`,
        // The agreement page's export button reaches the PDF only through these.
        except: feature === 'agreement' && other === 'pdf' ? PDF_ENTRIES : [],
        message: `components/${feature} does not import components/${other}: move what both use to components/shared or components/session.`,
      })),
    ),
  })),
  {
    files: ['components/{shared,session}/**/*.{ts,tsx}'],
    rules: boundaries(
      ...FEATURES.map((feature) => ({
        folder: `components/${feature}`,
        message: `Shared parts sit below the features: components/shared and components/session do not import components/${feature}.`,
      })),
    ),
  },
  {
    files: ['components/ui/**/*.{ts,tsx}'],
    rules: boundaries(
      { folder: 'components', except: ['components/ui'], message: 'components/ui knows no feature: it takes what it shows as props.' },
      { folder: 'lib/agreement', message: 'components/ui knows no domain: pass the data in as props.' },
      { folder: 'lib/template', message: 'components/ui knows no domain: pass the data in as props.' },
      { folder: 'templates', message: 'components/ui knows no domain: pass the data in as props.' },
    ),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'layout/uses-react': ['error', { reactModules: ['components/pdf/primitives'] }] },
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
