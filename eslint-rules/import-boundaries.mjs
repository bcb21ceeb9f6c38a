import { importVisitors, isInside, isPackage, resolveImport } from './resolve-import.mjs';

/**
 * Which folders and packages a file may not import, resolved from the repository root,
 * so `../wizard/x` and `@/components/wizard/x` are the same target and `lib/agreement` is never
 * mistaken for `components/agreement`.
 *
 * Options: `{ forbid: [{ folder?, except?, packages?, builtins?, allowTypeImports?, message }] }`.
 */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layout: a folder imports only what its layer may use.' },
    schema: [
      {
        type: 'object',
        properties: {
          forbid: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                folder: { type: 'string' },
                except: { type: 'array', items: { type: 'string' } },
                packages: { type: 'array', items: { type: 'string' } },
                builtins: { type: 'boolean' },
                allowTypeImports: { type: 'boolean' },
                message: { type: 'string' },
              },
              required: ['message'],
              additionalProperties: false,
            },
          },
        },
        required: ['forbid'],
        additionalProperties: false,
      },
    ],
    messages: { forbidden: "'{{specifier}}': {{message}}" },
  },
  create(context) {
    const { forbid } = context.options[0];
    const file = context.physicalFilename ?? context.filename;
    return importVisitors((source, isTypeOnly) => {
      const target = resolveImport(source.value, file);
      const rule = forbid.find((entry) => {
        if (isTypeOnly && entry.allowTypeImports) return false;
        if (entry.builtins && target.builtin) return true;
        if (entry.packages && target.module) return entry.packages.some((name) => isPackage(target.module, name));
        if (entry.folder && target.path) {
          return isInside(target.path, entry.folder) && !(entry.except ?? []).some((folder) => isInside(target.path, folder));
        }
        return false;
      });
      if (rule) context.report({ node: source, messageId: 'forbidden', data: { specifier: source.value, message: rule.message } });
    });
  },
};
