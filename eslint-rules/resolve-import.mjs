import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder above this one. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A file's path from the repository root, with forward slashes. */
export function repoPath(file) {
  return path.relative(ROOT, path.resolve(file)).split(path.sep).join('/');
}

const CODE_EXTENSION = /\.[cm]?[jt]sx?$/;

/**
 * Where an import specifier points: `{ path }` (from the repository root, without a code extension) for
 * relative and `@/` imports, `{ module }` for a package, `{ builtin }` for a Node built-in.
 */
export function resolveImport(specifier, fromFile) {
  const local = (file) => ({ path: repoPath(file).replace(CODE_EXTENSION, '') });
  if (specifier.startsWith('.')) return local(path.resolve(path.dirname(fromFile), specifier));
  if (specifier.startsWith('@/')) return local(path.join(ROOT, specifier.slice(2)));
  if (isBuiltin(specifier)) return { builtin: specifier };
  return { module: specifier };
}

/** True when `target` is `folder` or inside it. */
export function isInside(target, folder) {
  return target === folder || target.startsWith(folder + '/');
}

/** True when a package specifier is `name` or one of its subpaths (`next` covers `next/link`). */
export function isPackage(specifier, name) {
  return specifier === name || specifier.startsWith(name + '/');
}

/** Every node that names a module: static and dynamic imports, re-exports. Calls `visit(sourceNode, isTypeOnly)`. */
export function importVisitors(visit) {
  const typeOnly = (node) =>
    node.importKind === 'type' ||
    node.exportKind === 'type' ||
    (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
  const literal = (source) => source?.type === 'Literal' && typeof source.value === 'string';
  return {
    ImportDeclaration: (node) => visit(node.source, typeOnly(node)),
    ExportNamedDeclaration: (node) => node.source && visit(node.source, typeOnly(node)),
    ExportAllDeclaration: (node) => visit(node.source, node.exportKind === 'type'),
    ImportExpression: (node) => literal(node.source) && visit(node.source, false),
    TSImportType: (node) => {
      const argument = node.argument?.literal ?? node.argument;
      if (literal(argument)) visit(argument, true);
    },
  };
}
