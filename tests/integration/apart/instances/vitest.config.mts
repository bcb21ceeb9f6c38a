import { defineConfig } from 'vitest/config';
import base from '../../../../vitest.config.mts';

// The tests that start real app instances (`npm run test:instances`, after `npm run build`): kept
// out of `npm test`, which runs before the build in CI. One file at a time: each starts servers.
// `include` replaces the base one (mergeConfig would add to it).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/integration/apart/instances/*.instances.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
