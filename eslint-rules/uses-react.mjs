import { importVisitors, isPackage, resolveImport } from './resolve-import.mjs';

/** Packages whose use makes a module a React module. */
const REACT_PACKAGES = ['react', 'react-dom', '@react-pdf', 'react-hook-form', '@hookform', 'next'];

/**
 * A module in components renders or uses React; plain TypeScript belongs in lib, where it is tested without React.
 * Option `reactModules`: project modules (paths from the root, no extension) that stand for a React package,
 * such as the react-pdf building blocks that components/pdf re-exports without loading the renderer.
 */
export const usesReact = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Every module in components uses React (JSX or a React package).' },
    schema: [
      {
        type: 'object',
        properties: { reactModules: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: { plain: 'This module uses no React: move it to lib (plain, tested TypeScript).' },
  },
  create(context) {
    const reactModules = context.options[0]?.reactModules ?? [];
    const file = context.physicalFilename ?? context.filename;
    let react = false;
    return {
      JSXElement: () => (react = true),
      JSXFragment: () => (react = true),
      ...importVisitors((source) => {
        const target = resolveImport(source.value, file);
        if (target.module && REACT_PACKAGES.some((name) => isPackage(target.module, name))) react = true;
        if (target.path && reactModules.includes(target.path)) react = true;
      }),
      'Program:exit'(node) {
        if (!react) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'plain' });
      },
    };
  },
};
