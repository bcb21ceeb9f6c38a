import path from 'node:path';
import { repoPath } from './resolve-import.mjs';

/** One word or several joined by single hyphens, lower case: `draft-flow`, `page`, `v2`. */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Next.js route folders: `[id]`, `[...slug]`, `(group)`, `@slot`, `_private`, each kebab inside. */
const ROUTE_FOLDER = /^(?:\[{1,2}(?:\.\.\.)?[a-z0-9]+(?:-[a-z0-9]+)*\]{1,2}|\([a-z0-9]+(?:-[a-z0-9]+)*\)|[@_][a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Every part of a file name between dots is kebab-case (`file-format.property.test.ts`), and so is every folder. */
export const kebabCaseFiles = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File and folder names are kebab-case.' },
    schema: [],
    messages: {
      file: "File name '{{name}}' is not kebab-case (lower-case words joined by hyphens).",
      folder: "Folder '{{name}}' is not kebab-case (lower-case words joined by hyphens).",
    },
  },
  create(context) {
    const relative = repoPath(context.physicalFilename ?? context.filename);
    if (relative.startsWith('..')) return {};
    const parts = relative.split('/');
    const base = parts.pop();
    return {
      Program(node) {
        const folder = parts.find((part) => !KEBAB.test(part) && !ROUTE_FOLDER.test(part));
        if (folder) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'folder', data: { name: folder } });
        const stem = base.slice(0, base.length - path.extname(base).length);
        const declaration = stem.endsWith('.d') ? stem.slice(0, -2) : stem;
        if (!declaration.split('.').every((part) => KEBAB.test(part))) {
          context.report({ node, loc: { line: 1, column: 0 }, messageId: 'file', data: { name: base } });
        }
      },
    };
  },
};
