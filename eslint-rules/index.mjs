import { importBoundaries } from './import-boundaries.mjs';
import { kebabCaseFiles } from './kebab-case-files.mjs';
import { serverOnlyFirst } from './server-only-first.mjs';
import { usesReact } from './uses-react.mjs';

/** The project's own lint rules: the layout the README describes, checked. */
export const layout = {
  meta: { name: 'layout' },
  rules: {
    'import-boundaries': importBoundaries,
    'kebab-case-files': kebabCaseFiles,
    'server-only-first': serverOnlyFirst,
    'uses-react': usesReact,
  },
};
