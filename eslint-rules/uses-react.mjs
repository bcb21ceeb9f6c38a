import { importVisitors, isPackage } from './resolve-import.mjs';

/** Packages whose use makes a module a React module. */
const REACT_PACKAGES = ['react', 'react-dom', '@react-pdf', 'react-hook-form', '@hookform', 'next'];

/** A module in components renders or uses React; plain TypeScript belongs in lib, where it is tested without React. */
export const usesReact = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Every module in components uses React (JSX or a React package).' },
    schema: [],
    messages: { plain: 'This module uses no React: move it to lib (plain, tested TypeScript).' },
  },
  create(context) {
    let react = false;
    return {
      JSXElement: () => (react = true),
      JSXFragment: () => (react = true),
      ...importVisitors((source) => {
        if (REACT_PACKAGES.some((name) => isPackage(source.value, name))) react = true;
      }),
      'Program:exit'(node) {
        if (!react) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'plain' });
      },
    };
  },
};
