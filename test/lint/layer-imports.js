// ESLint rule `layers/imports`: which modules a layer may import, by where the import resolves, not by how the
// path is spelled (`../../electron/x` from renderer/features/a/ and `../electron/x` from renderer/ are the same
// breach). Options (directories relative to the repository root; a file path works too):
//   allowDirs      relative imports must resolve inside one of these
//   denyDirs       relative imports must not resolve inside any of these
//   allowPackages  bare imports must name one of these packages (`node:*` counts as a package)
//   denyPackages   bare imports must not name any of these
//   why            the reason shown with every report
// Checks import/export-from declarations, `import()` with a literal, `import x = require()`, `require()` with a
// literal, and `import('x').T` type queries: type-only imports are dependencies too.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `zod` → zod, `zod/v4` → zod, `@scope/pkg/x` → @scope/pkg, `node:fs/promises` → node:fs/promises. */
export function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function within(relative, dir) {
  const d = dir.replace(/\/+$/, '');
  return relative === d || relative.startsWith(`${d}/`);
}

/** Why `specifier`, imported from `filename`, breaks the options; null when it is allowed. */
export function breach(specifier, filename, options) {
  const { allowDirs, denyDirs = [], allowPackages, denyPackages = [] } = options;
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = path
      .relative(ROOT, path.resolve(path.dirname(filename), specifier))
      .split(path.sep)
      .join('/');
    if (allowDirs && !allowDirs.some((d) => within(target, d))) return `resolves to ${target}, outside ${allowDirs.join(', ')}`;
    const denied = denyDirs.find((d) => within(target, d));
    return denied ? `resolves into ${denied}` : null;
  }
  const name = packageName(specifier);
  if (allowPackages && !allowPackages.includes(name)) return `package ${name} is not one of ${allowPackages.join(', ')}`;
  return denyPackages.includes(name) ? `package ${name} is not allowed here` : null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each layer to the imports it may have (see docs/ARCHITECTURE.md, "Layers").' },
    schema: [
      {
        type: 'object',
        properties: {
          allowDirs: { type: 'array', items: { type: 'string' } },
          denyDirs: { type: 'array', items: { type: 'string' } },
          allowPackages: { type: 'array', items: { type: 'string' } },
          denyPackages: { type: 'array', items: { type: 'string' } },
          why: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: { breach: "'{{specifier}}' {{detail}}: {{why}}" },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const why = options.why ?? 'layer rule';
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const detail = breach(node.value, context.filename, options);
      if (detail) context.report({ node, messageId: 'breach', data: { specifier: node.value, detail, why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      TSImportType: (node) => {
        const source = node.source ?? node.argument; // `source` (a string literal) since typescript-eslint 8.4x
        check(source?.type === 'TSLiteralType' ? source.literal : source);
      },
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};

export default { meta: { name: 'layers' }, rules: { imports: rule } };
