/** A server-only module says so first, so a client bundle that reaches it fails the build instead of shipping it. */
export const serverOnlyFirst = {
  meta: {
    type: 'problem',
    docs: { description: "A lib/server module starts with `import 'server-only'`." },
    schema: [],
    messages: { missing: "Start this file with `import 'server-only';` so client code can never bundle it." },
  },
  create(context) {
    return {
      Program(node) {
        const first = node.body[0];
        const ok = first?.type === 'ImportDeclaration' && first.source.value === 'server-only' && first.specifiers.length === 0;
        if (!ok) context.report({ node: first ?? node, messageId: 'missing' });
      },
    };
  },
};
